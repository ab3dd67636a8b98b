#pragma once
// A cluster: discovery type, load balancing, connect timeout, its endpoints (weights and
// localities) when it carries them itself, health checks, circuit breakers, outlier detection
// and upstream TLS.

#include "editors/resource_editor.h"

class QLabel;

namespace meshdesk::app {

class ClusterEditor : public ResourceEditor {
  Q_OBJECT

 public:
  explicit ClusterEditor(QWidget* parent = nullptr);

  QLineEdit* connectTimeout() const { return connectTimeout_; }
  QComboBox* discoveryType() const { return type_; }
  QComboBox* lbPolicy() const { return lbPolicy_; }
  RowsTable* endpoints() const { return endpoints_; }
  RowsTable* healthChecks() const { return healthChecks_; }

 protected:
  void loaded(const google::protobuf::Message& message) override;

 private:
  QLineEdit* connectTimeout_;
  QComboBox* type_;
  QComboBox* lbPolicy_;
  RowsTable* endpoints_;
  QLabel* edsNote_;
  QLineEdit* serviceName_;
  QFormLayout* endpointsForm_;
  RowsTable* healthChecks_;
  QComboBox* secretChoice_;
};

}  // namespace meshdesk::app
