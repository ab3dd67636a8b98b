#include "dialogs/publish_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "controlplane/version_diff.h"
#include "history/diff_highlighter.h"

namespace meshdesk::app {

std::vector<ResourceDiff> splitDiff(const QString& diff) {
  std::vector<ResourceDiff> out;
  const QStringList lines = diff.split(QLatin1Char('\n'));
  for (int i = 0; i < lines.size(); ++i) {
    const QString& line = lines[i];
    if (line.startsWith(QLatin1String("--- ")) && i + 1 < lines.size() &&
        lines[i + 1].startsWith(QLatin1String("+++ "))) {
      // "--- live/clusters/api": the resource is what follows the first '/'.
      const QString label = line.mid(4).trimmed();
      ResourceDiff part;
      part.resource = label.section(QLatin1Char('/'), 1);
      if (part.resource.isEmpty()) part.resource = lines[i + 1].mid(4).trimmed().section(QLatin1Char('/'), 1);
      out.push_back(part);
    }
    if (!out.empty()) out.back().text += line + QLatin1Char('\n');
  }
  return out;
}

PublishDialog::PublishDialog(std::shared_ptr<const workspace::Workspace> edited,
                             std::function<std::optional<std::string>()> live,
                             const std::vector<validate::Finding>& findings, QWidget* parent)
    : QDialog(parent), edited_(std::move(edited)) {
  setObjectName(QStringLiteral("PublishDialog"));
  setWindowTitle(tr("Review and Publish"));
  auto* layout = new QVBoxLayout(this);

  const int errors = static_cast<int>(validate::countErrors(findings));
  const int warnings = static_cast<int>(validate::countWarnings(findings));
  hasErrors_ = errors > 0;
  validation_ = new QLabel(this);
  validation_->setObjectName(QStringLiteral("PublishValidation"));
  validation_->setWordWrap(true);
  if (errors > 0) {
    validation_->setText(tr("Validation: %n error(s); fix them before publishing (see the "
                            "Validation pane).", "", errors));
    validation_->setStyleSheet(QStringLiteral("color: #c01c28; font-weight: bold"));
  } else if (warnings > 0) {
    validation_->setText(tr("Validation: no errors, %n warning(s).", "", warnings));
  } else {
    validation_->setText(tr("Validation: no problems."));
  }
  layout->addWidget(validation_);

  auto* split = new QSplitter(Qt::Horizontal, this);
  resources_ = new QListWidget(split);
  resources_->setObjectName(QStringLiteral("ChangedResources"));
  diff_ = new QPlainTextEdit(split);
  diff_->setObjectName(QStringLiteral("PublishDiff"));
  diff_->setReadOnly(true);
  diff_->setLineWrapMode(QPlainTextEdit::NoWrap);
  diff_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  diff_->setPlainText(tr("Comparing with the live version…"));
  new DiffHighlighter(diff_->document());
  split->addWidget(resources_);
  split->addWidget(diff_);
  split->setStretchFactor(1, 3);
  layout->addWidget(split, 1);

  auto* form = new QFormLayout;
  message_ = new QLineEdit(this);
  message_->setObjectName(QStringLiteral("PublishMessage"));
  message_->setPlaceholderText(tr("What this version changes and why"));
  form->addRow(tr("&Message:"), message_);
  target_ = new QComboBox(this);
  target_->setObjectName(QStringLiteral("PublishTarget"));
  target_->addItem(tr("All proxies"), QString());
  for (const auto& group : edited_->nodeGroups()) {
    const QString name = QString::fromStdString(group.name);
    target_->addItem(tr("Node group %1 only").arg(name), name);
  }
  form->addRow(tr("&Target:"), target_);
  layout->addLayout(form);

  buttons_ = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  auto* publish = buttons_->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
  publish->setObjectName(QStringLiteral("PublishButton"));
  publish->setEnabled(false);
  layout->addWidget(buttons_);
  connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
    if (canPublish()) accept();
  });
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(resources_, &QListWidget::currentRowChanged, this, &PublishDialog::showResource);

  connect(&watcher_, &QFutureWatcher<QString>::finished, this, [this, publish] {
    diffs_ = splitDiff(watcher_.result());
    ready_ = true;
    for (const ResourceDiff& d : diffs_) resources_->addItem(d.resource);
    if (diffs_.empty()) {
      diff_->setPlainText(tr("Nothing changes: the edited workspace is the live version."));
    } else {
      resources_->setCurrentRow(0);
    }
    publish->setEnabled(canPublish());
  });
  auto editedCopy = edited_;
  watcher_.setFuture(QtConcurrent::run([editedCopy, live = std::move(live)] {
    const std::optional<std::string> before = live();
    return QString::fromStdString(controlplane::diffWorkspaces(before.value_or(std::string()), "live",
                                                               editedCopy->toYaml(), "edited"));
  }));
  resize(900, 600);
  message_->setFocus();
}

PublishDialog::~PublishDialog() { watcher_.waitForFinished(); }

bool PublishDialog::canPublish() const { return ready_ && !hasErrors_; }

void PublishDialog::showResource(int row) {
  if (row >= 0 && row < static_cast<int>(diffs_.size())) diff_->setPlainText(diffs_[row].text);
}

QString PublishDialog::message() const { return message_->text().trimmed(); }
void PublishDialog::setMessage(const QString& message) { message_->setText(message); }
QString PublishDialog::target() const { return target_->currentData().toString(); }

void PublishDialog::setTarget(const QString& group) {
  const int at = target_->findData(group);
  if (at >= 0) target_->setCurrentIndex(at);
}

}  // namespace meshdesk::app
