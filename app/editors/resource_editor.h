#pragma once
// What every form editor shares: it shows one message (a listener, a route, a cluster, ...) as
// widgets, and turns each change of a widget into a new message with a readable undo text
// ("Set cluster api connect timeout to 2s"). It never changes the workspace: the editor panel
// makes the edit. A field's widget is registered under its field path, so a validation finding
// ("connect_timeout") can take the cursor to it.
//
// Bindings connect a widget to one field with a getter and a setter on the concrete message:
//
//   text<Cluster>(nameEdit, "name", tr("name"),
//                 [](const Cluster& c) { return qs(c.name()); },
//                 [](Cluster& c, const QString& v) { c.set_name(v.toStdString()); });

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QWidget>

#include <functional>
#include <map>
#include <memory>
#include <vector>

#include <google/protobuf/duration.pb.h>
#include <google/protobuf/message.h>

#include "editors/rows_table.h"

namespace meshdesk::workspace {
class Workspace;
}

namespace meshdesk::app {

QString qs(const std::string& text);
// "2s", "0.250s" (as the workspace file writes durations); empty when unset.
QString durationText(const google::protobuf::Duration& duration);
// Reads "2s", "250ms", "1.5s", "1m", "1h"; false for anything else.
bool parseDuration(const QString& text, google::protobuf::Duration* out);

class ResourceEditor : public QWidget {
  Q_OBJECT

 public:
  explicit ResourceEditor(QWidget* parent = nullptr);
  ~ResourceEditor() override;

  // Shows `message`; `workspace` gives the names offered in choices (clusters, secrets).
  // Never emits edited().
  void load(const google::protobuf::Message& message, const workspace::Workspace* workspace);
  const google::protobuf::Message* message() const { return current_.get(); }
  // "cluster api", "route /api": what the undo texts name.
  void setSubject(const QString& subject) { subject_ = subject; }
  QString subject() const { return subject_; }

  // The widget of the longest registered prefix of `path`; null if the form has none.
  QWidget* fieldWidget(const QString& path) const;
  bool focusField(const QString& path);

 signals:
  void edited(std::shared_ptr<google::protobuf::Message> message, const QString& text,
              const QString& mergeKey);

 protected:
  // Called after the bindings have shown a message: for what depends on the whole message
  // (which group of widgets is visible).
  virtual void loaded(const google::protobuf::Message& message) {}

  // A titled group of fields; the editor's body is a column of these.
  QFormLayout* section(const QString& title);
  // A row with a label whose buddy is `field`, registered under `path`.
  template <typename W>
  W* row(QFormLayout* form, const QString& label, W* field, const QString& path) {
    form->addRow(label, field);
    registerField(path, field);
    return field;
  }
  void registerField(const QString& path, QWidget* widget);

  // Makes a copy of the message, lets `mutate` change it, and emits it if it differs.
  void commit(const QString& text, const QString& mergeKey,
              const std::function<void(google::protobuf::Message&)>& mutate);
  void commitField(const QString& label, const QString& value, const QString& field,
                   const std::function<void(google::protobuf::Message&)>& mutate);

  template <typename M>
  void text(QLineEdit* edit, const QString& field, const QString& label,
            std::function<QString(const M&)> get, std::function<void(M&, const QString&)> set) {
    registerField(field, edit);
    loaders_.push_back([edit, get](const google::protobuf::Message& m) {
      edit->setText(get(dynamic_cast<const M&>(m)));
    });
    connect(edit, &QLineEdit::editingFinished, this, [=, this] {
      if (current_ == nullptr || edit->text() == get(dynamic_cast<const M&>(*current_))) return;
      commitField(label, edit->text(), field, [&](google::protobuf::Message& m) {
        set(dynamic_cast<M&>(m), edit->text().trimmed());
      });
    });
  }
  template <typename M>
  void duration(QLineEdit* edit, const QString& field, const QString& label,
                std::function<const google::protobuf::Duration*(const M&)> get,
                std::function<google::protobuf::Duration*(M&)> mutableDuration,
                std::function<void(M&)> clear) {
    registerField(field, edit);
    edit->setPlaceholderText(tr("e.g. 2s or 250ms"));
    loaders_.push_back([edit, get](const google::protobuf::Message& m) {
      const auto* d = get(dynamic_cast<const M&>(m));
      edit->setText(d ? durationText(*d) : QString());
      edit->setStyleSheet(QString());
    });
    connect(edit, &QLineEdit::editingFinished, this, [=, this] {
      if (current_ == nullptr) return;
      const auto* now = get(dynamic_cast<const M&>(*current_));
      const QString value = edit->text().trimmed();
      if (value == (now ? durationText(*now) : QString())) return;
      google::protobuf::Duration parsed;
      if (!value.isEmpty() && !parseDuration(value, &parsed)) {
        edit->setStyleSheet(QStringLiteral("border: 1px solid #c01c28"));
        edit->setToolTip(tr("Not a duration: write it like 2s, 0.25s or 250ms"));
        return;
      }
      edit->setStyleSheet(QString());
      commitField(label, value.isEmpty() ? QString() : durationText(parsed), field,
                  [&](google::protobuf::Message& m) {
                    M& typed = dynamic_cast<M&>(m);
                    if (value.isEmpty()) {
                      clear(typed);
                    } else {
                      mutableDuration(typed)->CopyFrom(parsed);
                    }
                  });
    });
  }
  template <typename M>
  void number(QSpinBox* spin, const QString& field, const QString& label,
              std::function<int(const M&)> get, std::function<void(M&, int)> set) {
    registerField(field, spin);
    loaders_.push_back([spin, get](const google::protobuf::Message& m) {
      spin->setValue(get(dynamic_cast<const M&>(m)));
    });
    connect(spin, &QSpinBox::valueChanged, this, [=, this](int value) {
      if (loading_ || current_ == nullptr || value == get(dynamic_cast<const M&>(*current_))) return;
      commitField(label, spin->text(), field, [&](google::protobuf::Message& m) {
        set(dynamic_cast<M&>(m), value);
      });
    });
  }
  // The combo's item data are the values (strings).
  template <typename M>
  void choice(QComboBox* combo, const QString& field, const QString& label,
              std::function<QString(const M&)> get, std::function<void(M&, const QString&)> set) {
    registerField(field, combo);
    loaders_.push_back([combo, get](const google::protobuf::Message& m) {
      const QString value = get(dynamic_cast<const M&>(m));
      int at = combo->findData(value);
      if (at < 0 && combo->isEditable()) {
        combo->setEditText(value);
      } else {
        combo->setCurrentIndex(std::max(0, at));
      }
    });
    auto changed = [=, this] {
      if (loading_ || current_ == nullptr) return;
      const int at = combo->findText(combo->currentText());
      const QString value = at >= 0 && combo->itemData(at).isValid() ? combo->itemData(at).toString()
                                                                      : combo->currentText().trimmed();
      if (value == get(dynamic_cast<const M&>(*current_))) return;
      commitField(label, combo->currentText(), field, [&](google::protobuf::Message& m) {
        set(dynamic_cast<M&>(m), value);
      });
    };
    connect(combo, &QComboBox::activated, this, changed);
    if (combo->isEditable() && combo->lineEdit() != nullptr) {
      connect(combo->lineEdit(), &QLineEdit::editingFinished, this, changed);
    }
  }
  template <typename M>
  void flag(QCheckBox* box, const QString& field, const QString& label,
            std::function<bool(const M&)> get, std::function<void(M&, bool)> set) {
    registerField(field, box);
    loaders_.push_back([box, get](const google::protobuf::Message& m) {
      box->setChecked(get(dynamic_cast<const M&>(m)));
    });
    connect(box, &QCheckBox::toggled, this, [=, this](bool on) {
      if (loading_ || current_ == nullptr || on == get(dynamic_cast<const M&>(*current_))) return;
      commitField(label, on ? tr("on") : tr("off"), field, [&](google::protobuf::Message& m) {
        set(dynamic_cast<M&>(m), on);
      });
    });
  }
  template <typename M>
  void rows(RowsTable* table, const QString& field, const QString& label,
            std::function<std::vector<QStringList>(const M&)> get,
            std::function<void(M&, const std::vector<QStringList>&, const std::vector<int>&)> set) {
    registerField(field, table);
    loaders_.push_back([table, get](const google::protobuf::Message& m) {
      table->setRows(get(dynamic_cast<const M&>(m)));
    });
    connect(table, &RowsTable::changed, this, [=, this] {
      if (loading_ || current_ == nullptr) return;
      commit(tr("Edit %1 of %2").arg(label, subject_), subject_ + QLatin1Char('|') + field,
             [&](google::protobuf::Message& m) {
               set(dynamic_cast<M&>(m), table->rows(), table->origins());
             });
    });
  }

  const workspace::Workspace* workspace() const { return workspace_; }
  QStringList names(int kind) const;

  bool loading_ = false;

 private:
  std::unique_ptr<google::protobuf::Message> current_;
  const workspace::Workspace* workspace_ = nullptr;
  QString subject_;
  std::vector<std::function<void(const google::protobuf::Message&)>> loaders_;
  std::map<QString, QWidget*> fields_;
  QVBoxLayout* body_;
};

}  // namespace meshdesk::app
