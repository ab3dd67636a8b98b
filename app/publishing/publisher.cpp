#include "publishing/publisher.h"

#include <QMetaObject>

#include "controlplane/control_plane.h"
#include "controlplane/targeted_publish.h"
#include "core_bridge.h"
#include "system/worker_priority.h"

namespace meshdesk::app {

Publisher::Publisher(controlplane::ControlPlane& plane, QObject* parent)
    : QObject(parent), plane_(plane) {
  qRegisterMetaType<controlplane::PublishOutcome>();
  worker_.setMaxThreadCount(1);  // one at a time, in order
  worker_.setObjectName(QStringLiteral("Publisher"));
}

Publisher::~Publisher() {
  worker_.clear();
  worker_.waitForDone();
}

template <typename Work>
void Publisher::run(Work work) {
  ++pending_;
  worker_.start([this, work = std::move(work)]() mutable {
    WorkerPriority::lowerCurrentThread();
    auto deliver = work();
    // The destructor waits for this task, so `this` is alive; the queued call dies with it.
    QMetaObject::invokeMethod(
        this,
        [this, deliver = std::move(deliver)]() mutable {
          --pending_;
          deliver();
        },
        Qt::QueuedConnection);
  });
}

void Publisher::start() {
  run([this] {
    std::string error;
    const bool ok = plane_.start(&error);
    return [this, ok, error = QString::fromStdString(error)] { emit started(ok, error); };
  });
}

void Publisher::publish(std::shared_ptr<const workspace::Workspace> workspace,
                        const QString& message, const QString& group) {
  run([this, workspace = std::move(workspace), message, group] {
    // The control plane compiles the AI routes of what it is given, and the compiler may change
    // their YAML (editors/ai_compilation.h): it gets a copy, not the console's shared snapshot.
    const workspace::Workspace own = *workspace;
    controlplane::PublishOutcome outcome =
        group.isEmpty() ? plane_.publish(own, message.toStdString())
                        : controlplane::publishToGroup(plane_, own, group.toStdString());
    return [this, outcome = std::move(outcome), group] { emit finished(outcome, group, 0); };
  });
}

void Publisher::rollback(int sequence, const QString& message) {
  run([this, sequence, message] {
    controlplane::PublishOutcome outcome = plane_.rollback(sequence, message.toStdString());
    return [this, outcome = std::move(outcome), sequence] { emit finished(outcome, {}, sequence); };
  });
}

}  // namespace meshdesk::app
