#pragma once
// Light, dark or the system's look. Qt 6.4 cannot ask the platform for its colour scheme, so
// "dark" is Fusion with a dark palette and "system" is whatever style and palette the
// application started with.

#include <QString>
#include <QStringList>

namespace meshdesk::app {

class Theme {
 public:
  static QStringList available();  // "system", "light", "dark"
  // Applies `name` to the whole application; false for an unknown name.
  static bool apply(const QString& name);
  static QString current();
};

}  // namespace meshdesk::app
