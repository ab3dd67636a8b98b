#pragma once
// A listener: where it listens, its filter chains, and for the chain chosen its HTTP
// connection manager (routes by RDS name or inline, HTTP filters in order) and downstream TLS.

#include "editors/resource_editor.h"

class QLabel;
class QPushButton;

namespace meshdesk::app {

class ListenerEditor : public ResourceEditor {
  Q_OBJECT

 public:
  explicit ListenerEditor(QWidget* parent = nullptr);

  QLineEdit* address() const { return address_; }
  QSpinBox* port() const { return port_; }
  QComboBox* chain() const { return chain_; }
  QComboBox* routeSource() const { return routeSource_; }
  QComboBox* rdsName() const { return rdsName_; }
  RowsTable* httpFilters() const { return httpFilters_; }

 protected:
  void loaded(const google::protobuf::Message& message) override;

 private:
  int chainIndex() const;

  QLineEdit* address_;
  QSpinBox* port_;
  QComboBox* chain_;
  QPushButton* addChain_;
  QPushButton* removeChain_;
  QLabel* noManager_;
  QComboBox* routeSource_;
  QComboBox* rdsName_;
  QLineEdit* inlineName_;
  RowsTable* httpFilters_;
  QFormLayout* managerForm_;
  QList<QWidget*> managerRows_;
  int shownChain_ = 0;
};

}  // namespace meshdesk::app
