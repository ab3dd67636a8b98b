#pragma once
// Repeated Envoy fields as table rows and back, shared by the editors: endpoints (cluster and
// endpoints items), header and query matchers, headers to add. Writing rows back starts from
// the element a row came from (its origin), so fields the table does not show are kept.

#include <QComboBox>
#include <QStringList>

#include <vector>

#include <google/protobuf/descriptor.h>

#include "envoy/config/core/v3/base.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "envoy/config/route/v3/route_components.pb.h"

namespace meshdesk::app {

// address, port, weight, region, zone, priority
std::vector<QStringList> endpointRows(const envoy::config::endpoint::v3::ClusterLoadAssignment& cla);
void setEndpointRows(envoy::config::endpoint::v3::ClusterLoadAssignment& cla,
                     const std::vector<QStringList>& rows, const std::vector<int>& origins);
QStringList endpointColumns();

// name, match (exact, prefix, suffix, contains, regex, present), value, invert (yes/no)
std::vector<QStringList> headerMatcherRows(
    const google::protobuf::RepeatedPtrField<envoy::config::route::v3::HeaderMatcher>& matchers);
void setHeaderMatcherRows(
    google::protobuf::RepeatedPtrField<envoy::config::route::v3::HeaderMatcher>& matchers,
    const std::vector<QStringList>& rows, const std::vector<int>& origins);
// name, match, value
std::vector<QStringList> queryMatcherRows(
    const google::protobuf::RepeatedPtrField<envoy::config::route::v3::QueryParameterMatcher>& m);
void setQueryMatcherRows(
    google::protobuf::RepeatedPtrField<envoy::config::route::v3::QueryParameterMatcher>& m,
    const std::vector<QStringList>& rows, const std::vector<int>& origins);
QStringList matchKinds();

// name, value, append action
std::vector<QStringList> headerOptionRows(
    const google::protobuf::RepeatedPtrField<envoy::config::core::v3::HeaderValueOption>& options);
void setHeaderOptionRows(
    google::protobuf::RepeatedPtrField<envoy::config::core::v3::HeaderValueOption>& options,
    const std::vector<QStringList>& rows, const std::vector<int>& origins);
QStringList appendActions();

// A repeated string field as "a, b, c" and back.
QString joinList(const google::protobuf::RepeatedPtrField<std::string>& values);
void setList(google::protobuf::RepeatedPtrField<std::string>& values, const QString& text);

// The enum's value names, as item text and data.
void fillEnum(QComboBox* combo, const google::protobuf::EnumDescriptor* type);
QString enumName(const google::protobuf::EnumDescriptor* type, int value);
int enumValue(const google::protobuf::EnumDescriptor* type, const QString& name, int fallback = 0);

}  // namespace meshdesk::app
