#include "editors/yaml_pane.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QVBoxLayout>

#include <yaml-cpp/yaml.h>

#include "editor/yaml_highlighter.h"
#include "schema/message_to_yaml.h"
#include "schema/yaml_to_message.h"

namespace meshdesk::app {

YamlPane::YamlPane(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  editor_ = new QPlainTextEdit(this);
  editor_->setObjectName(QStringLiteral("ResourceYaml"));
  editor_->setLineWrapMode(QPlainTextEdit::NoWrap);
  editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  editor_->setTabChangesFocus(true);
  new YamlHighlighter(editor_->document());
  layout->addWidget(editor_, 1);
  errors_ = new QLabel(this);
  errors_->setObjectName(QStringLiteral("YamlErrors"));
  errors_->setWordWrap(true);
  errors_->setTextFormat(Qt::PlainText);
  errors_->setStyleSheet(QStringLiteral("color: #c01c28"));
  errors_->hide();
  layout->addWidget(errors_);

  pause_.setSingleShot(true);
  pause_.setInterval(500);
  connect(&pause_, &QTimer::timeout, this, [this] { parse(); });
  connect(editor_, &QPlainTextEdit::textChanged, this, [this] {
    if (!setting_ && shown_ != nullptr && !editor_->isReadOnly()) pause_.start();
  });
}

YamlPane::~YamlPane() = default;

void YamlPane::showMessage(const google::protobuf::Message& message) {
  const bool sameType = shown_ != nullptr && shown_->GetDescriptor() == message.GetDescriptor();
  if (!sameType) shown_.reset(message.New());
  shown_->CopyFrom(message);
  editor_->setReadOnly(false);
  // While the text does not parse, the user is in the middle of something: keep it.
  if (!errors_->isHidden() && editor_->hasFocus()) return;
  const QString text = QString::fromStdString(schema::messageToYamlText(message));
  if (sameType && !pause_.isActive()) {
    // Same content, other spelling (the user's own formatting): leave the text as typed.
    std::unique_ptr<google::protobuf::Message> typed(message.New());
    std::vector<schema::SchemaError> errors;
    if (editor_->toPlainText() == text ||
        (schema::yamlTextToMessage(editor_->toPlainText().toStdString(), *typed, errors) &&
         typed->SerializeAsString() == message.SerializeAsString() && editor_->hasFocus())) {
      return;
    }
  }
  pause_.stop();
  setting_ = true;
  editor_->setPlainText(text);
  editor_->setExtraSelections({});
  setting_ = false;
  errors_->hide();
}

void YamlPane::showText(const QString& text) {
  pause_.stop();
  shown_.reset();
  setting_ = true;
  editor_->setReadOnly(true);
  editor_->setPlainText(text);
  editor_->setExtraSelections({});
  setting_ = false;
  errors_->hide();
}

void YamlPane::showUnparsed(const google::protobuf::Message& prototype, const QString& text) {
  pause_.stop();
  shown_.reset(prototype.New());
  editor_->setReadOnly(false);
  if (!errors_->isHidden() && editor_->hasFocus()) return;  // the user is fixing it
  setting_ = true;
  editor_->setPlainText(text);
  setting_ = false;
  parse(false);
}

QString YamlPane::errors() const { return errors_->isHidden() ? QString() : errors_->text(); }

void YamlPane::parseNow() {
  pause_.stop();
  parse();
}

void YamlPane::parse(bool emitEdit) {
  if (shown_ == nullptr) return;
  std::shared_ptr<google::protobuf::Message> parsed(shown_->New());
  std::vector<schema::SchemaError> errors;
  const bool ok = schema::yamlTextToMessage(editor_->toPlainText().toStdString(), *parsed, errors);
  QList<QTextEdit::ExtraSelection> marks;
  QStringList lines;
  for (const auto& e : errors) {
    lines << QString::fromStdString(e.toString());
    if (e.line <= 0) continue;
    QTextEdit::ExtraSelection mark;
    mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.format.setUnderlineColor(QColor(0xc0, 0x1c, 0x28));
    mark.format.setToolTip(QString::fromStdString(e.message));
    QTextCursor cursor(editor_->document()->findBlockByNumber(e.line - 1));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, e.column - 1));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    mark.cursor = cursor;
    marks << mark;
  }
  editor_->setExtraSelections(marks);
  if (!ok) {
    errors_->setText(lines.join(QLatin1Char('\n')));
    errors_->show();
    return;
  }
  errors_->hide();
  if (!emitEdit || parsed->SerializeAsString() == shown_->SerializeAsString()) return;
  shown_->CopyFrom(*parsed);
  emit edited(std::move(parsed));
}

bool YamlPane::goToField(const QString& path) {
  YAML::Node node;
  try {
    node = YAML::Load(editor_->toPlainText().toStdString());
  } catch (const YAML::Exception&) {
    return false;
  }
  // Steps like "filter_chains[0]", "typed_config", `metadata["x"]`.
  static const QRegularExpression step(QStringLiteral(R"re(([^.\[\]]+)|\[(\d+)\]|\["([^"]*)"\])re"));
  YAML::Node at = node;
  YAML::Mark mark = node.Mark();
  for (auto it = step.globalMatch(path); it.hasNext();) {
    const auto m = it.next();
    YAML::Node next;
    if (!m.captured(2).isEmpty()) {
      if (!at.IsSequence() || m.captured(2).toInt() >= static_cast<int>(at.size())) break;
      next = at[m.captured(2).toInt()];
    } else {
      const std::string key = (m.captured(1).isEmpty() ? m.captured(3) : m.captured(1)).toStdString();
      if (!at.IsMap() || !at[key]) break;
      next = at[key];
    }
    at = next;
    mark = at.Mark();
  }
  if (mark.line < 0) return false;
  QTextCursor cursor(editor_->document()->findBlockByNumber(mark.line));
  cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, mark.column));
  editor_->setTextCursor(cursor);
  editor_->centerCursor();
  return true;
}

}  // namespace meshdesk::app
