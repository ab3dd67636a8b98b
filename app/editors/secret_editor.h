#pragma once
// A secret served over SDS: a TLS certificate (chain and key), a validation context (trusted
// CA) or a generic secret.

#include "editors/resource_editor.h"

namespace meshdesk::app {

class SecretEditor : public ResourceEditor {
  Q_OBJECT

 public:
  explicit SecretEditor(QWidget* parent = nullptr);

 protected:
  void loaded(const google::protobuf::Message& message) override;

 private:
  QComboBox* type_;
  QFormLayout* form_;
  QList<QWidget*> certificateRows_, validationRows_, genericRows_;
};

}  // namespace meshdesk::app
