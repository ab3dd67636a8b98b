#pragma once
// How a simulated proxy answers: ACK everything, NACK what a rule names, answer late, or drop
// its connection now and then. Drills need each of these on chosen proxies ("NACK clusters
// whose lb_policy is RING_HASH on 10% of the fleet").

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace google::protobuf {
class Any;
}

namespace meshdesk::lab {

// A resource the proxy rejects. Written as text like
//   clusters/api*                      every cluster whose name matches api*
//   clusters lb_policy=RING_HASH       every cluster whose lb_policy is RING_HASH
//   listeners/edge address.socket_address.port_value=10000
//   routes virtual_hosts.retry_policy  every route configuration with that field set
// A field path goes through repeated fields (any element may match) and compares the leaf's
// text: an enum by name, a number in decimal, a bool as true/false.
struct NackRule {
  std::string typeUrl;
  std::string namePattern;  // shell-style; empty matches any name
  std::string fieldPath;    // empty: no condition on the content
  std::optional<std::string> fieldValue;  // none: the field only has to be set

  std::string text() const;
  // Nothing, with `error` saying what is wrong, for text that is not a rule.
  static std::optional<NackRule> parse(std::string_view text, std::string* error = nullptr);

  // Why the proxy rejects this resource, or nothing.
  std::optional<std::string> rejects(const std::string& name,
                                     const google::protobuf::Any& resource) const;
};

struct ProxyBehaviour {
  std::vector<NackRule> nackRules;
  // Each answer (ACK or NACK) goes this late; answers keep their order.
  std::chrono::milliseconds answerDelay{0};
  // When `flapUp` is set: the proxy drops its stream after being connected that long, and
  // reconnects `flapDown` later, over and over.
  std::chrono::milliseconds flapUp{0};
  std::chrono::milliseconds flapDown{0};

  // "ACK", "NACK clusters/api*; late 2000 ms; flaps 10 s up / 3 s down"
  std::string summary() const;
};

// The type URL for a workspace key or a short name: "clusters", "CDS" or a full type URL.
std::optional<std::string> typeUrlOfKind(std::string_view text);
// The workspace key of a type URL ("clusters"), or the type URL itself for others.
std::string kindOfTypeUrl(const std::string& typeUrl);

// The first rule's reason that rejects any of `resources`, as an Envoy would word it.
struct NamedResource {
  std::string name;
  const google::protobuf::Any* resource;
};
std::optional<std::string> rejectionOf(const std::vector<NackRule>& rules,
                                       const std::string& typeUrl,
                                       const std::vector<NamedResource>& resources);

}  // namespace meshdesk::lab
