#pragma once
// The "Fleet charts" pane, live from the FleetTimeline once a second:
//   Versions      pushed and ACKed version over the last ten minutes (steps, at most 200 of
//                 them drawn), for a node group or the selected proxy
//   ACK / NACK    ACKs and NACKs per second, last five minutes
//   Convergence   histogram of publish-to-last-ACK time over the proxies, for one of the
//                 last 32 versions
//   Connected     connected proxies over time, last hour
// Each chart exports as PNG and its data as CSV. Each title's tooltip says what the chart keeps.

#include <QDockWidget>

#include <array>
#include <string>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QToolButton;

namespace meshdesk::app {

class FleetTimeline;

class FleetChartsDock : public QDockWidget {
  Q_OBJECT

 public:
  enum Chart { Versions, Rates, Convergence, Connected, ChartCount };

  FleetChartsDock(FleetTimeline& timeline, QWidget* parent = nullptr);

  // The proxy whose versions "Selected proxy" shows.
  void setSelectedNode(const QString& nodeId);
  // Redraws every chart from the timeline (when shown).
  void refresh();

  // Writes the chart as a PNG image / its data as CSV. "" or what went wrong.
  QString exportPng(Chart chart, const QString& path) const;
  QString exportCsv(Chart chart, const QString& path) const;
  QString csv(Chart chart) const;
  QChartView* view(Chart chart) const { return views_[chart]; }
  QComboBox* versionsScope() const { return scope_; }
  QComboBox* convergenceVersion() const { return version_; }

 protected:
  void changeEvent(QEvent* event) override;
  // Hidden (closed, or behind another tab), it does not redraw; shown, it catches up at once.
  void showEvent(QShowEvent* event) override;

 private:
  QWidget* panel(Chart chart, QWidget* extra);
  void refreshVersions();
  void refreshRates();
  void refreshConvergence();
  void refreshConnected();
  void refreshChoices();
  void retranslate();
  void askExport(Chart chart, bool png);

  FleetTimeline& timeline_;
  std::array<QChartView*, ChartCount> views_{};
  std::array<QLabel*, ChartCount> titles_{};
  std::array<QToolButton*, ChartCount> pngButtons_{};
  std::array<QToolButton*, ChartCount> csvButtons_{};
  QComboBox* scope_;
  QComboBox* version_;
  QString selectedNode_;
};

}  // namespace meshdesk::app
