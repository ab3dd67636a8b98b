#pragma once
// What the console's tests share: waiting for what arrives through the event loop (queued
// batches, timers), and readable QStrings in GoogleTest failure messages.

#include <QString>
#include <QTest>

#include <chrono>
#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& text, std::ostream* out) { *out << '"' << text.toStdString() << '"'; }
QT_END_NAMESPACE

namespace meshdesk::app::testing {

// Spins the event loop until `condition` holds; false after `timeout`.
template <typename Condition>
bool waitFor(Condition condition, std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
  return QTest::qWaitFor(condition, static_cast<int>(timeout.count()));
}

}  // namespace meshdesk::app::testing
