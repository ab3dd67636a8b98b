#include "snapshot/resource.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/message.h>
#include <xxhash.h>

#include <cstdio>

#include "snapshot/type_url.h"
#include "snapshot/wire_format.h"

namespace meshdesk::snapshot {

namespace {
// google.protobuf.Any: type_url = 1, value = 2.
// envoy.service.discovery.v3.Resource: version = 1, resource = 2, name = 3.
// DiscoveryResponse.resources and DeltaDiscoveryResponse.resources are both field 2.
constexpr int kAnyTypeUrl = 1;
constexpr int kAnyValue = 2;
constexpr int kResourceVersion = 1;
constexpr int kResourceAny = 2;
constexpr int kResourceName = 3;
constexpr int kResourceTtl = 6;
// google.protobuf.Duration: seconds = 1, nanos = 2.
constexpr int kDurationSeconds = 1;
constexpr int kDurationNanos = 2;
constexpr std::string_view kResourceTypeUrl =
    "type.googleapis.com/envoy.service.discovery.v3.Resource";
constexpr int kResponseResources = 2;

std::string duration(std::chrono::milliseconds d) {
  std::string out;
  auto seconds = d.count() / 1000;
  auto nanos = (d.count() % 1000) * 1000000;
  if (seconds) wire::appendVarintField(out, kDurationSeconds, static_cast<std::uint64_t>(seconds));
  if (nanos) wire::appendVarintField(out, kDurationNanos, static_cast<std::uint64_t>(nanos));
  return out;
}

std::string hexVersion(std::uint64_t hash) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
  return buf;
}
}  // namespace

Resource::Resource(std::string typeUrl, std::string name, std::string body,
                   std::chrono::milliseconds ttl)
    : typeUrl_(std::move(typeUrl)), name_(name), ttl_(ttl.count() > 0 ? ttl : ttl.zero()) {
  const std::string ttlField = ttl_.count() ? duration(ttl_) : std::string();
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  XXH3_64bits_update(state, typeUrl_.data(), typeUrl_.size());
  XXH3_64bits_update(state, "\0", 1);
  XXH3_64bits_update(state, name.data(), name.size());
  XXH3_64bits_update(state, "\0", 1);
  XXH3_64bits_update(state, body.data(), body.size());
  // Without a TTL the version is what it always was; a new TTL is a new version, since the
  // client learns it only from a resend.
  if (ttl_.count()) {
    XXH3_64bits_update(state, "\0ttl", 4);
    XXH3_64bits_update(state, ttlField.data(), ttlField.size());
  }
  hash_ = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  version_ = hexVersion(hash_);

  std::string any;
  any.reserve(typeUrl_.size() + body.size() + 16);
  wire::appendBytesField(any, kAnyTypeUrl, typeUrl_);
  wire::appendBytesField(any, kAnyValue, body);

  sotwEntry_.reserve(any.size() + 8);
  wire::appendBytesField(sotwEntry_, kResponseResources, any);
  // The body is the tail of the Any, which is the tail of the entry.
  bodySize_ = body.size();
  bodyOffset_ = sotwEntry_.size() - bodySize_;

  std::string wrapped;
  wrapped.reserve(any.size() + name.size() + version_.size() + 16);
  wire::appendBytesField(wrapped, kResourceVersion, version_);
  wire::appendBytesField(wrapped, kResourceName, name);
  wire::appendBytesField(wrapped, kResourceAny, any);
  wire::appendBytesField(deltaEntry_, kResponseResources, wrapped);

  if (ttl_.count()) {
    std::string withTtl = wrapped;
    wire::appendBytesField(withTtl, kResourceTtl, ttlField);
    wire::appendBytesField(deltaTtlEntry_, kResponseResources, withTtl);
    std::string wrappedAny;
    wire::appendBytesField(wrappedAny, kAnyTypeUrl, kResourceTypeUrl);
    wire::appendBytesField(wrappedAny, kAnyValue, withTtl);
    wire::appendBytesField(sotwTtlEntry_, kResponseResources, wrappedAny);

    std::string heartbeat;
    wire::appendBytesField(heartbeat, kResourceVersion, version_);
    wire::appendBytesField(heartbeat, kResourceName, name);
    wire::appendBytesField(heartbeat, kResourceTtl, ttlField);
    wire::appendBytesField(deltaHeartbeat_, kResponseResources, heartbeat);
    std::string heartbeatAny;
    wire::appendBytesField(heartbeatAny, kAnyTypeUrl, kResourceTypeUrl);
    wire::appendBytesField(heartbeatAny, kAnyValue, heartbeat);
    wire::appendBytesField(sotwHeartbeat_, kResponseResources, heartbeatAny);
  }
}

std::string_view Resource::body() const {
  return std::string_view(sotwEntry_).substr(bodyOffset_, bodySize_);
}

std::shared_ptr<const Resource> Resource::make(std::string typeUrl, std::string name,
                                               std::string body) {
  return std::make_shared<const Resource>(std::move(typeUrl), std::move(name), std::move(body));
}

std::shared_ptr<const Resource> Resource::make(std::string typeUrl, std::string name,
                                               std::string body, std::chrono::milliseconds ttl) {
  return std::make_shared<const Resource>(std::move(typeUrl), std::move(name), std::move(body),
                                          ttl);
}

std::shared_ptr<const Resource> Resource::fromMessage(const google::protobuf::Message& message,
                                                      std::string name) {
  std::string body;
  {
    google::protobuf::io::StringOutputStream stream(&body);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&coded);
  }
  return make(std::string(type_url::kPrefix) + message.GetDescriptor()->full_name(),
              std::move(name), std::move(body));
}

bool Resource::parseInto(google::protobuf::Message& out) const {
  auto b = body();
  return out.ParseFromArray(b.data(), static_cast<int>(b.size()));
}

}  // namespace meshdesk::snapshot
