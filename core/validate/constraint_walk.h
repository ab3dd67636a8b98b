#pragma once
// The (validate.rules) of Envoy's API enforced on a whole resource: every field of every
// message, recursively, including the payload of every google.protobuf.Any (typed_config,
// api_listener, ...), which is unpacked through the TypeRegistry into its own type (generated
// or dynamic) and checked by that type's rules, as Envoy does when it instantiates the
// extension. Also reports deprecated and disallowed fields and enum values that are set.

#include <string>
#include <vector>

#include <google/protobuf/message.h>

#include "validate/field_path.h"
#include "validate/finding.h"
#include "validate/sightings.h"
#include "workspace/item.h"

namespace meshdesk::validate {

class ConstraintWalk {
 public:
  // Findings are appended to `findings` without a place (validate() adds places); messages of
  // the watched types are recorded in `sightings`.
  ConstraintWalk(std::vector<Finding>& findings, Sightings& sightings)
      : findings_(findings), sightings_(sightings) {}

  void walk(const workspace::Item& item);
  // A message that is not a workspace item (tests, or a resource being edited), reported as
  // resource `name` of `kind`.
  void walk(workspace::Kind kind, const std::string& name, const google::protobuf::Message& message);

 private:
  void message(const google::protobuf::Message& m);
  void any(const google::protobuf::Message& any);
  void typedStruct(const google::protobuf::Message& typedStruct);
  void regex(const google::protobuf::Message& matcher);
  // Walks a payload unpacked here; keeps it when sightings point into it.
  void payload(std::unique_ptr<google::protobuf::Message> payload);
  void fieldRules(const google::protobuf::Message& m, const FieldPlan& plan);
  void repeatedRules(const google::protobuf::Message& m, const FieldPlan& plan);
  void mapRules(const google::protobuf::Message& m, const FieldPlan& plan);
  void children(const google::protobuf::Message& m, const MessagePlan& plan);
  void deprecation(const google::protobuf::Message& m, const google::protobuf::FieldDescriptor* f,
                   std::uint8_t flags);
  void report(Severity severity, std::string rule, std::string message);
  void reportAt(std::string path, Severity severity, std::string rule, std::string message);

  std::vector<Finding>& findings_;
  Sightings& sightings_;
  workspace::Kind kind_ = workspace::Kind::kListener;
  std::string resource_;
  FieldPath path_;
};

}  // namespace meshdesk::validate
