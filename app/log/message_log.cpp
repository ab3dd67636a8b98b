#include "log/message_log.h"

#include <QMetaObject>

#include <mutex>

Q_LOGGING_CATEGORY(lcConsole, "meshdesk.console", QtInfoMsg)

namespace meshdesk::app {

namespace {

// The installed log. Held while posting, so a log being destroyed is never posted to.
std::mutex installedMutex;
MessageLog* installed = nullptr;
QtMessageHandler downstream = nullptr;

}  // namespace

MessageLog::MessageLog(QObject* parent) : QObject(parent) {
  std::lock_guard lock(installedMutex);
  previousLog_ = installed;
  installed = this;
  previous_ = qInstallMessageHandler(&MessageLog::handle);
  if (previousLog_ == nullptr) downstream = previous_;
}

MessageLog::~MessageLog() {
  std::lock_guard lock(installedMutex);
  installed = previousLog_;
  qInstallMessageHandler(previous_);
  if (installed == nullptr) downstream = nullptr;
}

QString MessageLog::levelName(QtMsgType type) {
  switch (type) {
    case QtDebugMsg: return QStringLiteral("DEBUG");
    case QtInfoMsg: return QStringLiteral("INFO");
    case QtWarningMsg: return QStringLiteral("WARNING");
    case QtCriticalMsg: return QStringLiteral("ERROR");
    case QtFatalMsg: return QStringLiteral("FATAL");
  }
  return {};
}

void MessageLog::handle(QtMsgType type, const QMessageLogContext& context, const QString& text) {
  QtMessageHandler next = nullptr;
  {
    std::lock_guard lock(installedMutex);
    next = downstream;
    if (installed != nullptr) {
      LogEntry entry{QDateTime::currentDateTime(), type,
                     QString::fromUtf8(context.category ? context.category : "default"), text};
      // Always queued, also on the log's own thread: appending may itself log (a widget
      // warning), and this lock is not recursive.
      MessageLog* log = installed;
      QMetaObject::invokeMethod(log, [log, entry] { log->append(entry); }, Qt::QueuedConnection);
    }
  }
  // Qt hands back its default handler when none was installed, so there is always one.
  if (next != nullptr) next(type, context, text);
}

void MessageLog::append(const LogEntry& entry) {
  entries_.push_back(entry);
  if (entries_.size() > kCapacity) entries_.pop_front();
  emit appended(entry);
}

}  // namespace meshdesk::app
