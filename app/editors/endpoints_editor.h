#pragma once
// An endpoints resource (a ClusterLoadAssignment, served over EDS): the cluster it is for and
// its endpoints with their weights and localities.

#include "editors/resource_editor.h"

namespace meshdesk::app {

class EndpointsEditor : public ResourceEditor {
  Q_OBJECT

 public:
  explicit EndpointsEditor(QWidget* parent = nullptr);

  RowsTable* endpoints() const { return endpoints_; }

 private:
  RowsTable* endpoints_;
};

}  // namespace meshdesk::app
