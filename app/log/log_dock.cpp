#include "log/log_dock.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QScrollBar>

#include "log/message_log.h"

namespace meshdesk::app {

LogDock::LogDock(MessageLog& log, QWidget* parent) : QDockWidget(parent) {
  setObjectName(QStringLiteral("LogDock"));
  view_ = new QPlainTextEdit(this);
  view_->setObjectName(QStringLiteral("LogView"));
  view_->setReadOnly(true);
  view_->setLineWrapMode(QPlainTextEdit::NoWrap);
  view_->setMaximumBlockCount(static_cast<int>(MessageLog::kCapacity));
  view_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  setWidget(view_);
  for (const LogEntry& entry : log.entries()) add(entry);
  connect(&log, &MessageLog::appended, this, &LogDock::add);
  retranslate();
}

QString LogDock::text() const { return view_->toPlainText(); }

void LogDock::add(const LogEntry& entry) {
  // Follow the tail only if the user has not scrolled up to read something.
  QScrollBar* bar = view_->verticalScrollBar();
  const bool atEnd = bar->value() == bar->maximum();
  view_->appendPlainText(QStringLiteral("%1  %2  %3")
                             .arg(entry.at.toString(QStringLiteral("HH:mm:ss.zzz")),
                                  MessageLog::levelName(entry.type).leftJustified(7),
                                  entry.text));
  if (atEnd) bar->setValue(bar->maximum());
}

void LogDock::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDockWidget::changeEvent(event);
}

void LogDock::retranslate() { setWindowTitle(tr("Log")); }

}  // namespace meshdesk::app
