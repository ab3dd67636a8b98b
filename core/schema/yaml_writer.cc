#include "schema/yaml_writer.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace meshdesk::schema {

namespace {

constexpr std::size_t kFlowListWidth = 72;

bool isStringTag(const std::string& tag) {
  return tag == "!" || tag == "tag:yaml.org,2002:str";
}

bool allOf(std::string_view s, std::string_view chars) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [&](char c) {
           return chars.find(c) != std::string_view::npos;
         });
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// What may appear in a plain scalar. Conservative: anything unusual is quoted, which is always
// correct.
bool isPlainSafe(std::string_view s, bool inFlow) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ' || s.back() == ':') return false;
  static constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
  if (kIndicators.find(s.front()) != std::string_view::npos) {
    // "-foo", "/path" are fine; a lone "-", "- x", "?x", ":x" are not.
    if (s.front() != '-' || s.size() < 2 || s[1] == ' ') return false;
  }
  if (s.substr(0, 3) == "---" || s.substr(0, 3) == "...") return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7f) return false;
    if (c == ':' && i + 1 < s.size() && s[i + 1] == ' ') return false;
    if (c == '#' && i > 0 && s[i - 1] == ' ') return false;
    if (inFlow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == ':'))
      return false;
  }
  return true;
}

// Literal blocks keep multi-line text readable and byte-exact, when the text has a shape a
// literal block can hold: one trailing newline at most ("|" keeps it, "|-" has none), no
// leading space (that would need an indentation indicator), no blank-but-not-empty lines
// (their spaces would be read as indentation) and nothing that needs escaping.
bool fitsLiteral(std::string_view s) {
  if (s.find('\n') == std::string_view::npos || s.front() == ' ' || s.front() == '\n') return false;
  if (s.size() >= 2 && s.substr(s.size() - 2) == "\n\n") return false;
  std::size_t lineStart = 0;
  bool lineBlank = true;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == '\n') {
      if (lineBlank && i > lineStart) return false;
      lineStart = i + 1;
      lineBlank = true;
      continue;
    }
    if ((c < 0x20 && c != '\t') || c == 0x7f) return false;
    if (c != ' ' && c != '\t') lineBlank = false;
  }
  return !(lineBlank && s.size() > lineStart);
}

std::string doubleQuoted(std::string_view s) {
  std::string out = "\"";
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          static constexpr char kHex[] = "0123456789abcdef";
          out += "\\x";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += ch;
        }
    }
  }
  return out + "\"";
}

std::string tagPrefix(const std::string& tag) {
  if (tag.empty() || tag == "?" || tag == "!") return "";
  static constexpr std::string_view kCore = "tag:yaml.org,2002:";
  if (tag.rfind(kCore, 0) == 0) {
    // !!str is how a string is kept a string; the quoting below already does that.
    return tag == "tag:yaml.org,2002:str" ? "" : "!!" + tag.substr(kCore.size()) + " ";
  }
  return (tag[0] == '!' ? tag : "!<" + tag + ">") + " ";
}

class Writer {
 public:
  std::string out;

  void topLevel(const YAML::Node& node) {
    if (node.IsMap() && node.size() > 0) {
      mapping(node, 0, false);
    } else if (node.IsSequence() && node.size() > 0 && !flowList(node)) {
      sequence(node, 0, false);
    } else {
      out += inlineValue(node, 0);
      out += '\n';
    }
  }

 private:
  // A scalar, an empty collection or a flow list: something that fits after "key: ".
  bool isInline(const YAML::Node& node) const {
    if (!node.IsMap() && !node.IsSequence()) return true;
    return node.size() == 0 || flowList(node);
  }

  bool flowList(const YAML::Node& node) const {
    if (!node.IsSequence() || node.size() == 0) return false;
    std::size_t width = 2;
    for (const auto& item : node) {
      if (!item.IsScalar()) return false;
      width += scalar(item, true, 0).size() + 2;
      if (width > kFlowListWidth) return false;
    }
    return true;
  }

  std::string inlineValue(const YAML::Node& node, int contentIndent) const {
    if (node.IsNull() || !node.IsDefined()) return tagPrefix(node.Tag()) + "null";
    if (node.IsScalar()) return scalar(node, false, contentIndent);
    if (node.IsMap()) return tagPrefix(node.Tag()) + "{}";
    if (node.size() == 0) return tagPrefix(node.Tag()) + "[]";
    std::string text = tagPrefix(node.Tag()) + "[";
    bool first = true;
    for (const auto& item : node) {
      if (!first) text += ", ";
      text += scalar(item, true, 0);
      first = false;
    }
    return text + "]";
  }

  std::string scalar(const YAML::Node& node, bool inFlow, int contentIndent) const {
    if (node.IsNull()) return "null";
    const std::string& s = node.Scalar();
    std::string prefix = tagPrefix(node.Tag());
    bool isString = isStringTag(node.Tag());
    if (isPlainSafe(s, inFlow) && !(isString && plainScalarIsNonString(s))) return prefix + s;
    if (isString && !inFlow && contentIndent > 0 && fitsLiteral(s)) {
      std::string text = prefix + (s.back() == '\n' ? "|" : "|-");
      std::string_view rest = s;
      if (rest.back() == '\n') rest.remove_suffix(1);
      std::string indent(static_cast<std::size_t>(contentIndent), ' ');
      while (true) {
        auto nl = rest.find('\n');
        auto line = rest.substr(0, nl);
        text += "\n";
        if (!line.empty()) text += indent + std::string(line);
        if (nl == std::string_view::npos) break;
        rest.remove_prefix(nl + 1);
      }
      return text;
    }
    return prefix + doubleQuoted(s);
  }

  std::string key(const YAML::Node& node) const {
    if (node.IsScalar() || node.IsNull()) return scalar(node, false, 0);
    // A collection as a key: legal YAML in flow form; rare enough not to need more.
    YAML::Emitter flow;
    flow << YAML::Flow << node;
    return flow.c_str();
  }

  void mapping(const YAML::Node& node, int indent, bool continuesLine) {
    std::string pad(static_cast<std::size_t>(indent), ' ');
    bool first = true;
    for (const auto& entry : node) {
      if (!(first && continuesLine)) out += pad;
      first = false;
      out += key(entry.first);
      out += ':';
      value(entry.second, indent);
    }
  }

  // After "key:"; `indent` is the key's indentation.
  void value(const YAML::Node& node, int indent) {
    if (isInline(node)) {
      out += ' ';
      out += inlineValue(node, indent + 2);
      out += '\n';
    } else if (node.IsMap()) {
      out += tagLine(node);
      out += '\n';
      mapping(node, indent + 2, false);
    } else {
      out += tagLine(node);
      out += '\n';
      sequence(node, indent, false);
    }
  }

  void sequence(const YAML::Node& node, int indent, bool continuesLine) {
    std::string pad(static_cast<std::size_t>(indent), ' ');
    bool first = true;
    for (const auto& item : node) {
      if (!(first && continuesLine)) out += pad;
      first = false;
      out += "-";
      if (isInline(item)) {
        out += ' ';
        out += inlineValue(item, indent + 2);
        out += '\n';
      } else if (!tagPrefix(item.Tag()).empty()) {
        out += tagLine(item);
        out += '\n';
        if (item.IsMap()) {
          mapping(item, indent + 2, false);
        } else {
          sequence(item, indent + 2, false);
        }
      } else if (item.IsMap()) {
        out += " ";
        mapping(item, indent + 2, true);
      } else {
        out += " ";
        sequence(item, indent + 2, true);
      }
    }
  }

  std::string tagLine(const YAML::Node& node) const {
    std::string prefix = tagPrefix(node.Tag());
    if (prefix.empty()) return prefix;
    prefix.pop_back();
    prefix.insert(prefix.begin(), ' ');
    return prefix;
  }
};

bool isSignedDigits(std::string_view s, std::string_view digits) {
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) s.remove_prefix(1);
  return allOf(s, digits) && std::isalnum(static_cast<unsigned char>(s[0]));
}

}  // namespace

bool plainScalarIsNonString(std::string_view s) {
  if (s.empty() || s == "~" || s == "<<") return true;
  for (std::string_view word : {"null", "true", "false", "yes", "no", "on", "off", "y", "n"})
    if (equalsIgnoringCase(s, word)) return true;
  for (std::string_view special : {".inf", "+.inf", "-.inf", ".nan"})
    if (equalsIgnoringCase(s, special)) return true;
  std::string_view body = s;
  if (body[0] == '+' || body[0] == '-') body.remove_prefix(1);
  if (body.empty() || !(std::isdigit(static_cast<unsigned char>(body[0])) || body[0] == '.'))
    return false;
  // Decimal and float (YAML 1.2 core), with YAML 1.1's underscores and sexagesimal forms, and
  // 0x / 0o / 0b integers: every reader agrees none of these is a string.
  double value;
  auto [end, ec] = std::from_chars(body.data(), body.data() + body.size(), value);
  if (ec == std::errc() && end == body.data() + body.size()) return true;
  if (body.size() > 2 && body[0] == '0') {
    char base = static_cast<char>(std::tolower(static_cast<unsigned char>(body[1])));
    auto rest = body.substr(2);
    if (base == 'x' && allOf(rest, "0123456789abcdefABCDEF_")) return true;
    if (base == 'o' && allOf(rest, "01234567_")) return true;
    if (base == 'b' && allOf(rest, "01_")) return true;
  }
  return isSignedDigits(body, "0123456789_") ||
         (body.find(':') != std::string_view::npos && isSignedDigits(body, "0123456789_:."));
}

std::string emitYaml(const YAML::Node& node) {
  Writer writer;
  writer.topLevel(node);
  return writer.out;
}

}  // namespace meshdesk::schema
