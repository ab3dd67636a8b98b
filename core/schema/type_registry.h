#pragma once
// Every message type of the Envoy v3 / xds API known at run time, by full name or type URL.
//
// Only ~90 of the ~370 API files are compiled to C++ (proto/CMakeLists.txt); a `typed_config`
// may name any of the others. The registry builds the embedded descriptor set on top of the
// generated pool, so that a type that *is* compiled resolves to its generated descriptor (and
// its generated class, which the rest of the code can static_cast to), and every other type to a
// descriptor built here (and a DynamicMessage).
//
// "Compiled" means linked into the running binary: meshdesk_proto is a static library, so a
// generated class that nothing in the binary refers to is not linked and its type is dynamic
// here. Code that casts to a generated class refers to it, so the cast always holds.
//
// Cost: building the ~320 files that are not generated takes about 15 ms on an idle 2-core
// machine (buildTime() says what it took in this process); it happens once, on first use.
// Lookups and newMessage() are thread-safe.

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/message.h>

namespace meshdesk::schema {

class TypeRegistry {
 public:
  // Built on first use (thread-safe); see buildTime() for what that costs.
  static const TypeRegistry& instance();

  // Generated pool underneath, the rest of the API on top.
  const google::protobuf::DescriptorPool& pool() const { return pool_; }

  // "envoy.config.cluster.v3.Cluster"; null when unknown.
  const google::protobuf::Descriptor* findMessage(std::string_view fullName) const;
  // "type.googleapis.com/envoy.config.cluster.v3.Cluster" (any prefix up to the last '/'); a
  // bare full name is accepted too. Null when unknown.
  const google::protobuf::Descriptor* findByTypeUrl(std::string_view typeUrl) const;

  // The known message type whose full name is closest to `fullName` (a plausible typo), or "".
  std::string closestTypeName(std::string_view fullName) const;

  // An empty message of `type`: the generated class when it is linked in, else a
  // DynamicMessage. The prototype outlives every message made from it (the registry is never
  // destroyed before exit).
  std::unique_ptr<google::protobuf::Message> newMessage(
      const google::protobuf::Descriptor* type) const;
  const google::protobuf::Message* prototype(const google::protobuf::Descriptor* type) const;

  // What start-up cost: wall time of building the pool, files built here (not generated), and
  // any file that failed to build (expected empty; a failure means the embedded set and the
  // generated code disagree).
  std::chrono::microseconds buildTime() const { return buildTime_; }
  int filesBuilt() const { return filesBuilt_; }
  int filesGenerated() const { return filesGenerated_; }
  const std::vector<std::string>& buildErrors() const { return buildErrors_; }

  TypeRegistry(const TypeRegistry&) = delete;
  TypeRegistry& operator=(const TypeRegistry&) = delete;

 private:
  TypeRegistry();

  google::protobuf::DescriptorPool pool_;
  mutable google::protobuf::DynamicMessageFactory factory_;
  std::chrono::microseconds buildTime_{0};
  int filesBuilt_ = 0;
  int filesGenerated_ = 0;
  std::vector<std::string> buildErrors_;
  std::vector<std::string> messageNames_;
};

// "type.googleapis.com/" + full name.
std::string typeUrlOf(const google::protobuf::Descriptor* type);

}  // namespace meshdesk::schema
