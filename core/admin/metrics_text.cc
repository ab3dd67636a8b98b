#include <sstream>

#include "admin/admin_server.h"
#include "snapshot/type_url.h"

namespace meshdesk::admin {

namespace {
void histogram(std::ostringstream& out, const char* name, const char* help,
               const fleet::LatencyHistogram& h) {
  out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << " histogram\n";
  for (std::size_t i = 0; i < fleet::LatencyHistogram::kBounds.size(); ++i)
    out << name << "_bucket{le=\"" << fleet::LatencyHistogram::kBounds[i] << "\"} "
        << h.cumulative(i) << '\n';
  out << name << "_bucket{le=\"+Inf\"} " << h.count() << '\n';
  out << name << "_sum " << h.sum() << '\n' << name << "_count " << h.count() << '\n';
}
}  // namespace

std::string metricsText(const fleet::FleetRegistry& fleet, const xds::ServerStats& stats) {
  auto totals = fleet.totals();
  auto proxies = fleet.proxies();
  std::ostringstream out;
  out << "# HELP meshdesk_xds_streams_active Open xDS streams.\n"
      << "# TYPE meshdesk_xds_streams_active gauge\n"
      << "meshdesk_xds_streams_active " << stats.streamsActive << '\n'
      << "# HELP meshdesk_xds_streams_total xDS streams opened since start.\n"
      << "# TYPE meshdesk_xds_streams_total counter\n"
      << "meshdesk_xds_streams_total " << stats.streamsOpened << '\n'
      << "# HELP meshdesk_xds_pushes_total Snapshot changes pushed to the streams.\n"
      << "# TYPE meshdesk_xds_pushes_total counter\n"
      << "meshdesk_xds_pushes_total " << stats.pushes << '\n'
      << "# HELP meshdesk_proxies_connected Connected proxies.\n"
      << "# TYPE meshdesk_proxies_connected gauge\n"
      << "meshdesk_proxies_connected " << proxies.size() << '\n';

  auto perType = [&](const char* name, const char* help, auto field) {
    out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << " counter\n";
    for (const auto& [url, t] : totals.byType)
      out << name << "{type=\"" << snapshot::shortTypeName(url) << "\"} " << field(t) << '\n';
  };
  perType("meshdesk_xds_responses_total", "Responses sent, by resource type.",
          [](const fleet::TypeTotals& t) { return t.responses; });
  perType("meshdesk_xds_acks_total", "ACKs received, by resource type.",
          [](const fleet::TypeTotals& t) { return t.acks; });
  perType("meshdesk_xds_nacks_total", "NACKs received, by resource type.",
          [](const fleet::TypeTotals& t) { return t.nacks; });

  std::map<std::string, int> nacked;
  for (const auto& p : proxies)
    for (const auto& [url, t] : p.types)
      if (t.status == fleet::SyncStatus::Nacked) ++nacked[snapshot::shortTypeName(url)];
  out << "# HELP meshdesk_proxies_nacked Proxies whose latest response of a type was NACKed.\n"
      << "# TYPE meshdesk_proxies_nacked gauge\n";
  for (const auto& [type, n] : nacked)
    out << "meshdesk_proxies_nacked{type=\"" << type << "\"} " << n << '\n';

  histogram(out, "meshdesk_xds_push_latency_seconds",
            "Time from a publish to a response carrying it.", totals.pushLatency);
  histogram(out, "meshdesk_xds_convergence_latency_seconds",
            "Time from a publish to a proxy's ACK of it.", totals.convergenceLatency);
  return out.str();
}

}  // namespace meshdesk::admin
