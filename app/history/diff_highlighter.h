#pragma once
// Colours a unified diff: added lines green, removed red, file and hunk headers apart.

#include <QSyntaxHighlighter>

namespace meshdesk::app {

class DiffHighlighter : public QSyntaxHighlighter {
  Q_OBJECT

 public:
  explicit DiffHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

 protected:
  void highlightBlock(const QString& text) override;
};

}  // namespace meshdesk::app
