#include "snapshot/type_url.h"

namespace meshdesk::snapshot {

std::string shortTypeName(std::string_view url) {
  using namespace type_url;
  if (url == kListener) return "LDS";
  if (url == kRouteConfiguration) return "RDS";
  if (url == kScopedRouteConfiguration) return "SRDS";
  if (url == kVirtualHost) return "VHDS";
  if (url == kCluster) return "CDS";
  if (url == kClusterLoadAssignment) return "EDS";
  if (url == kSecret) return "SDS";
  if (url == kRuntime) return "RTDS";
  if (url == kExtensionConfig) return "ECDS";
  auto dot = url.rfind('.');
  auto slash = url.rfind('/');
  auto from = dot != std::string_view::npos ? dot + 1 : (slash != std::string_view::npos ? slash + 1 : 0);
  return std::string(url.substr(from));
}

bool isFullStateType(std::string_view url) {
  using namespace type_url;
  return !(url == kRouteConfiguration || url == kClusterLoadAssignment || url == kSecret ||
           url == kVirtualHost || url == kExtensionConfig || url == kRuntime);
}

int aggregatedOrder(std::string_view url) {
  using namespace type_url;
  if (url == kCluster) return 0;
  if (url == kClusterLoadAssignment) return 1;
  if (url == kListener) return 2;
  if (url == kRouteConfiguration) return 3;
  if (url == kScopedRouteConfiguration) return 4;
  if (url == kVirtualHost) return 5;
  if (url == kSecret) return 6;
  if (url == kRuntime) return 7;
  if (url == kExtensionConfig) return 8;
  return 9;
}

const std::vector<std::string>& knownTypeUrls() {
  using namespace type_url;
  static const std::vector<std::string> urls{
      std::string(kCluster), std::string(kClusterLoadAssignment), std::string(kListener),
      std::string(kRouteConfiguration), std::string(kScopedRouteConfiguration),
      std::string(kSecret), std::string(kRuntime), std::string(kExtensionConfig),
      std::string(kModelRoute)};
  return urls;
}

}  // namespace meshdesk::snapshot
