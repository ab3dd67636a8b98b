#include "xds/encoded_response.h"

#include <grpc/slice.h>
#include <grpcpp/support/slice.h>

#include "snapshot/wire_format.h"

namespace meshdesk::xds {

namespace wire = snapshot::wire;

namespace {
// DiscoveryResponse: version_info 1, resources 2, type_url 4, nonce 5, control_plane 6.
// DeltaDiscoveryResponse: system_version_info 1, resources 2, type_url 4, nonce 5,
// removed_resources 6, control_plane 7. ControlPlane.identifier is 1.
constexpr int kVersion = 1;
constexpr int kTypeUrl = 4;
constexpr int kNonce = 5;
constexpr int kSotwControlPlane = 6;
constexpr int kDeltaRemoved = 6;
constexpr int kDeltaControlPlane = 7;
constexpr int kControlPlaneIdentifier = 1;

void releaseResource(void* p) { delete static_cast<snapshot::ResourcePtr*>(p); }
void releaseBody(void* p) { delete static_cast<std::string*>(p); }

// A slice over the resource's own bytes that keeps the resource alive until gRPC is done.
grpc::Slice shareEntry(const snapshot::ResourcePtr& resource, const std::string& bytes) {
  auto* owner = new snapshot::ResourcePtr(resource);
  grpc_slice slice = grpc_slice_new_with_user_data(const_cast<char*>(bytes.data()), bytes.size(),
                                                   releaseResource, owner);
  return grpc::Slice(slice, grpc::Slice::STEAL_REF);
}
}  // namespace

const std::string& EncodedResponse::entry(const snapshot::Resource& r) const {
  if (r.ttl().count() && (withTtl || heartbeat)) {
    if (heartbeat) return delta ? r.deltaHeartbeat() : r.sotwHeartbeat();
    return delta ? r.deltaTtlEntry() : r.sotwTtlEntry();
  }
  return delta ? r.deltaEntry() : r.sotwEntry();
}

std::string EncodedResponse::header() const {
  std::string out;
  out.reserve(typeUrl.size() + version.size() + nonce.size() + controlPlane.size() + 16);
  if (!version.empty()) wire::appendBytesField(out, kVersion, version);
  wire::appendBytesField(out, kTypeUrl, typeUrl);
  wire::appendBytesField(out, kNonce, nonce);
  if (!controlPlane.empty()) {
    std::string cp;
    wire::appendBytesField(cp, kControlPlaneIdentifier, controlPlane);
    wire::appendBytesField(out, delta ? kDeltaControlPlane : kSotwControlPlane, cp);
  }
  for (const auto& name : removed) wire::appendBytesField(out, kDeltaRemoved, name);
  return out;
}

grpc::ByteBuffer EncodedResponse::toByteBuffer() const {
  // One contiguous slice: copying the pre-encoded entries costs less than a slice (and its
  // reference to the resource) per entry, and gRPC's slice buffer stays small (measured with
  // callgrind and heaptrack, docs/performance.md). A single large entry is shared, not copied.
  if (resources.size() == 1 && entry(*resources.front()).size() > 16 * 1024) {
    grpc::Slice slices[2] = {grpc::Slice(header()),
                             shareEntry(resources.front(), entry(*resources.front()))};
    return grpc::ByteBuffer(slices, 2);
  }
  auto* body = new std::string(serialize());
  grpc::Slice slice(grpc_slice_new_with_user_data(body->data(), body->size(), releaseBody, body),
                    grpc::Slice::STEAL_REF);
  return grpc::ByteBuffer(&slice, 1);
}

std::string EncodedResponse::serialize() const {
  std::string out = header();
  std::size_t size = out.size();
  for (const auto& r : resources) size += entry(*r).size();
  out.reserve(size);
  for (const auto& r : resources) out += entry(*r);
  return out;
}

}  // namespace meshdesk::xds
