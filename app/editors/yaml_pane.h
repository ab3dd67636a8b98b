#pragma once
// The YAML of the resource beside its form, editable: what is typed is parsed (after a short
// pause) with the schema box's YAML reader, and either becomes an edit or shows its errors
// inline, underlined where they are, with line, column and field path.

#include <QTimer>
#include <QWidget>

#include <memory>

#include <google/protobuf/message.h>

class QLabel;
class QPlainTextEdit;

namespace meshdesk::app {

class YamlPane : public QWidget {
  Q_OBJECT

 public:
  explicit YamlPane(QWidget* parent = nullptr);
  ~YamlPane() override;

  // Shows `message`; the text is replaced only if it says something else, so that the cursor
  // stays where it is while the user types.
  void showMessage(const google::protobuf::Message& message);
  // Read-only text (a node group, a problem).
  void showText(const QString& text);
  // Editable text that does not read as a `prototype` yet (an AI route with a mistake): its
  // errors are shown at once, and what is typed is read as that type.
  void showUnparsed(const google::protobuf::Message& prototype, const QString& text);

  QPlainTextEdit* editor() const { return editor_; }
  // The errors of the last parse, one per line ("3:5: lb_policy: ..."); empty when it parsed.
  QString errors() const;
  // Parses what is typed now instead of after the pause.
  void parseNow();
  // Puts the cursor on field `path` ("load_assignment.endpoints[0]"); false if it is not written.
  bool goToField(const QString& path);

 signals:
  void edited(std::shared_ptr<google::protobuf::Message> message);

 private:
  void parse(bool emitEdit = true);

  QPlainTextEdit* editor_;
  QLabel* errors_;
  QTimer pause_;
  std::unique_ptr<google::protobuf::Message> shown_;
  bool setting_ = false;
};

}  // namespace meshdesk::app
