#include "routing/request_view.h"

namespace meshdesk::routing {

std::optional<std::string> RequestView::header(std::string_view lowerName) const {
  std::optional<std::string> joined;
  for (const auto& [name, value] : headers) {
    if (name != lowerName) continue;
    if (joined) {
      *joined += ",";
      *joined += value;
    } else {
      joined = value;
    }
  }
  return joined;
}

std::optional<std::string_view> RequestView::headerView(std::string_view lowerName,
                                                       std::string& joined) const {
  const std::string* single = nullptr;
  bool repeated = false;
  for (const auto& [name, value] : headers) {
    if (name != lowerName) continue;
    if (single) {
      repeated = true;
      break;
    }
    single = &value;
  }
  if (!single) return std::nullopt;
  if (!repeated) return std::string_view(*single);
  joined = *header(lowerName);
  return std::string_view(joined);
}

std::optional<std::string> RequestView::firstHeader(std::string_view lowerName) const {
  for (const auto& [name, value] : headers)
    if (name == lowerName) return value;
  return std::nullopt;
}

std::optional<std::string> RequestView::queryParameter(std::string_view name) const {
  for (const auto& [key, value] : query)
    if (key == name) return value;
  return std::nullopt;
}

const google::protobuf::Value* RequestView::metadataValue(
    const std::string& ns, const std::vector<std::string>& path) const {
  auto it = metadata.find(ns);
  if (it == metadata.end() || path.empty()) return nullptr;
  const google::protobuf::Struct* current = &it->second;
  for (std::size_t i = 0; i < path.size(); ++i) {
    auto field = current->fields().find(path[i]);
    if (field == current->fields().end()) return nullptr;
    if (i + 1 == path.size()) return &field->second;
    if (!field->second.has_struct_value()) return nullptr;
    current = &field->second.struct_value();
  }
  return nullptr;
}

std::string stripQueryAndFragment(std::string_view path) {
  return std::string(path.substr(0, path.find_first_of("?#")));
}

std::size_t hostPortStart(std::string_view host) {
  std::size_t colon = host.rfind(':');
  if (colon == std::string_view::npos) return colon;
  std::size_t v6End = host.rfind(']');
  if (v6End == std::string_view::npos || v6End < colon) return colon;
  return std::string_view::npos;
}

std::string percentDecode(std::string_view text) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      int hi = hex(text[i + 1]), lo = hex(text[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> parseQuery(std::string_view path) {
  std::vector<std::pair<std::string, std::string>> out;
  std::size_t start = path.find('?');
  if (start == std::string_view::npos) return out;
  std::string_view query = path.substr(start + 1);
  query = query.substr(0, query.find('#'));
  while (!query.empty()) {
    std::size_t amp = query.find('&');
    std::string_view part = query.substr(0, amp);
    if (!part.empty()) {
      std::size_t eq = part.find('=');
      if (eq == std::string_view::npos) {
        out.emplace_back(percentDecode(part), "");
      } else {
        out.emplace_back(percentDecode(part.substr(0, eq)), percentDecode(part.substr(eq + 1)));
      }
    }
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return out;
}

namespace {

// The path part and the rest ("?query#fragment"), so that rewriting one keeps the other.
std::pair<std::string_view, std::string_view> splitPath(std::string_view path) {
  std::size_t end = path.find_first_of("?#");
  if (end == std::string_view::npos) return {path, {}};
  return {path.substr(0, end), path.substr(end)};
}

}  // namespace

std::string removeDotSegments(std::string_view full) {
  auto [path, rest] = splitPath(full);
  if (path.empty() || path.front() != '/') return std::string(full);
  std::vector<std::string_view> kept;
  std::string_view remaining = path.substr(1);
  while (true) {
    std::size_t slash = remaining.find('/');
    std::string_view seg = remaining.substr(0, slash);
    bool last = slash == std::string_view::npos;
    if (seg == "..") {
      if (!kept.empty()) kept.pop_back();
      if (last) kept.emplace_back();  // "/a/.." is the directory "/", with its slash
    } else if (seg == ".") {
      if (last) kept.emplace_back();
    } else {
      kept.push_back(seg);
    }
    if (last) break;
    remaining.remove_prefix(slash + 1);
  }
  std::string out;
  for (auto seg : kept) {
    out += "/";
    out += seg;
  }
  if (out.empty()) out.push_back('/');
  out += rest;
  return out;
}

std::string mergeSlashes(std::string_view full) {
  auto [path, rest] = splitPath(full);
  std::string out;
  for (char c : path) {
    if (c == '/' && !out.empty() && out.back() == '/') continue;
    out.push_back(c);
  }
  out += rest;
  return out;
}

}  // namespace meshdesk::routing
