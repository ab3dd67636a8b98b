#pragma once
// The console's own messages (qDebug/qInfo/qWarning from any thread, Qt's included), kept for
// the Log pane. Installs itself as Qt's message handler for its lifetime and still passes every
// message on to the previous handler, so stderr keeps them too.

#include <QDateTime>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <deque>

Q_DECLARE_LOGGING_CATEGORY(lcConsole)

namespace meshdesk::app {

struct LogEntry {
  QDateTime at;
  QtMsgType type = QtInfoMsg;
  QString category;
  QString text;
};

class MessageLog : public QObject {
  Q_OBJECT

 public:
  static constexpr std::size_t kCapacity = 5000;

  // One at a time: a second MessageLog replaces the first as the handler until it goes.
  explicit MessageLog(QObject* parent = nullptr);
  ~MessageLog() override;

  // Oldest first, at most kCapacity. On this object's thread only.
  const std::deque<LogEntry>& entries() const { return entries_; }
  // "INFO", "WARNING", ... as shown in the pane (not translated: they are grep-able).
  static QString levelName(QtMsgType type);

 signals:
  void appended(const meshdesk::app::LogEntry& entry);

 private:
  static void handle(QtMsgType type, const QMessageLogContext& context, const QString& text);
  void append(const LogEntry& entry);

  std::deque<LogEntry> entries_;
  QtMessageHandler previous_ = nullptr;
  MessageLog* previousLog_ = nullptr;
};

}  // namespace meshdesk::app
