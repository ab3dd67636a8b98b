#pragma once
// A runtime layer served over RTDS: its name and its keys with their values (numbers and
// true/false are written as such, anything else as text).

#include "editors/resource_editor.h"

namespace meshdesk::app {

class RuntimeEditor : public ResourceEditor {
  Q_OBJECT

 public:
  explicit RuntimeEditor(QWidget* parent = nullptr);

  RowsTable* keys() const { return keys_; }

 private:
  RowsTable* keys_;
};

}  // namespace meshdesk::app
