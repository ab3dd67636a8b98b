#pragma once
// How long a large workspace takes to become usable in the real console window: from
// MainWindow::openWorkspace() until the navigator is filled, every route configuration is
// expanded down to its routes, the last route is selected, its editor is shown, and the window
// has painted all of that. Then how long the event loop stalls while the console settles
// (live validation of the whole workspace comes back to the GUI thread).

#include <QString>

namespace meshdesk::app {
class MainWindow;
}

namespace meshdesk::bench {

struct NavigatorFigures {
  int routes = 0;
  int clusters = 0;
  int routeConfigurations = 0;
  int navigatorRows = 0;  // rows of the tree once everything is expanded
  double readMs = 0;      // the workspace file read and parsed (on the loader's worker)
  double populateMs = 0;  // the document and the navigator filled (GUI thread)
  double settleAfterOpenMs = 0;  // the events that follow (layout, first paint)
  double expandMs = 0;    // every route configuration expanded to its routes
  double selectMs = 0;    // the last route selected and its editor shown
  double paintMs = 0;     // the window painted
  double totalMs = 0;     // openWorkspace() to painted
  double openingMaxGapMs = 0;  // longest event-loop gap while the file was read and shown
  double settleMaxGapMs = 0;  // longest event-loop gap in the seconds after (validation)
  double settleCpuMs = 0;     // GUI-thread CPU time within that gap
  QString editorTitle;        // what the editor shows at the end
  bool ok = false;
  QString error;
};

// Opens `path` in `window` (shown) and times the steps. `settleMs` is how long to watch the
// event loop afterwards.
NavigatorFigures timeNavigator(app::MainWindow& window, const QString& path, int settleMs = 3000);

}  // namespace meshdesk::bench
