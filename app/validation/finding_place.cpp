#include "validation/finding_place.h"

#include <QRegularExpression>

namespace meshdesk::app {

using Level = ResourceRef::Level;
using workspace::Kind;

FindingPlace placeOf(const validate::Finding& finding) {
  FindingPlace place;
  // An AI route's finding (rule ai_route): its path starts at the top of the file.
  static const QRegularExpression aiRoute(QStringLiteral(R"(^ai_routes\[(\d+)\](?:\.(.*))?$)"));
  if (!finding.kind) {
    const auto m = aiRoute.match(QString::fromStdString(finding.path));
    if (!m.hasMatch()) return place;
    place.ref.level = Level::AiRoute;
    place.ref.problem = m.captured(1).toInt();
    place.ref.name = finding.resource.empty() ? QStringLiteral("#%1").arg(place.ref.problem + 1)
                                              : QString::fromStdString(finding.resource);
    place.field = m.captured(2);
    return place;
  }
  if (finding.resource.empty()) return place;
  place.ref.level = Level::Item;
  place.ref.kind = *finding.kind;
  place.ref.name = QString::fromStdString(finding.resource);
  QString path = QString::fromStdString(finding.path);
  static const QRegularExpression route(
      QStringLiteral(R"(^virtual_hosts\[(\d+)\](?:\.routes\[(\d+)\])?(?:\.(.*))?$)"));
  static const QRegularExpression endpoint(
      QStringLiteral(R"(^(?:load_assignment\.)?endpoints\[(\d+)\]\.lb_endpoints\[(\d+)\](?:\.(.*))?$)"));
  if (place.ref.kind == Kind::kRoute) {
    const auto m = route.match(path);
    if (m.hasMatch()) {
      place.ref.level = Level::VirtualHost;
      place.ref.virtualHost = m.captured(1).toInt();
      if (!m.captured(2).isEmpty()) {
        place.ref.level = Level::Route;
        place.ref.route = m.captured(2).toInt();
      }
      place.field = m.captured(3);
      return place;
    }
  }
  if (place.ref.kind == Kind::kCluster || place.ref.kind == Kind::kEndpoint) {
    const bool inCluster = path.startsWith(QLatin1String("load_assignment."));
    if (inCluster == (place.ref.kind == Kind::kCluster)) {
      const auto m = endpoint.match(path);
      if (m.hasMatch()) {
        place.ref.level = Level::Endpoint;
        place.ref.locality = m.captured(1).toInt();
        place.ref.endpoint = m.captured(2).toInt();
        place.field = m.captured(3);
        return place;
      }
    }
  }
  place.field = path;
  return place;
}

QString refKey(const ResourceRef& ref) {
  return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
      .arg(static_cast<int>(ref.level))
      .arg(static_cast<int>(ref.kind))
      .arg(ref.name)
      .arg(ref.virtualHost)
      .arg(ref.route)
      .arg(ref.problem)
      .arg(ref.locality)
      .arg(ref.endpoint);
}

}  // namespace meshdesk::app
