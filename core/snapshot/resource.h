#pragma once
// One xDS resource as it goes on the wire, immutable once built.
//
// Every stream that sends a resource sends the same bytes: the encoded `Any` entry of a SotW
// DiscoveryResponse and the encoded `Resource` entry of a DeltaDiscoveryResponse are built here,
// once per version, and shared (go-control-plane serializes per client; that is its issue 1324).

#include <chrono>
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
  // The same with a time to live (xDS "TTL"): a client that supports it drops the resource
  // if the server has not refreshed it within `ttl`. The TTL is part of the version.
  static std::shared_ptr<const Resource> make(std::string typeUrl, std::string name,
                                              std::string body, std::chrono::milliseconds ttl);
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

  // Zero when the resource has no TTL.
  std::chrono::milliseconds ttl() const { return ttl_; }
  // For clients that support TTLs (only used when ttl() is set): the SotW entry whose Any wraps
  // an envoy.service.discovery.v3.Resource with the TTL, and the delta entry with the TTL.
  const std::string& sotwTtlEntry() const { return sotwTtlEntry_; }
  const std::string& deltaTtlEntry() const { return deltaTtlEntry_; }
  // Heartbeats: the wrapped Resource with name, version and TTL and no body, which refreshes
  // the TTL of the version the client holds without being an update.
  const std::string& sotwHeartbeat() const { return sotwHeartbeat_; }
  const std::string& deltaHeartbeat() const { return deltaHeartbeat_; }

  // The message parsed into `out`, which must be of this resource's type.
  bool parseInto(google::protobuf::Message& out) const;

  // Use make().
  Resource(std::string typeUrl, std::string name, std::string body,
           std::chrono::milliseconds ttl = std::chrono::milliseconds(0));

 private:
  std::string typeUrl_;
  ResourceName name_;
  std::string version_;
  std::uint64_t hash_ = 0;
  std::size_t bodyOffset_ = 0;
  std::size_t bodySize_ = 0;
  std::string sotwEntry_;
  std::string deltaEntry_;
  std::chrono::milliseconds ttl_{0};
  std::string sotwTtlEntry_;
  std::string deltaTtlEntry_;
  std::string sotwHeartbeat_;
  std::string deltaHeartbeat_;
};

using ResourcePtr = std::shared_ptr<const Resource>;

}  // namespace meshdesk::snapshot
