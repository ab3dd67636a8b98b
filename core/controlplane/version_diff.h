#pragma once
// The difference between two published versions, resource by resource, as unified YAML diffs
// labelled "v3/clusters/api" -> "v4/clusters/api", the way a reviewer reads them.

#include <string>

namespace meshdesk::controlplane {

// `before` and `after` are workspace files; the labels name them ("v3", "live", "edited").
std::string diffWorkspaces(const std::string& before, const std::string& beforeLabel,
                           const std::string& after, const std::string& afterLabel);

}  // namespace meshdesk::controlplane
