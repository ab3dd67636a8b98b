#include "models/resource_tree_model.h"

#include <QApplication>
#include <QDataStream>
#include <QIODevice>
#include <QFont>
#include <QMimeData>
#include <QPainter>
#include <QPalette>

#include <unordered_map>

#include "document/resource_edits.h"
#include "editors/ai_route_edits.h"
#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "validate/validate.h"
#include "validation/finding_place.h"

namespace meshdesk::app {

using Level = ResourceRef::Level;
using workspace::Item;
using workspace::Kind;
namespace route = envoy::config::route::v3;
namespace endpoint = envoy::config::endpoint::v3;

const QString ResourceTreeModel::kMimeType = QStringLiteral("application/x-meshdesk-resources");

struct ResourceTreeModel::Node {
  ResourceRef ref;
  QString name;
  QString detail;
  bool branch = false;  // a kind's heading
  Node* parent = nullptr;
  int row = 0;
  std::vector<std::unique_ptr<Node>> children;

  Node* add(const ResourceRef& r, QString n, QString d, bool isBranch = false) {
    auto child = std::make_unique<Node>();
    child->ref = r;
    child->name = std::move(n);
    child->detail = std::move(d);
    child->branch = isBranch;
    child->parent = this;
    child->row = static_cast<int>(children.size());
    children.push_back(std::move(child));
    return children.back().get();
  }
};

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QIcon dot(const QColor& fill) {
  QPixmap pixmap(16, 16);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(fill.darker(140), 1));
  painter.setBrush(fill);
  painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
  return QIcon(pixmap);
}

void addEndpoints(ResourceTreeModel::Node* parent, const endpoint::ClusterLoadAssignment& cla,
                  ResourceRef ref) {
  ref.level = Level::Endpoint;
  for (int l = 0; l < cla.endpoints_size(); ++l) {
    const auto& locality = cla.endpoints(l);
    QStringList place;
    if (!locality.locality().region().empty()) place << qs(locality.locality().region());
    if (!locality.locality().zone().empty()) place << qs(locality.locality().zone());
    if (!locality.locality().sub_zone().empty()) place << qs(locality.locality().sub_zone());
    for (int e = 0; e < locality.lb_endpoints_size(); ++e) {
      const auto& lb = locality.lb_endpoints(e);
      ref.locality = l;
      ref.endpoint = e;
      QStringList detail;
      if (lb.has_load_balancing_weight()) {
        detail << ResourceTree::tr("weight %1").arg(lb.load_balancing_weight().value());
      }
      if (!place.isEmpty()) detail << place.join(QLatin1Char('/'));
      if (locality.priority() > 0) detail << ResourceTree::tr("priority %1").arg(locality.priority());
      parent->add(ref, ResourceTree::endpointLabel(lb), detail.join(QStringLiteral(", ")));
    }
  }
}

}  // namespace

ResourceTreeModel::ResourceTreeModel(WorkspaceDocument& document, QObject* parent)
    : QAbstractItemModel(parent), document_(document) {
  icons_[Fine] = dot(QColor(0x2e, 0xa0, 0x43));
  icons_[Warning] = dot(QColor(0xe5, 0xa5, 0x0a));
  icons_[Error] = dot(QColor(0xc0, 0x1c, 0x28));
  connect(&document_, &WorkspaceDocument::changed, this, &ResourceTreeModel::refresh);
  rebuild();
}

void ResourceTreeModel::refresh() {
  beginResetModel();
  rebuild();
  endResetModel();
}

ResourceTreeModel::~ResourceTreeModel() = default;

void ResourceTreeModel::rebuild() {
  root_ = std::make_unique<Node>();
  byKey_.clear();
  shadowPreview_.clear();
  const workspace::Workspace& ws = document_.workspace();
  const auto& errors = document_.loadErrors();

  if (!errors.empty()) {
    Node* problems = root_->add({}, QStringLiteral("%1 (%2)").arg(ResourceTree::tr("Problems")).arg(errors.size()), {}, true);
    for (int i = 0; i < static_cast<int>(errors.size()); ++i) {
      const auto& e = errors[i];
      ResourceRef ref;
      ref.level = Level::Problem;
      ref.problem = i;
      const QString place = e.line > 0 ? ResourceTree::tr("line %1, column %2").arg(e.line).arg(e.column)
                                       : qs(e.file);
      problems->add(ref, qs(e.path.empty() ? e.message : e.path), place);
    }
  }

  // Endpoints items that belong to an EDS cluster are shown under it too. Found by name through
  // an index made once: a workspace lookup per cluster is quadratic in the cluster count.
  std::unordered_map<std::string, const Item*> endpointsByName;
  for (const Item& item : ws.items(Kind::kEndpoint)) endpointsByName.emplace(item.name(), &item);
  for (const auto& info : workspace::allKinds()) {
    const auto& items = ws.items(info.kind);
    const bool optional = info.kind == Kind::kScopedRoute || info.kind == Kind::kExtensionConfig;
    if (items.empty() && optional) continue;
    Node* kind = root_->add({}, QStringLiteral("%1 (%2)").arg(ResourceTree::kindTitle(info.kind)).arg(items.size()), {}, true);
    kind->ref.kind = info.kind;
    for (const Item& item : items) {
      ResourceRef ref;
      ref.level = Level::Item;
      ref.kind = info.kind;
      ref.name = qs(item.name());
      Node* node = kind->add(ref, ref.name, ResourceTree::itemDetail(item));
      if (info.kind == Kind::kRoute) {
        const auto& config = item.as<route::RouteConfiguration>();
        for (int v = 0; v < config.virtual_hosts_size(); ++v) {
          const auto& host = config.virtual_hosts(v);
          ResourceRef hostRef = ref;
          hostRef.level = Level::VirtualHost;
          hostRef.virtualHost = v;
          QStringList domains;
          for (const auto& d : host.domains()) domains << qs(d);
          Node* hostNode = node->add(hostRef, qs(host.name()), domains.join(QStringLiteral(", ")));
          hostNode->children.reserve(host.routes_size());
          for (int r = 0; r < host.routes_size(); ++r) {
            const auto& rt = host.routes(r);
            ResourceRef routeRef = hostRef;
            routeRef.level = Level::Route;
            routeRef.route = r;
            const QString arrow = QStringLiteral("\u2192 ") + ResourceTree::routeActionText(rt);
            const QString detail = rt.name().empty()
                                       ? arrow
                                       : ResourceTree::routeMatchText(rt) + QLatin1Char(' ') + arrow;
            hostNode->add(routeRef, ResourceTree::routeLabel(rt), detail);
          }
        }
      } else if (info.kind == Kind::kCluster) {
        const auto [homeKind, homeName] = ResourceEdits::endpointHome(item.message());
        if (homeKind == Kind::kCluster) {
          addEndpoints(node, item.as<envoy::config::cluster::v3::Cluster>().load_assignment(), ref);
        } else if (const auto eds = endpointsByName.find(homeName.toStdString()); eds != endpointsByName.end()) {
          ResourceRef edsRef;
          edsRef.kind = Kind::kEndpoint;
          edsRef.name = homeName;
          addEndpoints(node, eds->second->as<endpoint::ClusterLoadAssignment>(), edsRef);
        }
      } else if (info.kind == Kind::kEndpoint) {
        addEndpoints(node, item.as<endpoint::ClusterLoadAssignment>(), ref);
      }
    }
  }

  // Always there, so that a first AI route can be made from it. Its heading's ref is an AI
  // route without an index.
  {
    ResourceRef heading;
    heading.level = Level::AiRoute;
    Node* ai = root_->add(heading, QStringLiteral("%1 (%2)").arg(tr("AI routes")).arg(ws.aiRoutes().size()), {}, true);
    for (int i = 0; i < static_cast<int>(ws.aiRoutes().size()); ++i) {
      const auto& r = ws.aiRoutes()[i];
      ResourceRef ref;
      ref.level = Level::AiRoute;
      ref.problem = i;
      ref.name = r.name.empty() ? QStringLiteral("#%1").arg(i + 1) : qs(r.name);
      QStringList detail;
      if (r.yaml.IsMap() && r.yaml["models"] && r.yaml["models"].IsSequence()) {
        detail << tr("%n model(s)", "", static_cast<int>(r.yaml["models"].size()));
      }
      if (r.yaml.IsMap() && r.yaml["backends"] && r.yaml["backends"].IsSequence()) {
        detail << tr("%n backend(s)", "", static_cast<int>(r.yaml["backends"].size()));
      }
      ai->add(ref, ref.name, detail.join(QStringLiteral(", ")));
    }
  }

  Node* groups = root_->add({}, QStringLiteral("%1 (%2)").arg(ResourceTree::tr("Node groups")).arg(ws.nodeGroups().size()), {}, true);
  for (const auto& group : ws.nodeGroups()) {
    ResourceRef ref;
    ref.level = Level::NodeGroup;
    ref.name = qs(group.name);
    QStringList match;
    if (!group.match.id.empty()) match << ResourceTree::tr("id %1").arg(qs(group.match.id));
    if (!group.match.cluster.empty()) match << ResourceTree::tr("cluster %1").arg(qs(group.match.cluster));
    for (const auto& [key, value] : group.match.metadata) match << QStringLiteral("%1=%2").arg(qs(key), qs(value));
    groups->add(ref, ref.name, match.join(QStringLiteral(", ")));
  }

  // Index every row by its ref (the first row wins: an EDS endpoint shows under its cluster and
  // under Endpoints, and selecting it goes to the cluster).
  std::vector<Node*> stack{root_.get()};
  while (!stack.empty()) {
    Node* node = stack.back();
    stack.pop_back();
    for (auto it = node->children.rbegin(); it != node->children.rend(); ++it) stack.push_back(it->get());
    if (node != root_.get() && !node->branch) {
      const QString key = refKey(node->ref);
      if (!byKey_.contains(key)) byKey_.insert(key, node);
    }
  }
}

ResourceTreeModel::Node* ResourceTreeModel::nodeAt(const QModelIndex& index) const {
  return index.isValid() ? static_cast<Node*>(index.internalPointer()) : root_.get();
}

QModelIndex ResourceTreeModel::indexOfNode(const Node* node, int column) const {
  if (node == nullptr || node == root_.get()) return {};
  return createIndex(node->row, column, const_cast<Node*>(node));
}

QModelIndex ResourceTreeModel::index(int row, int column, const QModelIndex& parent) const {
  const Node* node = nodeAt(parent);
  if (row < 0 || column < 0 || column >= ColumnCount || row >= static_cast<int>(node->children.size())) {
    return {};
  }
  return createIndex(row, column, node->children[row].get());
}

QModelIndex ResourceTreeModel::parent(const QModelIndex& child) const {
  if (!child.isValid()) return {};
  return indexOfNode(nodeAt(child)->parent);
}

int ResourceTreeModel::rowCount(const QModelIndex& parent) const {
  if (parent.isValid() && parent.column() != 0) return 0;
  return static_cast<int>(nodeAt(parent)->children.size());
}

int ResourceTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

int ResourceTreeModel::stateOf(const Node& node) const {
  if (!validated_ || node.branch) return Unchecked;
  const auto it = states_.constFind(refKey(node.ref));
  return it == states_.constEnd() ? Fine : *it;
}

QVariant ResourceTreeModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) return {};
  const Node& node = *nodeAt(index);
  switch (role) {
    case Qt::DisplayRole:
      return index.column() == NameColumn ? node.name : node.detail;
    case Qt::EditRole:
      if (index.column() != NameColumn) return node.detail;
      if (node.ref.level == Level::Route) {
        // A route without a name shows its match; the editor starts empty so a name is typed.
        const auto* m = ResourceTree::message(document_.workspace(), node.ref);
        const auto* r = dynamic_cast<const route::Route*>(m);
        return r != nullptr ? qs(r->name()) : QString();
      }
      return node.name;
    case Qt::ToolTipRole: {
      QString tip = node.detail.isEmpty() ? node.name : node.name + QLatin1Char('\n') + node.detail;
      if (shadowPreview_.contains(refKey(node.ref))) {
        tip += QLatin1Char('\n') + tr("Would never match here: an earlier route catches its requests");
      }
      return tip;
    }
    case Qt::DecorationRole:
      if (index.column() != NameColumn) return {};
      if (int state = stateOf(node); state != Unchecked) return icons_[state];
      return {};
    case Qt::FontRole:
      if (node.branch) {
        QFont bold = QApplication::font();
        bold.setBold(true);
        return bold;
      }
      if (shadowPreview_.contains(refKey(node.ref))) {
        QFont struck = QApplication::font();
        struck.setStrikeOut(true);
        return struck;
      }
      return {};
    case Qt::BackgroundRole:
      if (shadowPreview_.contains(refKey(node.ref))) return QColor(0xe5, 0xa5, 0x0a, 90);
      if (highlighted_.contains(refKey(node.ref))) return QColor(0x2e, 0xa0, 0x43, 80);
      return {};
    case Qt::ForegroundRole:
      if (node.ref.level == Level::Problem) return QColor(0xc0, 0x1c, 0x28);
      return {};
    case kRefRole:
      return QVariant::fromValue(node.ref);
    case kStateRole:
      return stateOf(node);
    case kShadowPreviewRole:
      return shadowPreview_.contains(refKey(node.ref));
    case kHighlightRole:
      return highlighted_.contains(refKey(node.ref));
    default:
      return {};
  }
}

QVariant ResourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  return section == NameColumn ? ResourceTree::tr("Resource") : ResourceTree::tr("Detail");
}

Qt::ItemFlags ResourceTreeModel::flags(const QModelIndex& index) const {
  if (!index.isValid()) return Qt::NoItemFlags;
  const Node& node = *nodeAt(index);
  Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
  switch (node.ref.level) {
    case Level::Route: f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled; break;
    case Level::VirtualHost: f |= Qt::ItemIsDropEnabled; break;
    default: break;
  }
  if (index.column() == NameColumn &&
      (node.ref.level == Level::Item || node.ref.level == Level::VirtualHost ||
       node.ref.level == Level::Route)) {
    f |= Qt::ItemIsEditable;
  }
  if (node.ref.level == Level::AiRoute && !node.branch) {
    // Renamed in place; a provider from the AI route editor's palette is dropped on it.
    f |= Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn) f |= Qt::ItemIsEditable;
  }
  switch (node.ref.level) {
    case Level::Endpoint: f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled; break;
    case Level::Item:
      if (node.ref.kind == Kind::kCluster) f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
      if (node.ref.kind == Kind::kEndpoint) f |= Qt::ItemIsDropEnabled;
      break;
    default: break;
  }
  return f;
}

bool ResourceTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)) return false;
  QString why;
  const ResourceRef ref = refAt(index);
  auto edit = ref.level == Level::AiRoute
                  ? AiRouteEdits::rename(document_.workspace(), ref.problem, value.toString(), &why)
                  : ResourceEdits::rename(document_.workspace(), ref, value.toString(), &why);
  if (!edit) {
    if (!why.isEmpty()) emit renameRefused(why);
    return false;
  }
  const QString text = edit->text;
  const QString error = document_.apply(std::move(*edit));
  if (!error.isEmpty()) {
    emit renameRefused(error);
    return false;
  }
  emit renamed(text);
  return true;
}

Qt::DropActions ResourceTreeModel::supportedDragActions() const {
  return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions ResourceTreeModel::supportedDropActions() const {
  return Qt::MoveAction | Qt::CopyAction;
}

QStringList ResourceTreeModel::mimeTypes() const {
  return {kMimeType, AiProviderPresets::kMimeType};
}

QMimeData* ResourceTreeModel::encode(const QList<ResourceRef>& refs) {
  QByteArray bytes;
  QDataStream out(&bytes, QIODevice::WriteOnly);
  out << static_cast<qint32>(refs.size());
  for (const ResourceRef& r : refs) {
    out << static_cast<qint32>(r.level) << static_cast<qint32>(r.kind) << r.name
        << static_cast<qint32>(r.virtualHost) << static_cast<qint32>(r.route)
        << static_cast<qint32>(r.problem) << static_cast<qint32>(r.locality)
        << static_cast<qint32>(r.endpoint);
  }
  auto* data = new QMimeData;
  data->setData(kMimeType, bytes);
  QStringList names;
  for (const ResourceRef& r : refs) names << r.name;
  data->setText(names.join(QLatin1Char('\n')));
  return data;
}

QList<ResourceRef> ResourceTreeModel::decode(const QMimeData* data) {
  QList<ResourceRef> refs;
  if (data == nullptr || !data->hasFormat(kMimeType)) return refs;
  QDataStream in(data->data(kMimeType));
  qint32 count = 0;
  in >> count;
  for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
    ResourceRef r;
    qint32 level, kind, vh, rt, problem, locality, ep;
    in >> level >> kind >> r.name >> vh >> rt >> problem >> locality >> ep;
    r.level = static_cast<Level>(level);
    r.kind = static_cast<Kind>(kind);
    r.virtualHost = vh;
    r.route = rt;
    r.problem = problem;
    r.locality = locality;
    r.endpoint = ep;
    refs << r;
  }
  return in.status() == QDataStream::Ok ? refs : QList<ResourceRef>{};
}

QMimeData* ResourceTreeModel::mimeData(const QModelIndexList& indexes) const {
  QList<ResourceRef> refs;
  for (const QModelIndex& index : indexes) {
    if (index.column() != NameColumn) continue;
    if (!(flags(index) & Qt::ItemIsDragEnabled)) continue;
    refs << refAt(index);
  }
  if (refs.isEmpty()) return nullptr;
  return encode(refs);
}

std::optional<WorkspaceEdit> ResourceTreeModel::dropEdit(const QMimeData* data,
                                                         Qt::DropAction action, int row,
                                                         const QModelIndex& parent, QString* why,
                                                         QList<ResourceRef>* origins,
                                                         ResourceRef* hostOut) const {
  if (const QString preset = AiProviderPresets::decode(data); !preset.isEmpty()) {
    // A provider from the palette onto an AI route: a backend for it.
    const ResourceRef target = refAt(parent);
    if (!parent.isValid() || row >= 0 || target.level != Level::AiRoute || target.problem < 0) {
      return std::nullopt;
    }
    return AiRouteEdits::addProvider(document_.workspace(), target.problem, preset, why);
  }
  const QList<ResourceRef> refs = decode(data);
  if (refs.isEmpty() || !parent.isValid()) return std::nullopt;
  const ResourceRef target = refAt(parent);
  const workspace::Workspace& ws = document_.workspace();
  const bool copy = action == Qt::CopyAction;
  const Level what = refs.front().level;
  for (const ResourceRef& r : refs) {
    if (r.level != what) return std::nullopt;
  }

  if (what == Level::Route) {
    if (copy) return std::nullopt;
    ResourceRef host;
    int at = row;
    if (target.level == Level::VirtualHost) {
      host = target;
    } else if (target.level == Level::Route && row < 0) {
      host = target;
      host.level = Level::VirtualHost;
      host.route = -1;
      at = target.route;
    } else {
      return std::nullopt;
    }
    if (hostOut != nullptr) *hostOut = host;
    return ResourceEdits::moveRoutes(ws, refs, host, at, why, origins);
  }
  if (what == Level::Item && refs.size() == 1 && refs.front().kind == Kind::kCluster) {
    if (target.level != Level::Route || row >= 0) return std::nullopt;
    const auto* r = dynamic_cast<const route::Route*>(ResourceTree::message(ws, target));
    const bool split = copy || (r != nullptr && r->route().has_weighted_clusters());
    return ResourceEdits::targetCluster(ws, target, refs.front().name, split, why);
  }
  if (what == Level::Endpoint && refs.size() == 1) {
    ResourceRef into = target;
    if (target.level == Level::Endpoint) {
      // Onto another endpoint: into the item that endpoint is in. An EDS endpoint shown under
      // its cluster is in the endpoints item, so the cluster's own home decides.
      into.level = Level::Item;
      into.locality = into.endpoint = -1;
    }
    if (into.level != Level::Item || (into.kind != Kind::kCluster && into.kind != Kind::kEndpoint)) {
      return std::nullopt;
    }
    return ResourceEdits::moveEndpoint(ws, refs.front(), into, copy, why);
  }
  return std::nullopt;
}

bool ResourceTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                        int, const QModelIndex& parent) const {
  return dropEdit(data, action, row, parent).has_value();
}

bool ResourceTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                     const QModelIndex& parent) {
  if (action == Qt::IgnoreAction) return true;
  QString why;
  std::optional<WorkspaceEdit> edit = dropEdit(data, action, row, parent, &why);
  clearPreview();
  if (!edit) {
    if (!why.isEmpty()) emit dropRefused(why);
    return false;
  }
  const QString text = edit->text;
  const QString error = document_.apply(std::move(*edit));
  if (!error.isEmpty()) {
    emit dropRefused(error);
    return false;
  }
  emit dropped(text);
  // The rows were rebuilt from the workspace; there is nothing for the view to remove.
  return false;
}

QList<ResourceRef> ResourceTreeModel::previewDrop(const QMimeData* data, Qt::DropAction action,
                                                  int row, const QModelIndex& parent) {
  QList<ResourceRef> origins;
  ResourceRef host;
  std::optional<WorkspaceEdit> edit = dropEdit(data, action, row, parent, nullptr, &origins, &host);
  QList<ResourceRef> shadowed;
  if (edit && !origins.isEmpty()) {
    // Only the changed route configuration is checked, so this stays quick while dragging.
    workspace::Workspace alone;
    for (const ItemChange& change : edit->changes) {
      if (change.after && change.after->name() == host.name.toStdString()) alone.put(*change.after);
    }
    const QString prefix = QStringLiteral("virtual_hosts[%1].routes[").arg(host.virtualHost);
    for (const validate::Finding& f : validate::validate(alone)) {
      if (f.rule != "route.shadowed") continue;
      const QString path = QString::fromStdString(f.path);
      if (!path.startsWith(prefix)) continue;
      const int at = path.mid(prefix.size()).section(QLatin1Char(']'), 0, 0).toInt();
      if (at >= 0 && at < origins.size()) shadowed << origins[at];
    }
  }
  QSet<QString> keys;
  for (const ResourceRef& r : shadowed) keys.insert(refKey(r));
  if (keys != shadowPreview_) {
    shadowPreview_ = keys;
    emitDataChangedAll({Qt::BackgroundRole, Qt::FontRole, Qt::ToolTipRole, kShadowPreviewRole});
  }
  return shadowed;
}

void ResourceTreeModel::clearPreview() {
  if (shadowPreview_.isEmpty()) return;
  shadowPreview_.clear();
  emitDataChangedAll({Qt::BackgroundRole, Qt::FontRole, Qt::ToolTipRole, kShadowPreviewRole});
}

QModelIndex ResourceTreeModel::indexOf(const ResourceRef& ref, int column) const {
  return indexOfNode(byKey_.value(refKey(ref)), column);
}

ResourceRef ResourceTreeModel::refAt(const QModelIndex& index) {
  return index.data(kRefRole).value<ResourceRef>();
}

void ResourceTreeModel::setFindings(const std::vector<validate::Finding>& findings) {
  states_.clear();
  for (const validate::Finding& f : findings) {
    const FindingPlace place = placeOf(f);
    if (place.ref.level == Level::None) continue;
    const int state = f.severity == validate::Severity::kError ? Error : Warning;
    // The row itself and every row above it down to the item.
    ResourceRef r = place.ref;
    while (true) {
      int& s = states_[refKey(r)];
      s = std::max(s, state);
      if (r.level == Level::Route) {
        r.level = Level::VirtualHost;
        r.route = -1;
      } else if (r.level == Level::VirtualHost || r.level == Level::Endpoint) {
        r.level = Level::Item;
        r.virtualHost = r.locality = r.endpoint = -1;
      } else {
        break;
      }
    }
  }
  validated_ = true;
  emitDataChangedAll({Qt::DecorationRole, kStateRole});
}

void ResourceTreeModel::setHighlighted(const QList<ResourceRef>& refs) {
  QSet<QString> keys;
  for (const ResourceRef& r : refs) keys.insert(refKey(r));
  if (keys == highlighted_) return;
  highlighted_ = keys;
  emitDataChangedAll({Qt::BackgroundRole, kHighlightRole});
}

void ResourceTreeModel::emitDataChangedAll(const QList<int>& roles) {
  std::vector<Node*> stack{root_.get()};
  while (!stack.empty()) {
    Node* node = stack.back();
    stack.pop_back();
    if (node->children.empty()) continue;
    const QModelIndex parent = indexOfNode(node);
    emit dataChanged(index(0, 0, parent),
                     index(static_cast<int>(node->children.size()) - 1, ColumnCount - 1, parent), roles);
    for (auto& child : node->children) {
      if (!child->children.empty()) stack.push_back(child.get());
    }
  }
}

}  // namespace meshdesk::app
