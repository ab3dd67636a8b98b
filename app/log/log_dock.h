#pragma once
// The "Log" pane: the console's own messages, newest at the bottom, with the level spelled out.

#include <QDockWidget>

class QPlainTextEdit;

namespace meshdesk::app {

class MessageLog;
struct LogEntry;

class LogDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit LogDock(MessageLog& log, QWidget* parent = nullptr);

  QString text() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void add(const LogEntry& entry);
  void retranslate();

  QPlainTextEdit* view_;
};

}  // namespace meshdesk::app
