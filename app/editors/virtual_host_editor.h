#pragma once
// A virtual host of a route configuration: its name, the domains it answers for, and the
// headers it adds to or removes from every request and response it routes.

#include "editors/resource_editor.h"

namespace meshdesk::app {

class VirtualHostEditor : public ResourceEditor {
  Q_OBJECT

 public:
  explicit VirtualHostEditor(QWidget* parent = nullptr);

};

}  // namespace meshdesk::app
