#include "editors/ai_route_edits.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "envoy/extensions/transport_sockets/tls/v3/secret.pb.h"
#include "schema/message_to_yaml.h"
#include "schema/yaml_to_message.h"

namespace meshdesk::app {

using meshdesk::ai::v1::Backend;
using meshdesk::ai::v1::ModelRoute;
using workspace::AiRoute;
using workspace::Workspace;

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

bool fail(QString* why, const QString& reason) {
  if (why != nullptr) *why = reason;
  return false;
}

bool inRange(const Workspace& ws, int index) {
  return index >= 0 && index < static_cast<int>(ws.aiRoutes().size());
}

int backendIndex(const ModelRoute& route, const QString& name) {
  for (int i = 0; i < route.backends_size(); ++i) {
    if (qs(route.backends(i).name()) == name) return i;
  }
  return -1;
}

// A place in fallback order: a backend and the level it belongs to. Levels are compared by key
// only; a fresh key makes a priority of its own.
struct Placed {
  Backend backend;
  long level = 0;
};

// Writes `order` back as the route's backends, priorities renumbered 0, 1, ... by level.
void writeOrder(ModelRoute& route, const std::vector<Placed>& order) {
  route.clear_backends();
  std::uint32_t priority = 0;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (i > 0 && order[i].level != order[i - 1].level) ++priority;
    Backend* b = route.add_backends();
    *b = order[i].backend;
    b->set_priority(priority);
  }
}

std::vector<Placed> placedOf(const ModelRoute& route) {
  std::vector<Placed> order;
  for (int i : AiRouteEdits::fallbackOrder(route)) {
    order.push_back({route.backends(i), static_cast<long>(route.backends(i).priority())});
  }
  return order;
}

// Puts `moved` into `order` (which does not hold it) before position `at`, or onto `at`.
// Returns where it went.
std::size_t place(std::vector<Placed>& order, Placed moved, int at, bool onto) {
  const int size = static_cast<int>(order.size());
  if (onto && at >= 0 && at < size) {
    moved.level = order[at].level;
    order.insert(order.begin() + at + 1, std::move(moved));
    return at + 1;
  }
  if (at < 0 || at > size) at = size;
  const bool between = at > 0 && at < size && order[at - 1].level == order[at].level;
  moved.level = between ? order[at].level : -1;  // -1: a priority of its own (others are >= 0)
  order.insert(order.begin() + at, std::move(moved));
  return at;
}

// Weights of the level of order[at], apart from it.
std::vector<std::uint32_t> othersOfLevel(const std::vector<Placed>& order, std::size_t at) {
  std::vector<std::uint32_t> weights;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (i != at && order[i].level == order[at].level) weights.push_back(order[i].backend.weight());
  }
  return weights;
}

// A backend joining a level gets traffic there: the mean weight of a weighted level, 0 in a
// level of equal shares.
void fitWeight(std::vector<Placed>& order, std::size_t at) {
  const auto others = othersOfLevel(order, at);
  if (others.empty()) return;
  const std::uint64_t sum = std::accumulate(others.begin(), others.end(), std::uint64_t{0});
  Backend& b = order[at].backend;
  if (sum == 0) {
    b.set_weight(0);
  } else if (b.weight() == 0) {
    b.set_weight(static_cast<std::uint32_t>(std::max<std::uint64_t>(1, sum / others.size())));
  }
}

QString priorityText(const ModelRoute& route, const QString& backend) {
  const int i = backendIndex(route, backend);
  return i < 0 ? QString() : QString::number(route.backends(i).priority());
}

}  // namespace

std::optional<ModelRoute> AiRouteEdits::read(const AiRoute& entry,
                                             std::vector<schema::SchemaError>* errors) {
  ModelRoute route;
  std::vector<schema::SchemaError> found;
  const bool ok = schema::yamlToMessage(entry.yaml, route, found);
  if (errors != nullptr) *errors = std::move(found);
  if (!ok) return std::nullopt;
  return route;
}

AiRoute AiRouteEdits::entryOf(const ModelRoute& route, const workspace::SourceLocation& location) {
  return AiRoute(route.name(), schema::messageToYaml(route), location);
}

std::vector<int> AiRouteEdits::fallbackOrder(const ModelRoute& route) {
  std::vector<int> order(route.backends_size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return route.backends(a).priority() < route.backends(b).priority();
  });
  return order;
}

QString AiRouteEdits::freeBackendName(const ModelRoute& route, const QString& base) {
  QString name = base;
  for (int n = 2; backendIndex(route, name) >= 0; ++n) name = QStringLiteral("%1-%2").arg(base).arg(n);
  return name;
}

QString AiRouteEdits::freeRouteName(const Workspace& ws, const QString& base) {
  QString name = base;
  for (int n = 2; indexOf(ws, name) >= 0; ++n) name = QStringLiteral("%1-%2").arg(base).arg(n);
  return name;
}

int AiRouteEdits::indexOf(const Workspace& ws, const QString& name) {
  const auto& routes = ws.aiRoutes();
  for (int i = 0; i < static_cast<int>(routes.size()); ++i) {
    if (qs(routes[i].name) == name) return i;
  }
  return -1;
}

AiRouteEdits::Result AiRouteEdits::replace(const Workspace& ws, int index, const ModelRoute& route,
                                           const QString& text, const QString& mergeKey,
                                           QString* why) {
  if (!inRange(ws, index)) {
    fail(why, tr("That AI route is not in the workspace any more."));
    return std::nullopt;
  }
  const QString name = qs(route.name());
  const int other = indexOf(ws, name);
  if (!name.isEmpty() && other >= 0 && other != index) {
    fail(why, tr("There is already an AI route named %1.").arg(name));
    return std::nullopt;
  }
  std::vector<AiRoute> routes = ws.aiRoutes();
  routes[index] = entryOf(route, routes[index].location);
  WorkspaceEdit edit;
  edit.text = text;
  edit.mergeKey = mergeKey;
  edit.aiRoutes = std::move(routes);
  return edit;
}

AiRouteEdits::Result AiRouteEdits::create(const Workspace& ws, QString* why, int* created) {
  ModelRoute route;
  route.set_name(freeRouteName(ws, QStringLiteral("chat")).toStdString());
  route.add_models()->set_exact("gpt-4o");
  std::vector<AiRoute> routes = ws.aiRoutes();
  routes.push_back(entryOf(route));
  if (created != nullptr) *created = static_cast<int>(routes.size()) - 1;
  WorkspaceEdit edit;
  edit.text = tr("New AI route %1").arg(qs(route.name()));
  edit.aiRoutes = std::move(routes);
  return edit;
}

AiRouteEdits::Result AiRouteEdits::duplicate(const Workspace& ws, int index, QString* why,
                                             int* created) {
  if (!inRange(ws, index)) return std::nullopt;
  std::vector<AiRoute> routes = ws.aiRoutes();
  AiRoute copy = routes[index];
  const QString original = qs(copy.name);
  const QString name = freeRouteName(ws, (original.isEmpty() ? QStringLiteral("ai-route") : original) +
                                             QStringLiteral("-copy"));
  if (copy.yaml.IsMap()) copy.yaml["name"] = name.toStdString();
  copy.name = name.toStdString();
  copy.location = {};
  routes.insert(routes.begin() + index + 1, std::move(copy));
  if (created != nullptr) *created = index + 1;
  WorkspaceEdit edit;
  edit.text = tr("Duplicate AI route %1 as %2").arg(original, name);
  edit.aiRoutes = std::move(routes);
  return edit;
}

AiRouteEdits::Result AiRouteEdits::remove(const Workspace& ws, int index, QString* why) {
  if (!inRange(ws, index)) return std::nullopt;
  std::vector<AiRoute> routes = ws.aiRoutes();
  const QString name = qs(routes[index].name);
  routes.erase(routes.begin() + index);
  WorkspaceEdit edit;
  edit.text = tr("Delete AI route %1").arg(name);
  edit.aiRoutes = std::move(routes);
  return edit;
}

AiRouteEdits::Result AiRouteEdits::rename(const Workspace& ws, int index, const QString& name,
                                          QString* why) {
  if (!inRange(ws, index)) return std::nullopt;
  const QString trimmed = name.trimmed();
  const QString old = qs(ws.aiRoutes()[index].name);
  if (trimmed.isEmpty()) {
    fail(why, tr("An AI route needs a name."));
    return std::nullopt;
  }
  if (trimmed == old) return std::nullopt;
  if (indexOf(ws, trimmed) >= 0) {
    fail(why, tr("There is already an AI route named %1.").arg(trimmed));
    return std::nullopt;
  }
  std::vector<AiRoute> routes = ws.aiRoutes();
  AiRoute& entry = routes[index];
  if (!entry.yaml.IsMap()) return std::nullopt;
  // The YAML as written, but for its name: a route that does not read yet keeps what it says.
  entry.yaml = YAML::Clone(entry.yaml);
  entry.yaml["name"] = trimmed.toStdString();
  entry.name = trimmed.toStdString();
  WorkspaceEdit edit;
  edit.text = tr("Rename AI route %1 to %2").arg(old, trimmed);
  edit.aiRoutes = std::move(routes);
  return edit;
}

AiRouteEdits::Result AiRouteEdits::addProvider(const Workspace& ws, int index,
                                               const QString& presetId, QString* why) {
  if (!inRange(ws, index)) return std::nullopt;
  const auto preset = AiProviderPresets::find(presetId);
  if (!preset) return std::nullopt;
  const auto route = read(ws.aiRoutes()[index]);
  if (!route) {
    fail(why, tr("AI route %1 does not read as a model route; fix its YAML first.")
                  .arg(qs(ws.aiRoutes()[index].name)));
    return std::nullopt;
  }
  auto change = addBackend(*route, *preset, &ws, -1, false, why);
  if (!change) return std::nullopt;
  return replace(ws, index, change->route, change->text, {}, why);
}

std::optional<ModelRouteChange> AiRouteEdits::addBackend(const ModelRoute& route,
                                                         const AiProviderPreset& preset,
                                                         const Workspace* ws, int row, bool onto,
                                                         QString* why) {
  Backend backend = preset.backend;
  backend.set_name(freeBackendName(route, preset.id).toStdString());
  if (ws != nullptr) {
    using Secret = envoy::extensions::transport_sockets::tls::v3::Secret;
    for (const QString& name : {preset.id + QStringLiteral("-key"), preset.id}) {
      const auto* item = ws->find(workspace::Kind::kSecret, name.toStdString());
      if (item != nullptr && item->as<Secret>().has_generic_secret()) {
        backend.set_api_key_secret(name.toStdString());
        break;
      }
    }
  }
  std::vector<Placed> order = placedOf(route);
  const std::size_t at = place(order, {backend, 0}, row, onto);
  fitWeight(order, at);
  ModelRouteChange change;
  change.route = route;
  writeOrder(change.route, order);
  change.text = tr("Add backend %1 to %2").arg(qs(backend.name()), qs(route.name()));
  return change;
}

std::optional<ModelRouteChange> AiRouteEdits::setWeight(const ModelRoute& route,
                                                        const QString& backend,
                                                        std::uint32_t weight, QString* why) {
  const int i = backendIndex(route, backend);
  if (i < 0) {
    fail(why, tr("%1 has no backend %2.").arg(qs(route.name()), backend));
    return std::nullopt;
  }
  if (route.backends(i).weight() == weight) return std::nullopt;
  ModelRouteChange change;
  change.route = route;
  const std::uint32_t priority = route.backends(i).priority();
  std::vector<Backend*> others;
  bool allZero = true;
  for (int j = 0; j < change.route.backends_size(); ++j) {
    Backend* b = change.route.mutable_backends(j);
    if (b->priority() != priority) continue;
    allZero &= b->weight() == 0;
    if (j != i) others.push_back(b);
  }
  if (allZero && !others.empty()) {
    const std::uint32_t rest = weight >= 100 ? 0 : (100 - weight) / static_cast<std::uint32_t>(others.size());
    for (Backend* b : others) b->set_weight(rest);
  }
  change.route.mutable_backends(i)->set_weight(weight);
  change.text = tr("Set weight of %1 in %2 to %3").arg(backend, qs(route.name())).arg(weight);
  change.mergeKey = QStringLiteral("ai-weight|%1|%2").arg(qs(route.name()), backend);
  return change;
}

std::optional<ModelRouteChange> AiRouteEdits::moveBackend(const ModelRoute& route,
                                                          const QString& backend, int row,
                                                          bool onto, QString* why) {
  const int i = backendIndex(route, backend);
  if (i < 0) {
    fail(why, tr("%1 has no backend %2.").arg(qs(route.name()), backend));
    return std::nullopt;
  }
  std::vector<Placed> order = placedOf(route);
  const auto from = std::find_if(order.begin(), order.end(),
                                 [&](const Placed& p) { return qs(p.backend.name()) == backend; });
  const int fromRow = static_cast<int>(from - order.begin());
  if (onto && row == fromRow) {
    fail(why, tr("%1 is already there.").arg(backend));
    return std::nullopt;
  }
  Placed moved = *from;
  order.erase(from);
  // Rows after the moved one shift up once it is taken out.
  int at = row > fromRow ? row - 1 : row;
  if (row < 0) at = static_cast<int>(order.size());
  const std::size_t placedAt = place(order, std::move(moved), at, onto);
  fitWeight(order, placedAt);

  ModelRouteChange change;
  change.route = route;
  writeOrder(change.route, order);
  if (change.route.SerializeAsString() == route.SerializeAsString()) {
    fail(why, tr("%1 is already there.").arg(backend));
    return std::nullopt;
  }
  const QString priority = priorityText(change.route, backend);
  change.text = priority == QLatin1String("0")
                    ? tr("Make %1 a first choice of %2").arg(backend, qs(route.name()))
                    : tr("Move %1 to fallback priority %2 in %3").arg(backend, priority, qs(route.name()));
  return change;
}

std::optional<ModelRouteChange> AiRouteEdits::removeBackend(const ModelRoute& route,
                                                            const QString& backend, QString* why) {
  const int i = backendIndex(route, backend);
  if (i < 0) {
    fail(why, tr("%1 has no backend %2.").arg(qs(route.name()), backend));
    return std::nullopt;
  }
  std::vector<Placed> order = placedOf(route);
  order.erase(std::remove_if(order.begin(), order.end(),
                             [&](const Placed& p) { return qs(p.backend.name()) == backend; }),
              order.end());
  ModelRouteChange change;
  change.route = route;
  writeOrder(change.route, order);
  change.text = tr("Remove backend %1 from %2").arg(backend, qs(route.name()));
  return change;
}

}  // namespace meshdesk::app
