#pragma once
// One xDS resource as it goes on the wire, immutable once built.
//
// Every stream that sends a resource sends the same bytes: the encoded `Any` entry of a SotW
// DiscoveryResponse and the encoded `Resource` entry of a DeltaDiscoveryResponse are built here,
// once per version, and shared (go-control-plane serializes per client; that is its issue 1324).

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "snapshot/resource_name.h"

namespace google::protobuf {
class Message;
}

namespace meshdesk::snapshot {

class Resource {
 public:
  // `body` is the serialized message of type `typeUrl`. The version is derived from the content.
  static std::shared_ptr<const Resource> make(std::string typeUrl, std::string name,
                                              std::string body);
  // Deterministic serialization of `message`, so that equal content gets an equal version.
  static std::shared_ptr<const Resource> fromMessage(const google::protobuf::Message& message,
                                                     std::string name);

  const std::string& typeUrl() const { return typeUrl_; }
  const std::string& name() const { return name_.str(); }
  // The same, interned: what per-stream tables key their entries by.
  const ResourceName& key() const { return name_; }
  // 16 hex digits of the xxh3 hash of type, name and body.
  const std::string& version() const { return version_; }
  std::uint64_t hash() const { return hash_; }
  // The serialized message.
  std::string_view body() const;

  // Field 2 of DiscoveryResponse (tag, length, google.protobuf.Any), ready to splice.
  const std::string& sotwEntry() const { return sotwEntry_; }
  // Field 2 of DeltaDiscoveryResponse (tag, length, envoy.service.discovery.v3.Resource with
  // name, version and the Any), ready to splice.
  const std::string& deltaEntry() const { return deltaEntry_; }

  // The message parsed into `out`, which must be of this resource's type.
  bool parseInto(google::protobuf::Message& out) const;

  Resource(std::string typeUrl, std::string name, std::string body);  // use make()

 private:
  std::string typeUrl_;
  ResourceName name_;
  std::string version_;
  std::uint64_t hash_ = 0;
  std::size_t bodyOffset_ = 0;
  std::size_t bodySize_ = 0;
  std::string sotwEntry_;
  std::string deltaEntry_;
};

using ResourcePtr = std::shared_ptr<const Resource>;

}  // namespace meshdesk::snapshot
