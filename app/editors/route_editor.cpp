#include "editors/route_editor.h"

#include <QGroupBox>

#include "editors/field_rows.h"
#include "envoy/config/route/v3/route_components.pb.h"
#include "workspace/resource_kind.h"

namespace meshdesk::app {

namespace route = envoy::config::route::v3;
using Route = route::Route;

namespace {

QString matchKindOf(const Route& r) {
  switch (r.match().path_specifier_case()) {
    case route::RouteMatch::kPath: return QStringLiteral("path");
    case route::RouteMatch::kSafeRegex: return QStringLiteral("safe_regex");
    case route::RouteMatch::kPathSeparatedPrefix: return QStringLiteral("path_separated_prefix");
    default: return QStringLiteral("prefix");
  }
}

QString matchValueOf(const Route& r) {
  const auto& m = r.match();
  switch (m.path_specifier_case()) {
    case route::RouteMatch::kPrefix: return qs(m.prefix());
    case route::RouteMatch::kPath: return qs(m.path());
    case route::RouteMatch::kSafeRegex: return qs(m.safe_regex().regex());
    case route::RouteMatch::kPathSeparatedPrefix: return qs(m.path_separated_prefix());
    default: return {};
  }
}

void setMatch(Route& r, const QString& kind, const QString& value) {
  auto* m = r.mutable_match();
  const std::string v = value.toStdString();
  if (kind == QLatin1String("path")) m->set_path(v);
  else if (kind == QLatin1String("safe_regex")) m->mutable_safe_regex()->set_regex(v);
  else if (kind == QLatin1String("path_separated_prefix")) m->set_path_separated_prefix(v);
  else m->set_prefix(v);
}

QString actionKindOf(const Route& r) {
  switch (r.action_case()) {
    case Route::kRedirect: return QStringLiteral("redirect");
    case Route::kDirectResponse: return QStringLiteral("direct_response");
    case Route::kRoute:
      return r.route().has_weighted_clusters() ? QStringLiteral("weighted_clusters")
                                                : QStringLiteral("cluster");
    default: return QStringLiteral("cluster");
  }
}

}  // namespace

RouteEditor::RouteEditor(QWidget* parent) : ResourceEditor(parent) {
  QFormLayout* general = section(tr("Route"));
  text<Route>(row(general, tr("&Name:"), new QLineEdit(this), QStringLiteral("name")),
              QStringLiteral("name"), tr("name"),
              [](const Route& r) { return qs(r.name()); },
              [](Route& r, const QString& v) { r.set_name(v.toStdString()); });

  QFormLayout* match = section(tr("Match"));
  matchKind_ = row(match, tr("Match &by:"), new QComboBox(this), QStringLiteral("match"));
  matchKind_->addItem(tr("path prefix"), QStringLiteral("prefix"));
  matchKind_->addItem(tr("exact path"), QStringLiteral("path"));
  matchKind_->addItem(tr("safe regex"), QStringLiteral("safe_regex"));
  matchKind_->addItem(tr("path-separated prefix"), QStringLiteral("path_separated_prefix"));
  choice<Route>(matchKind_, QStringLiteral("match"), tr("match kind"), matchKindOf,
                [](Route& r, const QString& kind) { setMatch(r, kind, matchValueOf(r)); });
  matchValue_ = row(match, tr("&Path:"), new QLineEdit(this), QStringLiteral("match.prefix"));
  registerField(QStringLiteral("match.path"), matchValue_);
  registerField(QStringLiteral("match.safe_regex"), matchValue_);
  registerField(QStringLiteral("match.path_separated_prefix"), matchValue_);
  text<Route>(matchValue_, QStringLiteral("match.prefix"), tr("match"), matchValueOf,
              [](Route& r, const QString& v) { setMatch(r, matchKindOf(r), v); });
  auto* caseSensitive = row(match, QString(), new QCheckBox(tr("&Case sensitive"), this),
                            QStringLiteral("match.case_sensitive"));
  flag<Route>(caseSensitive, QStringLiteral("match.case_sensitive"), tr("case sensitivity"),
              [](const Route& r) { return !r.match().has_case_sensitive() || r.match().case_sensitive().value(); },
              [](Route& r, bool on) {
                if (on) r.mutable_match()->clear_case_sensitive();
                else r.mutable_match()->mutable_case_sensitive()->set_value(false);
              });
  headers_ = row(match, tr("&Headers:"),
                 new RowsTable({tr("Name"), tr("Match"), tr("Value"), tr("Invert")}, this),
                 QStringLiteral("match.headers"));
  headers_->setChoices(1, matchKinds());
  headers_->setChoices(3, {QStringLiteral("no"), QStringLiteral("yes")});
  headers_->setDefaults({QStringLiteral("x-header"), QStringLiteral("exact"), QString(), QStringLiteral("no")});
  rows<Route>(headers_, QStringLiteral("match.headers"), tr("header matchers"),
              [](const Route& r) { return headerMatcherRows(r.match().headers()); },
              [](Route& r, const auto& rows, const auto& origins) {
                setHeaderMatcherRows(*r.mutable_match()->mutable_headers(), rows, origins);
              });
  auto* query = row(match, tr("&Query parameters:"),
                    new RowsTable({tr("Name"), tr("Match"), tr("Value")}, this),
                    QStringLiteral("match.query_parameters"));
  query->setChoices(1, matchKinds());
  query->setDefaults({QStringLiteral("param"), QStringLiteral("exact"), QString()});
  rows<Route>(query, QStringLiteral("match.query_parameters"), tr("query parameter matchers"),
              [](const Route& r) { return queryMatcherRows(r.match().query_parameters()); },
              [](Route& r, const auto& rows, const auto& origins) {
                setQueryMatcherRows(*r.mutable_match()->mutable_query_parameters(), rows, origins);
              });

  actionForm_ = section(tr("Action"));
  actionKind_ = row(actionForm_, tr("&Action:"), new QComboBox(this), QStringLiteral("route"));
  actionKind_->addItem(tr("forward to a cluster"), QStringLiteral("cluster"));
  actionKind_->addItem(tr("split across clusters"), QStringLiteral("weighted_clusters"));
  actionKind_->addItem(tr("redirect"), QStringLiteral("redirect"));
  actionKind_->addItem(tr("direct response"), QStringLiteral("direct_response"));
  choice<Route>(actionKind_, QStringLiteral("action"), tr("action"), actionKindOf,
                [](Route& r, const QString& kind) {
                  const std::string current = r.has_route() ? r.route().cluster() : std::string();
                  if (kind == QLatin1String("cluster")) {
                    std::string target = current;
                    if (target.empty() && r.route().has_weighted_clusters() &&
                        r.route().weighted_clusters().clusters_size() > 0) {
                      target = r.route().weighted_clusters().clusters(0).name();
                    }
                    r.mutable_route()->set_cluster(target);
                  } else if (kind == QLatin1String("weighted_clusters")) {
                    auto* split = r.mutable_route()->mutable_weighted_clusters();
                    if (split->clusters_size() == 0) {
                      auto* c = split->add_clusters();
                      c->set_name(current);
                      c->mutable_weight()->set_value(100);
                    }
                  } else if (kind == QLatin1String("redirect")) {
                    r.mutable_redirect();
                  } else {
                    r.mutable_direct_response()->set_status(200);
                  }
                });
  cluster_ = new QComboBox(this);
  cluster_->setEditable(true);
  cluster_->setInsertPolicy(QComboBox::NoInsert);
  row(actionForm_, tr("&Cluster:"), cluster_, QStringLiteral("route.cluster"));
  choice<Route>(cluster_, QStringLiteral("route.cluster"), tr("cluster"),
                [](const Route& r) { return qs(r.route().cluster()); },
                [](Route& r, const QString& v) { r.mutable_route()->set_cluster(v.toStdString()); });
  clusterRows_ << cluster_;
  weighted_ = row(actionForm_, tr("&Weighted clusters:"),
                  new RowsTable({tr("Cluster"), tr("Weight")}, this),
                  QStringLiteral("route.weighted_clusters"));
  weighted_->setDefaults({QString(), QStringLiteral("1")});
  rows<Route>(weighted_, QStringLiteral("route.weighted_clusters"), tr("weighted clusters"),
              [](const Route& r) {
                std::vector<QStringList> out;
                for (const auto& c : r.route().weighted_clusters().clusters()) {
                  out.push_back({qs(c.name()), QString::number(c.weight().value())});
                }
                return out;
              },
              [](Route& r, const std::vector<QStringList>& rows, const std::vector<int>& origins) {
                auto* split = r.mutable_route()->mutable_weighted_clusters();
                const auto old = split->clusters();
                split->clear_clusters();
                for (std::size_t i = 0; i < rows.size(); ++i) {
                  auto* c = split->add_clusters();
                  if (origins[i] >= 0 && origins[i] < old.size()) c->CopyFrom(old.Get(origins[i]));
                  c->set_name(rows[i].value(0).toStdString());
                  c->mutable_weight()->set_value(rows[i].value(1).toUInt());
                }
              });
  weightedRows_ << weighted_;

  auto* host = row(actionForm_, tr("Redirect &host:"), new QLineEdit(this), QStringLiteral("redirect.host_redirect"));
  text<Route>(host, QStringLiteral("redirect.host_redirect"), tr("redirect host"),
              [](const Route& r) { return qs(r.redirect().host_redirect()); },
              [](Route& r, const QString& v) { r.mutable_redirect()->set_host_redirect(v.toStdString()); });
  auto* path = row(actionForm_, tr("Redirect &path:"), new QLineEdit(this), QStringLiteral("redirect.path_redirect"));
  text<Route>(path, QStringLiteral("redirect.path_redirect"), tr("redirect path"),
              [](const Route& r) { return qs(r.redirect().path_redirect()); },
              [](Route& r, const QString& v) { r.mutable_redirect()->set_path_redirect(v.toStdString()); });
  auto* code = row(actionForm_, tr("Response &code:"), new QComboBox(this), QStringLiteral("redirect.response_code"));
  fillEnum(code, route::RedirectAction::RedirectResponseCode_descriptor());
  choice<Route>(code, QStringLiteral("redirect.response_code"), tr("redirect code"),
                [](const Route& r) { return enumName(route::RedirectAction::RedirectResponseCode_descriptor(), r.redirect().response_code()); },
                [](Route& r, const QString& v) {
                  r.mutable_redirect()->set_response_code(static_cast<route::RedirectAction::RedirectResponseCode>(
                      enumValue(route::RedirectAction::RedirectResponseCode_descriptor(), v)));
                });
  auto* https = row(actionForm_, QString(), new QCheckBox(tr("Redirect to &HTTPS"), this), QStringLiteral("redirect.https_redirect"));
  flag<Route>(https, QStringLiteral("redirect.https_redirect"), tr("HTTPS redirect"),
              [](const Route& r) { return r.redirect().https_redirect(); },
              [](Route& r, bool on) {
                if (on) r.mutable_redirect()->set_https_redirect(true);
                else r.mutable_redirect()->clear_scheme_rewrite_specifier();
              });
  redirectRows_ << host << path << code << https;

  auto* status = row(actionForm_, tr("&Status:"), new QSpinBox(this), QStringLiteral("direct_response.status"));
  status->setRange(100, 599);
  number<Route>(status, QStringLiteral("direct_response.status"), tr("response status"),
                [](const Route& r) { return static_cast<int>(r.direct_response().status()); },
                [](Route& r, int v) { r.mutable_direct_response()->set_status(v); });
  auto* body = row(actionForm_, tr("&Body:"), new QLineEdit(this), QStringLiteral("direct_response.body"));
  text<Route>(body, QStringLiteral("direct_response.body"), tr("response body"),
              [](const Route& r) { return qs(r.direct_response().body().inline_string()); },
              [](Route& r, const QString& v) {
                if (v.isEmpty()) r.mutable_direct_response()->clear_body();
                else r.mutable_direct_response()->mutable_body()->set_inline_string(v.toStdString());
              });
  directRows_ << status << body;

  forwardForm_ = section(tr("Forwarding"));
  timeout_ = row(forwardForm_, tr("&Timeout:"), new QLineEdit(this), QStringLiteral("route.timeout"));
  duration<Route>(timeout_, QStringLiteral("route.timeout"), tr("timeout"),
                  [](const Route& r) { return r.route().has_timeout() ? &r.route().timeout() : nullptr; },
                  [](Route& r) { return r.mutable_route()->mutable_timeout(); },
                  [](Route& r) { r.mutable_route()->clear_timeout(); });
  auto* rewrite = row(forwardForm_, tr("Prefix &rewrite:"), new QLineEdit(this), QStringLiteral("route.prefix_rewrite"));
  text<Route>(rewrite, QStringLiteral("route.prefix_rewrite"), tr("prefix rewrite"),
              [](const Route& r) { return qs(r.route().prefix_rewrite()); },
              [](Route& r, const QString& v) { r.mutable_route()->set_prefix_rewrite(v.toStdString()); });
  auto* retryOn = row(forwardForm_, tr("Retry &on:"), new QLineEdit(this), QStringLiteral("route.retry_policy.retry_on"));
  retryOn->setPlaceholderText(QStringLiteral("5xx,reset,connect-failure"));
  text<Route>(retryOn, QStringLiteral("route.retry_policy.retry_on"), tr("retry on"),
              [](const Route& r) { return qs(r.route().retry_policy().retry_on()); },
              [](Route& r, const QString& v) {
                if (v.isEmpty() && !r.route().retry_policy().has_num_retries()) r.mutable_route()->clear_retry_policy();
                else r.mutable_route()->mutable_retry_policy()->set_retry_on(v.toStdString());
              });
  auto* retries = row(forwardForm_, tr("&Retries:"), new QSpinBox(this), QStringLiteral("route.retry_policy.num_retries"));
  retries->setRange(0, 100);
  retries->setSpecialValueText(tr("default"));
  number<Route>(retries, QStringLiteral("route.retry_policy.num_retries"), tr("retries"),
                [](const Route& r) { return static_cast<int>(r.route().retry_policy().num_retries().value()); },
                [](Route& r, int v) {
                  if (v == 0) r.mutable_route()->mutable_retry_policy()->clear_num_retries();
                  else r.mutable_route()->mutable_retry_policy()->mutable_num_retries()->set_value(v);
                });
  auto* perTry = row(forwardForm_, tr("Per-try timeout:"), new QLineEdit(this), QStringLiteral("route.retry_policy.per_try_timeout"));
  duration<Route>(perTry, QStringLiteral("route.retry_policy.per_try_timeout"), tr("per-try timeout"),
                  [](const Route& r) { return r.route().retry_policy().has_per_try_timeout() ? &r.route().retry_policy().per_try_timeout() : nullptr; },
                  [](Route& r) { return r.mutable_route()->mutable_retry_policy()->mutable_per_try_timeout(); },
                  [](Route& r) { r.mutable_route()->mutable_retry_policy()->clear_per_try_timeout(); });
  forwardRows_ << timeout_ << rewrite << retryOn << retries << perTry;

  QFormLayout* headersForm = section(tr("Headers"));
  auto headerTable = [&](const QString& label, const QString& field, const QString& what, auto get, auto mut) {
    auto* table = row(headersForm, label, new RowsTable({tr("Name"), tr("Value"), tr("Append action")}, this), field);
    table->setChoices(2, appendActions());
    table->setDefaults({QStringLiteral("x-header"), QString(), appendActions().value(0)});
    rows<Route>(table, field, what,
                [get](const Route& r) { return headerOptionRows(get(r)); },
                [mut](Route& r, const auto& rows, const auto& origins) { setHeaderOptionRows(*mut(r), rows, origins); });
  };
  headerTable(tr("Request headers to &add:"), QStringLiteral("request_headers_to_add"), tr("request headers to add"),
              [](const Route& r) -> const auto& { return r.request_headers_to_add(); },
              [](Route& r) { return r.mutable_request_headers_to_add(); });
  auto* requestRemove = row(headersForm, tr("Request headers to remove:"), new QLineEdit(this), QStringLiteral("request_headers_to_remove"));
  text<Route>(requestRemove, QStringLiteral("request_headers_to_remove"), tr("request headers to remove"),
              [](const Route& r) { return joinList(r.request_headers_to_remove()); },
              [](Route& r, const QString& v) { setList(*r.mutable_request_headers_to_remove(), v); });
  headerTable(tr("Response headers to a&dd:"), QStringLiteral("response_headers_to_add"), tr("response headers to add"),
              [](const Route& r) -> const auto& { return r.response_headers_to_add(); },
              [](Route& r) { return r.mutable_response_headers_to_add(); });
  auto* responseRemove = row(headersForm, tr("Response headers to remove:"), new QLineEdit(this), QStringLiteral("response_headers_to_remove"));
  text<Route>(responseRemove, QStringLiteral("response_headers_to_remove"), tr("response headers to remove"),
              [](const Route& r) { return joinList(r.response_headers_to_remove()); },
              [](Route& r, const QString& v) { setList(*r.mutable_response_headers_to_remove(), v); });
}

void RouteEditor::loaded(const google::protobuf::Message& message) {
  const auto& r = dynamic_cast<const Route&>(message);
  // The cluster names of the workspace, keeping what the route names even if it is not one.
  const QString target = qs(r.route().cluster());
  cluster_->clear();
  for (const QString& name : names(static_cast<int>(workspace::Kind::kCluster))) cluster_->addItem(name, name);
  const int at = cluster_->findData(target);
  if (at >= 0) cluster_->setCurrentIndex(at);
  else cluster_->setEditText(target);

  const QString kind = actionKindOf(r);
  const bool forwards = kind == QLatin1String("cluster") || kind == QLatin1String("weighted_clusters");
  auto show = [this](const QList<QWidget*>& widgets, QFormLayout* form, bool visible) {
    for (QWidget* w : widgets) form->setRowVisible(w, visible);
  };
  show(clusterRows_, actionForm_, kind == QLatin1String("cluster"));
  show(weightedRows_, actionForm_, kind == QLatin1String("weighted_clusters"));
  show(redirectRows_, actionForm_, kind == QLatin1String("redirect"));
  show(directRows_, actionForm_, kind == QLatin1String("direct_response"));
  show(forwardRows_, forwardForm_, forwards);
}

}  // namespace meshdesk::app
