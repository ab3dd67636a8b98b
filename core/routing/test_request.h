#pragma once
// A request to try against the workspace, written the way a console user thinks of one.

#include <string>
#include <utility>
#include <vector>

namespace meshdesk::routing {

struct TestRequest {
  // A listener's name. Empty: the listeners whose port is the host's port, else every HTTP
  // listener in file order (the first that routes the request is the answer).
  std::string listener;
  // The authority (HTTP/1 Host, HTTP/2 :authority), port included when the client sends one:
  // "api.example.com:8443". Empty for an api_listener: its name is the target's authority.
  std::string host;
  std::string method = "GET";
  // The :path, with an optional query: "/v1/users?id=7".
  std::string path = "/";
  // Names in any case; a repeated name keeps all its values in order.
  std::vector<std::pair<std::string, std::string>> headers;
  // The "model" field of the JSON body (an AI request); empty when the body has none.
  std::string bodyModel;
};

}  // namespace meshdesk::routing
