#pragma once
// One endpoint of a cluster's load assignment: its address, port, weight and health.

#include "editors/resource_editor.h"

namespace meshdesk::app {

class EndpointEditor : public ResourceEditor {
  Q_OBJECT

 public:
  explicit EndpointEditor(QWidget* parent = nullptr);

};

}  // namespace meshdesk::app
