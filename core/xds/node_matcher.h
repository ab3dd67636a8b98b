#pragma once
// CSDS node matchers (envoy.type.matcher.v3.NodeMatcher): which nodes a status request is about.

namespace envoy::config::core::v3 {
class Node;
}
namespace envoy::type::matcher::v3 {
class NodeMatcher;
class StringMatcher;
}

#include <string>

namespace meshdesk::xds {

bool matchesString(const envoy::type::matcher::v3::StringMatcher& matcher, const std::string& value);
bool matchesNode(const envoy::type::matcher::v3::NodeMatcher& matcher,
                 const envoy::config::core::v3::Node& node);

}  // namespace meshdesk::xds
