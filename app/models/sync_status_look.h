#pragma once
// How a resource type's sync status looks in the console: a word, an icon whose shape differs
// per status (so colour is never the only cue), and a text colour.

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include "fleet/proxy_state.h"

namespace meshdesk::app {

class SyncStatusLook {
  Q_DECLARE_TR_FUNCTIONS(meshdesk::app::SyncStatusLook)

 public:
  // "SYNCED", "STALE", "NACKED", "NOT SENT", translated.
  static QString label(fleet::SyncStatus status);
  // A filled check (synced), an hourglass (stale), a cross (NACKed), an empty ring (not sent).
  static QIcon icon(fleet::SyncStatus status);
  static QColor color(fleet::SyncStatus status);
};

}  // namespace meshdesk::app
