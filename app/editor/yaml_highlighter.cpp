#include "editor/yaml_highlighter.h"

namespace meshdesk::app {

YamlHighlighter::YamlHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document),
      key_(QStringLiteral(R"(^(\s*(?:- )?)("?[@\w./-]+"?)(:)(?=\s|$))")),
      quoted_(QStringLiteral(R"("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')")),
      comment_(QStringLiteral(R"((^|\s)#.*$)")) {
  keyFormat_.setForeground(QColor(0x1a, 0x4f, 0x8b));
  typeFormat_.setForeground(QColor(0x7a, 0x3e, 0x9d));
  typeFormat_.setFontWeight(QFont::Bold);
  stringFormat_.setForeground(QColor(0x1b, 0x6e, 0x3a));
  commentFormat_.setForeground(QColor(0x6e, 0x6e, 0x6e));
  commentFormat_.setFontItalic(true);
}

void YamlHighlighter::highlightBlock(const QString& text) {
  for (auto it = quoted_.globalMatch(text); it.hasNext();) {
    const auto m = it.next();
    setFormat(m.capturedStart(), m.capturedLength(), stringFormat_);
  }
  if (const auto m = key_.match(text); m.hasMatch()) {
    const bool isType = m.captured(2).contains(QLatin1String("@type"));
    setFormat(m.capturedStart(2), m.capturedLength(2), isType ? typeFormat_ : keyFormat_);
    // The type URL after "@type:" names what the rest of the block is.
    if (isType) {
      const int valueStart = m.capturedEnd(3);
      setFormat(valueStart, text.size() - valueStart, typeFormat_);
    }
  }
  if (const auto m = comment_.match(text); m.hasMatch()) {
    // A '#' inside a quoted string is not a comment.
    if (format(m.capturedStart(0) + m.captured(1).size()) != stringFormat_) {
      setFormat(m.capturedStart(0), m.capturedLength(0), commentFormat_);
    }
  }
}

}  // namespace meshdesk::app
