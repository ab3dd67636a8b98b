#pragma once
// What a connection manager's HTTP filters do that route matching can see, in filter order:
// the dynamic metadata they write (json_to_metadata from the JSON body, header_to_metadata
// from headers) and whether they clear the route cache.
//
// Why the order matters: Envoy picks the route when the request headers arrive, before any
// HTTP filter runs, and keeps it unless a filter clears the route cache. Metadata a filter
// writes is therefore seen by `dynamic_metadata` route matchers only if that filter, or one
// after it, clears the cache. json_to_metadata does, whenever it writes request metadata
// (Envoy 1.28 and later, envoyproxy/envoy#29301); header_to_metadata does not; Lua does when
// its code calls clearRouteCache(); ext_proc and ext_authz may, depending on their settings
// and on what their server answers.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <google/protobuf/struct.pb.h>

#include "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.pb.h"
#include "routing/request_view.h"
#include "routing/string_match.h"
#include "routing/test_request.h"
#include "workspace/workspace.h"

namespace re2 {
class RE2;
}

namespace meshdesk::routing {

// One rule that writes metadata namespace/key.
struct MetadataRule {
  std::string ns;
  std::string key;
  // json_to_metadata: the selector path into the body ({"model"}); header_to_metadata: empty.
  std::vector<std::string> bodyPath;
  // header_to_metadata: the (lower-case) header the value comes from.
  std::string header;
  bool removeHeader = false;
  // A constant written instead of the value found (on_present.value).
  std::optional<google::protobuf::Value> constant;
  // The filter's ValueType by name: "STRING", "NUMBER" or "PROTOBUF_VALUE".
  std::string valueType = "STRING";
  std::optional<google::protobuf::Value> onMissing;
  std::optional<google::protobuf::Value> onError;
  bool preserveExisting = false;
  // header_to_metadata's regex_value_rewrite.
  std::shared_ptr<const re2::RE2> rewrite;
  std::string rewritePattern;
  std::string rewriteSubstitution;
};

struct FilterStep {
  enum class Kind { kJsonToMetadata, kHeaderToMetadata, kClearsRouteCache, kMayClearRouteCache };
  Kind kind;
  std::string filterName;
  // kJsonToMetadata: which content types the filter reads.
  std::vector<std::string> allowContentTypes;  // empty: application/json only
  bool allowEmptyContentType = false;
  std::optional<StringMatch> allowContentTypesRegex;
  std::vector<MetadataRule> rules;
  // kClearsRouteCache / kMayClearRouteCache: when it clears ("the Lua script calls
  // clearRouteCache()").
  std::string clearing;
};

class FilterEffects {
 public:
  static FilterEffects analyze(
      const envoy::extensions::filters::network::http_connection_manager::v3::HttpConnectionManager&
          hcm,
      const workspace::Workspace& workspace);

  const std::vector<FilterStep>& steps() const { return steps_; }
  // Filters that could not be read (ECDS config missing, unknown type), filters skipped.
  const std::vector<std::string>& notes() const { return notes_; }
  bool writesMetadata() const;

  // Runs a metadata-writing step on `view` as the filter would; appends what it did to `trace`.
  // Returns how many values it wrote.
  static int apply(const FilterStep& step, const TestRequest& request, RequestView& view,
                   std::vector<std::string>& trace);

 private:
  std::vector<FilterStep> steps_;
  std::vector<std::string> notes_;
};

}  // namespace meshdesk::routing
