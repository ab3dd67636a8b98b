#pragma once
// Review and publish: the validation result, what changes against the live version resource by
// resource, a message, and who gets it (every proxy, or one node group as a canary). The diff
// is computed on a worker, so even a 10,000-route workspace opens the dialog at once; Publish is
// refused while there are errors.

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "validate/finding.h"
#include "workspace/workspace.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace meshdesk::app {

// One resource's part of the diff.
struct ResourceDiff {
  QString resource;  // "clusters/api"
  QString text;      // its unified diff
};

// Splits diffWorkspaces() output into one part per resource.
std::vector<ResourceDiff> splitDiff(const QString& diff);

class PublishDialog : public QDialog {
  Q_OBJECT

 public:
  // `live` gives the live workspace's YAML (called on a worker); `findings` are the validation
  // result of `edited`.
  PublishDialog(std::shared_ptr<const workspace::Workspace> edited,
                std::function<std::optional<std::string>()> live,
                const std::vector<validate::Finding>& findings, QWidget* parent = nullptr);
  ~PublishDialog() override;

  QString message() const;
  void setMessage(const QString& message);
  // Empty for every proxy, else the node group's name.
  QString target() const;
  void setTarget(const QString& group);
  bool diffReady() const { return ready_; }
  const std::vector<ResourceDiff>& diffs() const { return diffs_; }
  QListWidget* resources() const { return resources_; }
  QPlainTextEdit* diffView() const { return diff_; }
  bool canPublish() const;

 private:
  void showResource(int row);

  std::shared_ptr<const workspace::Workspace> edited_;
  std::vector<ResourceDiff> diffs_;
  bool ready_ = false;
  bool hasErrors_ = false;
  QLabel* validation_;
  QListWidget* resources_;
  QPlainTextEdit* diff_;
  QLineEdit* message_;
  QComboBox* target_;
  QDialogButtonBox* buttons_;
  QFutureWatcher<QString> watcher_;
};

}  // namespace meshdesk::app
