#pragma once
// A DiscoveryResponse or DeltaDiscoveryResponse as it goes on the wire: a few scalar fields
// encoded per response, then the shared, pre-encoded resource entries spliced in without a copy.

#include <grpcpp/support/byte_buffer.h>

#include <string>
#include <vector>

#include "snapshot/resource.h"

namespace meshdesk::xds {

struct EncodedResponse {
  bool delta = false;
  std::string typeUrl;
  std::string version;  // version_info, or system_version_info in delta
  std::string nonce;
  std::string controlPlane;
  std::vector<snapshot::ResourcePtr> resources;
  std::vector<std::string> removed;  // delta only
  // The client supports TTLs: resources that have one go with it (SotW: wrapped in a Resource).
  bool withTtl = false;
  // Every resource goes as a heartbeat: name, version and TTL, no body.
  bool heartbeat = false;

  // The response in wire format; resource bytes are referenced, not copied.
  grpc::ByteBuffer toByteBuffer() const;
  // The same, as one string (tests and benchmarks decode it with the generated classes).
  std::string serialize() const;

 private:
  std::string header() const;
  const std::string& entry(const snapshot::Resource& r) const;
};

}  // namespace meshdesk::xds
