#include "validate/resource_ttls.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <string>

#include "schema/field_names.h"

namespace meshdesk::validate {

namespace {

using workspace::ResourceTtl;
using workspace::SourceLocation;

constexpr std::chrono::milliseconds kShortTtl{1000};
// Heartbeats are scheduled on std::chrono::steady_clock, which counts nanoseconds in 64 bits
// (about 292 years): half a TTL of some 580 years or more no longer fits. Nobody means a TTL of
// a century; such a limit is a typo, so it stops well before the timers would.
constexpr std::chrono::milliseconds kLongestTtl = std::chrono::hours(24 * 365 * 100);
constexpr const char* kSection = "resource_ttls";

// Makes findings about one entry: its path in the file and the places of its fields.
class EntryPlaces {
 public:
  EntryPlaces(const ResourceTtl& entry, std::size_t modelIndex, const SourceIndex* source)
      : entry_(entry), source_(source) {
    std::optional<std::size_t> index;
    if (source_ != nullptr) index = source_->entryAt(kSection, entry.location);
    if (!index) source_ = nullptr;  // not in that text: the entry's own place
    path_ = std::string(kSection) + "[" + std::to_string(index.value_or(modelIndex)) + "]";
  }

  const std::string& path() const { return path_; }
  int line() const { return entry_.location.line; }

  // `field` below the entry ("ttl", "names[2]", or "" for the entry itself).
  Finding at(Severity severity, const char* rule, const std::string& field,
             std::string message) const {
    Finding f;
    f.severity = severity;
    f.rule = rule;
    f.path = field.empty() ? path_ : path_ + "." + field;
    f.message = std::move(message);
    std::optional<SourceLocation> where;
    if (source_ != nullptr) {
      f.file = source_->fileName();
      where = source_->locateFromTop(f.path);
    }
    if (!where) where = entry_.location;
    f.line = where->line;
    f.column = where->column;
    return f;
  }

  // The field that names `name`, or the entry when it covers the whole kind.
  std::string fieldNaming(const std::string& name) const {
    if (!entry_.names) return "kind";
    auto it = std::find(entry_.names->begin(), entry_.names->end(), name);
    if (it == entry_.names->end()) return "";
    return "names[" + std::to_string(it - entry_.names->begin()) + "]";
  }

 private:
  const ResourceTtl& entry_;
  const SourceIndex* source_;
  std::string path_;
};

std::string inQuotes(const std::string& name) { return "'" + name + "'"; }

void checkDuration(const ResourceTtl& entry, const EntryPlaces& places, std::vector<Finding>& out) {
  const std::string text = workspace::ttlText(entry.ttl);
  if (entry.ttl.count() <= 0) {
    out.push_back(places.at(Severity::kError, "resource_ttl.duration", "ttl",
                            "a TTL must be greater than 0s (" + text +
                                " given); to give resources no TTL, leave them out of "
                                "resource_ttls"));
  } else if (entry.ttl > kLongestTtl) {
    out.push_back(places.at(Severity::kError, "resource_ttl.duration", "ttl",
                            "a TTL of " + text + " is over 100 years: no TTL in practice (and half "
                            "a TTL of some 580 years overflows the heartbeat timers); to give "
                            "resources no TTL, leave them out of resource_ttls"));
  } else if (entry.ttl < kShortTtl) {
    out.push_back(places.at(
        Severity::kWarning, "resource_ttl.short", "ttl",
        "a TTL of " + text + " is very short: a proxy drops the resource whenever a heartbeat "
        "(sent every half TTL) is that late. TTLs are meant for resources that should lapse "
        "when the control plane is gone, such as runtime overrides; seconds or minutes are usual"));
  }
}

void checkNames(const workspace::Workspace& ws, const ResourceTtl& entry,
                const EntryPlaces& places, std::vector<Finding>& out) {
  const auto& info = workspace::kindInfo(entry.kind);
  const auto& items = ws.items(entry.kind);
  if (!entry.names) {
    if (items.empty())
      out.push_back(places.at(Severity::kWarning, "resource_ttl.unmatched", "kind",
                              "there are no " + std::string(info.key) +
                                  " in this workspace: this entry gives nothing a TTL"));
    return;
  }
  if (entry.names->empty()) {
    out.push_back(places.at(Severity::kWarning, "resource_ttl.unmatched", "names",
                            "names is empty: this entry gives nothing a TTL (leave names out "
                            "to cover every item of " + std::string(info.key) + ")"));
    return;
  }
  std::vector<std::string> known;
  for (const auto& item : items) known.push_back(item.name());
  for (std::size_t k = 0; k < entry.names->size(); ++k) {
    const std::string& name = (*entry.names)[k];
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    std::string message = inQuotes(name) + " is not one of the " + std::string(info.key) +
                          " of this workspace, so it gets no TTL";
    if (std::string guess = schema::closestName(name, known); !guess.empty())
      message += "; did you mean " + inQuotes(guess) + "?";
    out.push_back(places.at(Severity::kWarning, "resource_ttl.unmatched",
                            "names[" + std::to_string(k) + "]", std::move(message)));
  }
}

// One finding per pair of entries that share items, at the later entry.
void checkOverlaps(const workspace::Workspace& ws, const std::vector<ResourceTtl>& entries,
                   const std::vector<EntryPlaces>& places, std::vector<Finding>& out) {
  for (std::size_t later = 0; later < entries.size(); ++later) {
    for (std::size_t earlier = 0; earlier < later; ++earlier) {
      const ResourceTtl& a = entries[earlier];
      const ResourceTtl& b = entries[later];
      if (a.kind != b.kind) continue;
      std::vector<std::string> shared;
      for (const auto& item : ws.items(b.kind))
        if (a.covers(item) && b.covers(item)) shared.push_back(item.name());
      if (shared.empty()) continue;
      const auto& info = workspace::kindInfo(b.kind);
      std::string list;
      constexpr std::size_t kNamed = 3;
      for (std::size_t i = 0; i < shared.size() && i < kNamed; ++i)
        list += (i ? ", " : "") + std::string(info.key) + "/" + shared[i];
      if (shared.size() > kNamed) list += " and " + std::to_string(shared.size() - kNamed) + " more";
      const bool same = a.ttl == b.ttl;
      std::string message = list + (shared.size() == 1 ? " is" : " are") + " also covered by " +
                            places[earlier].path();
      if (places[earlier].line() > 0)
        message += " (line " + std::to_string(places[earlier].line()) + ")";
      message += same ? ", with the same TTL; one entry is enough"
                      : ", with " + workspace::ttlText(a.ttl) + " there and " +
                            workspace::ttlText(b.ttl) + " here; give each resource one TTL";
      out.push_back(places[later].at(same ? Severity::kWarning : Severity::kError,
                                     "resource_ttl.overlap", places[later].fieldNaming(shared[0]),
                                     std::move(message)));
    }
  }
}

}  // namespace

void checkResourceTtls(const workspace::Workspace& ws, const SourceIndex* source,
                       std::vector<Finding>& out) {
  const auto& entries = ws.resourceTtls();
  std::vector<EntryPlaces> places;
  places.reserve(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) places.emplace_back(entries[i], i, source);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    checkDuration(entries[i], places[i], out);
    checkNames(ws, entries[i], places[i], out);
  }
  checkOverlaps(ws, entries, places, out);
}

}  // namespace meshdesk::validate
