#include "validate/validate.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "validate/constraint_walk.h"
#include "validate/cross_checks.h"
#include "validate/field_path.h"
#include "validate/resource_ttls.h"

namespace meshdesk::validate {

namespace {

using workspace::Kind;

// Places every finding: its field in the text when there is one, else its item.
void place(std::vector<Finding>& findings, const workspace::Workspace& ws, const SourceIndex* source) {
  std::map<std::pair<Kind, std::string>, workspace::SourceLocation> items;  // made when needed
  for (auto& f : findings) {
    if (!f.kind) continue;
    std::optional<workspace::SourceLocation> where;
    if (source != nullptr) {
      f.file = source->fileName();
      where = source->locate(*f.kind, f.resource, f.path);
    }
    if (!where) {
      if (items.empty())
        for (const auto& info : workspace::allKinds())
          for (const auto& item : ws.items(info.kind))
            items.emplace(std::pair{info.kind, item.name()}, item.location());
      if (auto it = items.find({*f.kind, f.resource}); it != items.end()) where = it->second;
    }
    if (where) {
      f.line = where->line;
      f.column = where->column;
    }
  }
}

bool under(std::string_view path, std::string_view ancestor) {
  if (ancestor.empty()) return !path.empty();
  return path.size() > ancestor.size() && path.substr(0, ancestor.size()) == ancestor &&
         (path[ancestor.size()] == '.' || path[ancestor.size()] == '[');
}

// A value the reader could not read is left unset, so the rules then also see it missing
// (port_value: abc -> "needs one of port_value or named_port"). Those findings only repeat the
// reader's error; they are dropped.
void dropConsequences(const std::vector<Finding>& readerErrors, std::vector<Finding>& findings) {
  auto isConsequence = [&](const Finding& f) {
    bool absence = f.rule == "message.required" || f.rule == "oneof.required" ||
                   f.rule == "repeated.min_items" || f.rule == "map.min_pairs";
    for (const auto& e : readerErrors) {
      if (!e.kind || e.kind != f.kind || e.resource != f.resource) continue;
      if (e.path == f.path || under(f.path, e.path)) return true;
      if (absence && under(e.path, f.path)) return true;
    }
    return false;
  };
  findings.erase(std::remove_if(findings.begin(), findings.end(), isConsequence), findings.end());
}

}  // namespace

std::vector<Finding> validate(const workspace::Workspace& ws, const SourceIndex* source) {
  std::vector<Finding> findings;
  Sightings sightings;
  ConstraintWalk walk(findings, sightings);
  for (const auto& info : workspace::allKinds())
    for (const auto& item : ws.items(info.kind)) walk.walk(item);

  WorkspaceView view(ws, sightings);
  checkReferences(view, findings);
  checkFilterOrder(view, findings);
  checkRouteTables(view, findings);
  checkSockets(view, findings);

  place(findings, ws, source);
  checkResourceTtls(ws, source, findings);  // placed as they are made: they are about the file
  sortByPlace(findings);
  return findings;
}

std::vector<Finding> findingsFromLoadErrors(const std::vector<workspace::WorkspaceError>& errors,
                                            const SourceIndex* source) {
  std::vector<Finding> findings;
  for (const auto& e : errors) {
    Finding f;
    f.severity = Severity::kError;
    f.rule = e.message.rfind("a second ", 0) == 0 ? "duplicate_name" : "schema";
    f.file = e.file;
    f.line = e.line;
    f.column = e.column;
    f.path = e.path;
    f.message = e.message;
    // "clusters[2].lb_policy" -> cluster <name of the third entry>, "lb_policy".
    auto steps = parseFieldPath(e.path);
    if (source != nullptr && steps.size() >= 2 && steps[0].type == PathStep::Type::kField &&
        steps[1].type == PathStep::Type::kIndex) {
      auto kind = workspace::kindFromKey(steps[0].text);
      std::size_t index = 0;
      bool numeric = !steps[1].text.empty() &&
                     steps[1].text.find_first_not_of("0123456789") == std::string::npos;
      if (kind && numeric) {
        index = std::stoul(steps[1].text);
        std::string name = source->nameAt(*kind, index);
        if (!name.empty()) {
          f.kind = kind;
          f.resource = name;
          std::size_t close = e.path.find(']');
          std::string_view rest = std::string_view(e.path).substr(close + 1);
          if (!rest.empty() && rest.front() == '.') rest.remove_prefix(1);
          f.path = std::string(rest);
        }
      }
    }
    findings.push_back(std::move(f));
  }
  return findings;
}

CheckedWorkspace checkWorkspaceText(std::string_view yaml, const std::string& fileName) {
  CheckedWorkspace checked;
  checked.loaded = workspace::Workspace::parse(yaml, fileName);
  SourceIndex source{std::string(yaml), fileName};
  checked.findings = findingsFromLoadErrors(checked.loaded.errors, &source);
  auto more = validate(checked.loaded.workspace, &source);
  dropConsequences(checked.findings, more);
  checked.findings.insert(checked.findings.end(), std::make_move_iterator(more.begin()),
                          std::make_move_iterator(more.end()));
  sortByPlace(checked.findings);
  return checked;
}

CheckedWorkspace checkWorkspaceFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    // Let the workspace box say what is wrong with the file, in its words.
    CheckedWorkspace checked;
    checked.loaded = workspace::Workspace::load(file);
    checked.findings = findingsFromLoadErrors(checked.loaded.errors);
    return checked;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return checkWorkspaceText(text.str(), file.string());
}

}  // namespace meshdesk::validate
