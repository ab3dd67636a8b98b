#pragma once
// The "Proxy" pane: everything about the proxy selected in the Fleet table. Per resource type
// its status and versions; per resource what the control plane's CSDS service says it holds;
// its NACK history with the error text and the version it refused; and the difference between
// what it holds and what it should hold, resource by resource.
//
// The per-resource rows and the diff are made on a worker thread (a gRPC call and version
// history reads), so selecting a proxy never blocks the window.

#include <QDockWidget>
#include <QFutureWatcher>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "fleet/fleet_registry.h"
#include "fleet/proxy_holdings.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace meshdesk::app {

class ProxyDetailsDock : public QDockWidget {
  Q_OBJECT

 public:
  // What it should hold: the workspace file and its label, for a proxy (by its group).
  using TargetOf = std::function<std::optional<std::pair<std::string, std::string>>(
      const fleet::ProxyState& proxy)>;

  ProxyDetailsDock(fleet::FleetRegistry& fleet, std::function<std::string()> xdsAddress,
                   VersionContent contentOf, TargetOf targetOf, QWidget* parent = nullptr);
  // Waits for a question under way: it may use what the owner is about to destroy.
  ~ProxyDetailsDock() override;

  void setProxy(fleet::ProxyId proxy);
  fleet::ProxyId proxy() const { return proxy_; }
  // Follows the shown proxy's changes (from the bridge's batches).
  void applyBatch(const fleet::FleetBatch& batch);
  // Asks CSDS again and redoes the diff.
  void refreshResources();

  QTableWidget* typesTable() const { return types_; }
  QTableWidget* resourcesTable() const { return resources_; }
  QTableWidget* nacksTable() const { return nacks_; }
  QPlainTextEdit* diffView() const { return diff_; }
  QLabel* heading() const { return heading_; }
  // True while the worker is asking.
  bool busy() const { return watcher_.isRunning(); }

 signals:
  void resourcesRefreshed();

 protected:
  void changeEvent(QEvent* event) override;
  // Hidden, it only keeps the proxy's state; shown, it redraws and asks CSDS again.
  void showEvent(QShowEvent* event) override;

 private:
  struct Fetched {
    std::vector<ResourceStatusRow> rows;
    std::string error;
    HoldingsDiff diff;
    std::string targetLabel;
  };
  void showState();
  void showFetched();
  void retranslate();

  fleet::FleetRegistry& fleet_;
  std::function<std::string()> xdsAddress_;
  VersionContent contentOf_;
  TargetOf targetOf_;
  fleet::ProxyId proxy_ = 0;
  std::optional<fleet::ProxyState> state_;
  bool refetchWanted_ = false;
  bool stale_ = false;  // changed while hidden

  QLabel* heading_;
  QTabWidget* tabs_;
  QTableWidget* types_;
  QTableWidget* resources_;
  QTableWidget* nacks_;
  QPlainTextEdit* diff_;
  QLabel* diffNote_;
  QPushButton* refresh_;
  QFutureWatcher<Fetched> watcher_;
};

}  // namespace meshdesk::app
