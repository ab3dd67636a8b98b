#include "schema/type_registry.h"

#include <google/protobuf/descriptor.pb.h>

#include "meshdesk/descriptor_blob.h"
#include "schema/field_names.h"

namespace meshdesk::schema {

namespace gp = google::protobuf;

namespace {
class CollectErrors : public gp::DescriptorPool::ErrorCollector {
 public:
  explicit CollectErrors(std::vector<std::string>& out) : out_(out) {}
  void AddError(const std::string& filename, const std::string& element, const gp::Message*,
                ErrorLocation, const std::string& message) override {
    out_.push_back(filename + ": " + element + ": " + message);
  }

 private:
  std::vector<std::string>& out_;
};
}  // namespace

TypeRegistry::TypeRegistry() : pool_(gp::DescriptorPool::generated_pool()), factory_(&pool_) {
  auto start = std::chrono::steady_clock::now();
  factory_.SetDelegateToGeneratedFactory(true);

  gp::FileDescriptorSet set;
  auto blob = proto::envoyApiDescriptorSet();
  if (!set.ParseFromArray(blob.data(), static_cast<int>(blob.size()))) {
    buildErrors_.push_back("the embedded Envoy API descriptor set does not parse");
  }
  CollectErrors collect(buildErrors_);
  // The set is in dependency order (--include_imports), so each file's imports are already in
  // the generated pool or built here by the time it is reached.
  for (const auto& file : set.file()) {
    for (const auto& message : file.message_type())
      messageNames_.push_back(file.package() + "." + message.name());
    if (gp::DescriptorPool::generated_pool()->FindFileByName(file.name()) != nullptr) {
      ++filesGenerated_;
      continue;
    }
    if (pool_.BuildFileCollectingErrors(file, &collect) != nullptr) ++filesBuilt_;
  }
  buildTime_ = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - start);
}

const TypeRegistry& TypeRegistry::instance() {
  static const TypeRegistry* registry = new TypeRegistry();  // never destroyed: see newMessage
  return *registry;
}

const gp::Descriptor* TypeRegistry::findMessage(std::string_view fullName) const {
  return pool_.FindMessageTypeByName(std::string(fullName));
}

const gp::Descriptor* TypeRegistry::findByTypeUrl(std::string_view typeUrl) const {
  auto slash = typeUrl.rfind('/');
  return findMessage(slash == std::string_view::npos ? typeUrl : typeUrl.substr(slash + 1));
}

std::string TypeRegistry::closestTypeName(std::string_view fullName) const {
  return closestName(fullName, messageNames_);
}

const gp::Message* TypeRegistry::prototype(const gp::Descriptor* type) const {
  return type == nullptr ? nullptr : factory_.GetPrototype(type);
}

std::unique_ptr<gp::Message> TypeRegistry::newMessage(const gp::Descriptor* type) const {
  const gp::Message* proto = prototype(type);
  return proto == nullptr ? nullptr : std::unique_ptr<gp::Message>(proto->New());
}

std::string typeUrlOf(const gp::Descriptor* type) {
  return "type.googleapis.com/" + type->full_name();
}

}  // namespace meshdesk::schema
