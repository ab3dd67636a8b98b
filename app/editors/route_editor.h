#pragma once
// A route of a virtual host: what it matches (prefix, path, safe regex, headers, query
// parameters), what it does (a cluster, a weighted split, a redirect, a direct response), and
// how it forwards (timeout, retries, prefix rewrite, headers to add and remove).

#include "editors/resource_editor.h"

class QGroupBox;

namespace meshdesk::app {

class RouteEditor : public ResourceEditor {
  Q_OBJECT

 public:
  explicit RouteEditor(QWidget* parent = nullptr);

  QComboBox* matchKind() const { return matchKind_; }
  QLineEdit* matchValue() const { return matchValue_; }
  QComboBox* actionKind() const { return actionKind_; }
  QComboBox* cluster() const { return cluster_; }
  RowsTable* weightedClusters() const { return weighted_; }
  QLineEdit* timeout() const { return timeout_; }
  RowsTable* headers() const { return headers_; }

 protected:
  void loaded(const google::protobuf::Message& message) override;

 private:
  QComboBox* matchKind_;
  QLineEdit* matchValue_;
  QComboBox* actionKind_;
  QComboBox* cluster_;
  RowsTable* weighted_;
  QLineEdit* timeout_;
  RowsTable* headers_;
  QList<QWidget*> clusterRows_, weightedRows_, redirectRows_, directRows_, forwardRows_;
  QFormLayout* actionForm_;
  QFormLayout* forwardForm_;
};

}  // namespace meshdesk::app
