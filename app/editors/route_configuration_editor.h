#pragma once
// A route configuration (what RDS serves): its name and its virtual hosts, in order. Each
// virtual host's routes are edited on their own rows of the navigator.

#include "editors/resource_editor.h"

namespace meshdesk::app {

class RouteConfigurationEditor : public ResourceEditor {
  Q_OBJECT

 public:
  explicit RouteConfigurationEditor(QWidget* parent = nullptr);

  RowsTable* virtualHosts() const { return hosts_; }

 private:
  RowsTable* hosts_;
};

}  // namespace meshdesk::app
