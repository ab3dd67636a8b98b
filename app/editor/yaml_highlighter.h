#pragma once
// Light YAML colouring for the resource view: keys, "@type" lines, quoted strings, comments.

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace meshdesk::app {

class YamlHighlighter : public QSyntaxHighlighter {
  Q_OBJECT

 public:
  explicit YamlHighlighter(QTextDocument* document);

 protected:
  void highlightBlock(const QString& text) override;

 private:
  QRegularExpression key_;
  QRegularExpression quoted_;
  QRegularExpression comment_;
  QTextCharFormat keyFormat_;
  QTextCharFormat typeFormat_;
  QTextCharFormat stringFormat_;
  QTextCharFormat commentFormat_;
};

}  // namespace meshdesk::app
