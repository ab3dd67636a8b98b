#pragma once
// Importing, internals: the two file formats, each read into an ImportAssembly.

#include <string>

#include <google/protobuf/message.h>
#include <yaml-cpp/yaml.h>

#include "workspace/import.h"
#include "workspace/import_assembly.h"
#include "workspace/import_place.h"

namespace meshdesk::workspace::import {

// `root` is the parsed file, already known to be a mapping.
ImportResult importBootstrap(const YAML::Node& root, const std::string& fileName);
ImportResult importConfigDump(const YAML::Node& root, const std::string& fileName);

// A bootstrap (a DynamicMessage of envoy.config.bootstrap.v3.Bootstrap) in two steps, because a
// dump's bootstrap must name the management server's cluster before the clusters are read, and
// its static resources come last (the dump lists them again, with their state):
//   - what is not imported, as notes; the clusters its dynamic_resources use to reach the
//     management server, so that they are left out;
void importBootstrapSettings(const google::protobuf::Message& bootstrap, const ImportPlace& place,
                             ImportAssembly& assembly);
//   - static_resources: listeners, clusters, secrets.
void importStaticResources(const google::protobuf::Message& bootstrap, const ImportPlace& place,
                           ImportAssembly& assembly);

// A resource read from the registry's message (dynamic) into its generated class.
template <typename T>
bool readAs(const google::protobuf::Message& from, T& to, const ImportPlace& place,
            ImportAssembly& assembly) {
  if (convertMessage(from, to)) return true;
  assembly.error(place, "this " + T::descriptor()->name() + " is not imported: " +
                            whyNotReadBack(from));
  return false;
}

// The payload of a google.protobuf.Any, which must be a T.
template <typename T>
bool unpackAs(const google::protobuf::Message& any, T& to, const ImportPlace& place,
              ImportAssembly& assembly) {
  AnyContent content = anyContent(any);
  if (content.typeName() != T::descriptor()->full_name()) {
    assembly.error(place, "expected a " + T::descriptor()->full_name() + " here, found " +
                              (content.typeUrl.empty() ? std::string("nothing")
                                                       : content.typeName()) +
                              "; it is not imported");
    return false;
  }
  if (to.ParseFromString(content.bytes)) return true;
  assembly.error(place, "this " + T::descriptor()->name() + " is not imported: a string in it "
                            "is not valid UTF-8, or it is nested deeper than protobuf's limit "
                            "of 100 levels");
  return false;
}

}  // namespace meshdesk::workspace::import
