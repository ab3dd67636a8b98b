#include "editors/field_rows.h"

#include <map>
#include <tuple>

namespace meshdesk::app {

namespace endpoint = envoy::config::endpoint::v3;
namespace route = envoy::config::route::v3;
namespace core = envoy::config::core::v3;
using google::protobuf::RepeatedPtrField;

namespace {
QString qstr(const std::string& s) { return QString::fromStdString(s); }
std::string str(const QString& s) { return s.trimmed().toStdString(); }
}  // namespace

QStringList endpointColumns() {
  return {QObject::tr("Address"), QObject::tr("Port"), QObject::tr("Weight"), QObject::tr("Region"),
          QObject::tr("Zone"), QObject::tr("Priority")};
}

std::vector<QStringList> endpointRows(const endpoint::ClusterLoadAssignment& cla) {
  std::vector<QStringList> rows;
  for (const auto& locality : cla.endpoints()) {
    for (const auto& lb : locality.lb_endpoints()) {
      const auto& a = lb.endpoint().address().socket_address();
      rows.push_back({qstr(a.address()), a.port_value() ? QString::number(a.port_value()) : QString(),
                      lb.has_load_balancing_weight() ? QString::number(lb.load_balancing_weight().value()) : QString(),
                      qstr(locality.locality().region()), qstr(locality.locality().zone()),
                      locality.priority() ? QString::number(locality.priority()) : QString()});
    }
  }
  return rows;
}

void setEndpointRows(endpoint::ClusterLoadAssignment& cla, const std::vector<QStringList>& rows,
                     const std::vector<int>& origins) {
  // The endpoints as they were, in row order, to start each row from.
  std::vector<std::pair<const endpoint::LocalityLbEndpoints*, const endpoint::LbEndpoint*>> before;
  const endpoint::ClusterLoadAssignment old = cla;
  for (const auto& locality : old.endpoints()) {
    for (const auto& lb : locality.lb_endpoints()) before.emplace_back(&locality, &lb);
  }
  cla.clear_endpoints();
  std::map<std::tuple<std::string, std::string, std::uint32_t, std::string>, endpoint::LocalityLbEndpoints*> groups;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const QStringList& row = rows[i];
    const int origin = i < origins.size() ? origins[i] : -1;
    endpoint::LbEndpoint lb;
    endpoint::LocalityLbEndpoints shape;
    if (origin >= 0 && origin < static_cast<int>(before.size())) {
      lb = *before[origin].second;
      shape = *before[origin].first;
      shape.clear_lb_endpoints();
    }
    auto* a = lb.mutable_endpoint()->mutable_address()->mutable_socket_address();
    a->set_address(str(row.value(0)));
    a->set_port_value(row.value(1).toUInt());
    if (row.value(2).isEmpty()) {
      lb.clear_load_balancing_weight();
    } else {
      lb.mutable_load_balancing_weight()->set_value(row.value(2).toUInt());
    }
    shape.mutable_locality()->set_region(str(row.value(3)));
    shape.mutable_locality()->set_zone(str(row.value(4)));
    if (shape.locality().ByteSizeLong() == 0) shape.clear_locality();
    shape.set_priority(row.value(5).toUInt());
    const auto key = std::make_tuple(shape.locality().region(), shape.locality().zone(),
                                     shape.priority(), shape.locality().sub_zone());
    auto& group = groups[key];
    if (group == nullptr) {
      group = cla.add_endpoints();
      group->CopyFrom(shape);
    }
    group->add_lb_endpoints()->CopyFrom(lb);
  }
}

QStringList matchKinds() {
  return {QStringLiteral("exact"), QStringLiteral("prefix"), QStringLiteral("suffix"),
          QStringLiteral("contains"), QStringLiteral("regex"), QStringLiteral("present")};
}

namespace {

std::pair<QString, QString> describe(const envoy::type::matcher::v3::StringMatcher& m) {
  using SM = envoy::type::matcher::v3::StringMatcher;
  switch (m.match_pattern_case()) {
    case SM::kExact: return {QStringLiteral("exact"), qstr(m.exact())};
    case SM::kPrefix: return {QStringLiteral("prefix"), qstr(m.prefix())};
    case SM::kSuffix: return {QStringLiteral("suffix"), qstr(m.suffix())};
    case SM::kContains: return {QStringLiteral("contains"), qstr(m.contains())};
    case SM::kSafeRegex: return {QStringLiteral("regex"), qstr(m.safe_regex().regex())};
    default: return {QStringLiteral("exact"), QString()};
  }
}

void write(envoy::type::matcher::v3::StringMatcher& m, const QString& kind, const QString& value) {
  const bool ignoreCase = m.ignore_case();
  m.Clear();
  m.set_ignore_case(ignoreCase);
  const std::string v = value.toStdString();
  if (kind == QLatin1String("prefix")) m.set_prefix(v);
  else if (kind == QLatin1String("suffix")) m.set_suffix(v);
  else if (kind == QLatin1String("contains")) m.set_contains(v);
  else if (kind == QLatin1String("regex")) m.mutable_safe_regex()->set_regex(v);
  else m.set_exact(v);
}

}  // namespace

std::vector<QStringList> headerMatcherRows(const RepeatedPtrField<route::HeaderMatcher>& matchers) {
  std::vector<QStringList> rows;
  for (const auto& h : matchers) {
    QString kind = QStringLiteral("exact");
    QString value;
    switch (h.header_match_specifier_case()) {
      case route::HeaderMatcher::kStringMatch: std::tie(kind, value) = describe(h.string_match()); break;
      case route::HeaderMatcher::kPresentMatch: kind = QStringLiteral("present"); break;
      case route::HeaderMatcher::kExactMatch: value = qstr(h.exact_match()); break;
      case route::HeaderMatcher::kPrefixMatch: kind = QStringLiteral("prefix"); value = qstr(h.prefix_match()); break;
      case route::HeaderMatcher::kSuffixMatch: kind = QStringLiteral("suffix"); value = qstr(h.suffix_match()); break;
      case route::HeaderMatcher::kContainsMatch: kind = QStringLiteral("contains"); value = qstr(h.contains_match()); break;
      case route::HeaderMatcher::kSafeRegexMatch: kind = QStringLiteral("regex"); value = qstr(h.safe_regex_match().regex()); break;
      default: break;
    }
    rows.push_back({qstr(h.name()), kind, value, h.invert_match() ? QStringLiteral("yes") : QStringLiteral("no")});
  }
  return rows;
}

void setHeaderMatcherRows(RepeatedPtrField<route::HeaderMatcher>& matchers,
                          const std::vector<QStringList>& rows, const std::vector<int>& origins) {
  const RepeatedPtrField<route::HeaderMatcher> old = matchers;
  matchers.Clear();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const int origin = i < origins.size() ? origins[i] : -1;
    route::HeaderMatcher h;
    if (origin >= 0 && origin < old.size()) h = old.Get(origin);
    h.set_name(str(rows[i].value(0)));
    const QString kind = rows[i].value(1);
    if (kind == QLatin1String("present")) {
      h.set_present_match(true);
    } else {
      write(*h.mutable_string_match(), kind, rows[i].value(2));
    }
    h.set_invert_match(rows[i].value(3) == QLatin1String("yes"));
    *matchers.Add() = h;
  }
}

std::vector<QStringList> queryMatcherRows(const RepeatedPtrField<route::QueryParameterMatcher>& m) {
  std::vector<QStringList> rows;
  for (const auto& q : m) {
    QString kind = QStringLiteral("exact");
    QString value;
    if (q.has_present_match()) kind = QStringLiteral("present");
    else if (q.has_string_match()) std::tie(kind, value) = describe(q.string_match());
    rows.push_back({qstr(q.name()), kind, value});
  }
  return rows;
}

void setQueryMatcherRows(RepeatedPtrField<route::QueryParameterMatcher>& m,
                         const std::vector<QStringList>& rows, const std::vector<int>& origins) {
  const RepeatedPtrField<route::QueryParameterMatcher> old = m;
  m.Clear();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const int origin = i < origins.size() ? origins[i] : -1;
    route::QueryParameterMatcher q;
    if (origin >= 0 && origin < old.size()) q = old.Get(origin);
    q.set_name(str(rows[i].value(0)));
    if (rows[i].value(1) == QLatin1String("present")) {
      q.set_present_match(true);
    } else {
      write(*q.mutable_string_match(), rows[i].value(1), rows[i].value(2));
    }
    *m.Add() = q;
  }
}

QStringList appendActions() {
  QStringList names;
  const auto* type = core::HeaderValueOption::HeaderAppendAction_descriptor();
  for (int i = 0; i < type->value_count(); ++i) names << qstr(type->value(i)->name());
  return names;
}

std::vector<QStringList> headerOptionRows(const RepeatedPtrField<core::HeaderValueOption>& options) {
  std::vector<QStringList> rows;
  for (const auto& o : options) {
    rows.push_back({qstr(o.header().key()), qstr(o.header().value()),
                    qstr(core::HeaderValueOption::HeaderAppendAction_Name(o.append_action()))});
  }
  return rows;
}

void setHeaderOptionRows(RepeatedPtrField<core::HeaderValueOption>& options,
                         const std::vector<QStringList>& rows, const std::vector<int>& origins) {
  const RepeatedPtrField<core::HeaderValueOption> old = options;
  options.Clear();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const int origin = i < origins.size() ? origins[i] : -1;
    core::HeaderValueOption o;
    if (origin >= 0 && origin < old.size()) o = old.Get(origin);
    o.mutable_header()->set_key(str(rows[i].value(0)));
    o.mutable_header()->set_value(rows[i].value(1).toStdString());
    core::HeaderValueOption::HeaderAppendAction action{};
    if (core::HeaderValueOption::HeaderAppendAction_Parse(str(rows[i].value(2)), &action)) {
      o.set_append_action(action);
    }
    *options.Add() = o;
  }
}

QString joinList(const RepeatedPtrField<std::string>& values) {
  QStringList out;
  for (const auto& v : values) out << qstr(v);
  return out.join(QStringLiteral(", "));
}

void setList(RepeatedPtrField<std::string>& values, const QString& text) {
  values.Clear();
  for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    if (!part.trimmed().isEmpty()) *values.Add() = part.trimmed().toStdString();
  }
}

void fillEnum(QComboBox* combo, const google::protobuf::EnumDescriptor* type) {
  for (int i = 0; i < type->value_count(); ++i) {
    const QString name = qstr(type->value(i)->name());
    combo->addItem(name, name);
  }
}

QString enumName(const google::protobuf::EnumDescriptor* type, int value) {
  const auto* v = type->FindValueByNumber(value);
  return v ? qstr(v->name()) : QString::number(value);
}

int enumValue(const google::protobuf::EnumDescriptor* type, const QString& name, int fallback) {
  const auto* v = type->FindValueByName(name.toStdString());
  return v ? v->number() : fallback;
}

}  // namespace meshdesk::app
