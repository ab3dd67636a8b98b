#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace meshdesk::app {

namespace {
QString& currentName() {
  static QString name = QStringLiteral("system");
  return name;
}
// What the application started with, for "system".
struct Startup {
  QString style;
  QPalette palette;
};
Startup& startup() {
  static Startup s{QApplication::style() ? QApplication::style()->name() : QString(), QApplication::palette()};
  return s;
}
}  // namespace

QStringList Theme::available() {
  return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QString Theme::current() { return currentName(); }

bool Theme::apply(const QString& name) {
  if (!available().contains(name)) return false;
  const Startup& initial = startup();
  if (name == QLatin1String("system")) {
    if (!initial.style.isEmpty()) QApplication::setStyle(QStyleFactory::create(initial.style));
    QApplication::setPalette(initial.palette);
  } else {
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = QApplication::style()->standardPalette();
    if (name == QLatin1String("dark")) {
      const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
      p.setColor(QPalette::Window, window);
      p.setColor(QPalette::WindowText, text);
      p.setColor(QPalette::Base, base);
      p.setColor(QPalette::AlternateBase, window);
      p.setColor(QPalette::Text, text);
      p.setColor(QPalette::Button, window);
      p.setColor(QPalette::ButtonText, text);
      p.setColor(QPalette::ToolTipBase, base);
      p.setColor(QPalette::ToolTipText, text);
      p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
      p.setColor(QPalette::HighlightedText, Qt::white);
      p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
      p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
      p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
      p.setColor(QPalette::Link, QColor(0x6a, 0xa8, 0xff));
    }
    QApplication::setPalette(p);
  }
  currentName() = name;
  return true;
}

}  // namespace meshdesk::app
