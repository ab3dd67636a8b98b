#include "history/diff_highlighter.h"

namespace meshdesk::app {

void DiffHighlighter::highlightBlock(const QString& text) {
  QTextCharFormat format;
  if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
    format.setFontWeight(QFont::Bold);
  } else if (text.startsWith(QLatin1String("@@"))) {
    format.setForeground(QColor(0x7a, 0x3e, 0x9d));
  } else if (text.startsWith(QLatin1Char('+'))) {
    format.setForeground(QColor(0x1b, 0x7e, 0x3a));
    format.setBackground(QColor(0x2e, 0xa0, 0x43, 40));
  } else if (text.startsWith(QLatin1Char('-'))) {
    format.setForeground(QColor(0xb0, 0x1c, 0x28));
    format.setBackground(QColor(0xc0, 0x1c, 0x28, 40));
  } else {
    return;
  }
  setFormat(0, static_cast<int>(text.size()), format);
}

}  // namespace meshdesk::app
