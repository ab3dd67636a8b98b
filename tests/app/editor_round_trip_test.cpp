// The editors in the window: a field changed in the form shows in the YAML, YAML typed shows in
// the form, bad YAML is refused with its place, every edit is one undo step with a readable
// name, and a validation finding takes the cursor to its resource and field.

#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QUndoStack>

#include "console_fixture.h"
#include "document/workspace_document.h"
#include "editors/cluster_editor.h"
#include "editors/editor_panel.h"
#include "editors/route_editor.h"
#include "editors/yaml_pane.h"
#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "models/finding_list_model.h"
#include "tester/request_tester_dock.h"
#include "validation/validation_dock.h"
#include "validation/validation_runner.h"
#include "workspace/resources_dock.h"

namespace meshdesk::app {
namespace {

using workspace::Kind;
using testing::waitFor;

class EditorRoundTripTest : public testing::ConsoleTest {
 protected:
  void SetUp() override {
    ConsoleTest::SetUp();
    start(false);
    openLab();
  }
  void select(Kind kind, const QString& name) {
    ResourceRef ref;
    ref.level = ResourceRef::Level::Item;
    ref.kind = kind;
    ref.name = name;
    ASSERT_TRUE(window->resourcesDock()->select(ref));
  }
  QString yaml() const { return window->editorPanel()->yaml()->editor()->toPlainText(); }
  const envoy::config::cluster::v3::Cluster& cluster(const std::string& name) const {
    return window->document().workspace().find(Kind::kCluster, name)->as<envoy::config::cluster::v3::Cluster>();
  }
  QUndoStack* undo() const { return window->document().undoStack(); }
};

TEST_F(EditorRoundTripTest, AFormFieldShowsInTheYamlAndUndoesByName) {
  select(Kind::kCluster, "api");
  auto* editor = qobject_cast<ClusterEditor*>(window->editorPanel()->editor());
  ASSERT_NE(editor, nullptr);
  EXPECT_EQ(editor->connectTimeout()->text(), QStringLiteral("0.250s"));
  editor->connectTimeout()->setText(QStringLiteral("2s"));
  emit editor->connectTimeout()->editingFinished();
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Set cluster api connect timeout to 2s"));
  EXPECT_EQ(cluster("api").connect_timeout().seconds(), 2);
  EXPECT_TRUE(yaml().contains(QStringLiteral("connect_timeout: 2s"))) << yaml().toStdString();

  // Not a duration: refused where it is typed, nothing changes.
  const int steps = undo()->count();
  editor->connectTimeout()->setText(QStringLiteral("soon"));
  emit editor->connectTimeout()->editingFinished();
  EXPECT_EQ(undo()->count(), steps);

  undo()->undo();
  EXPECT_NE(cluster("api").connect_timeout().seconds(), 2);
  EXPECT_FALSE(yaml().contains(QStringLiteral("connect_timeout: 2s")));
  EXPECT_NE(editor->connectTimeout()->text(), QStringLiteral("2s"));
}

TEST_F(EditorRoundTripTest, YamlTypedShowsInTheFormAndErrorsAreShownWhereTheyAre) {
  select(Kind::kCluster, "web");
  auto* editor = qobject_cast<ClusterEditor*>(window->editorPanel()->editor());
  ASSERT_NE(editor, nullptr);
  YamlPane* pane = window->editorPanel()->yaml();
  QString text = yaml();
  text.replace(QRegularExpression(QStringLiteral("lb_policy: \\w+\\n")), QString());
  text += QStringLiteral("lb_policy: LEAST_REQUEST\n");
  pane->editor()->setPlainText(text);
  pane->parseNow();
  EXPECT_EQ(pane->errors(), QString());
  EXPECT_EQ(cluster("web").lb_policy(), envoy::config::cluster::v3::Cluster::LEAST_REQUEST);
  EXPECT_EQ(editor->lbPolicy()->currentText(), QStringLiteral("LEAST_REQUEST"));
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Edit cluster web as YAML"));

  // A wrong value: the error names line and field; the workspace keeps what it had.
  pane->editor()->setPlainText(QStringLiteral("name: web\nlb_policy: FASTEST\n"));
  pane->parseNow();
  EXPECT_TRUE(pane->errors().contains(QStringLiteral("2:"))) << pane->errors().toStdString();
  EXPECT_TRUE(pane->errors().contains(QStringLiteral("lb_policy"))) << pane->errors().toStdString();
  EXPECT_FALSE(pane->editor()->extraSelections().isEmpty());
  EXPECT_EQ(cluster("web").lb_policy(), envoy::config::cluster::v3::Cluster::LEAST_REQUEST);
}

TEST_F(EditorRoundTripTest, ARouteMatchAndActionRoundTripThroughTheForm) {
  ResourceRef ref;
  ref.level = ResourceRef::Level::Route;
  ref.kind = Kind::kRoute;
  ref.name = QStringLiteral("edge-routes");
  ref.virtualHost = 1;
  ref.route = 0;  // www: /app split web 90 / api 10
  ASSERT_TRUE(window->resourcesDock()->select(ref));
  auto* editor = qobject_cast<RouteEditor*>(window->editorPanel()->editor());
  ASSERT_NE(editor, nullptr);
  EXPECT_EQ(editor->matchValue()->text(), QStringLiteral("/app"));
  EXPECT_EQ(editor->actionKind()->currentData().toString(), QStringLiteral("weighted_clusters"));
  ASSERT_EQ(editor->weightedClusters()->rowCount(), 2);

  editor->matchValue()->setText(QStringLiteral("/shop"));
  emit editor->matchValue()->editingFinished();
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Set route /app match to /shop"));
  EXPECT_TRUE(yaml().contains(QStringLiteral("prefix: /shop")));

  editor->weightedClusters()->setCell(1, 1, QStringLiteral("30"));
  const auto& r = window->document().workspace().find(Kind::kRoute, "edge-routes")
                      ->as<envoy::config::route::v3::RouteConfiguration>().virtual_hosts(1).routes(0);
  EXPECT_EQ(r.route().weighted_clusters().clusters(1).weight().value(), 30u);
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Edit weighted clusters of route /shop"));

  editor->headers()->addRow({QStringLiteral("x-beta"), QStringLiteral("present"), QString(), QStringLiteral("no")});
  EXPECT_TRUE(yaml().contains(QStringLiteral("present_match: true"))) << yaml().toStdString();
}

TEST_F(EditorRoundTripTest, AFindingTakesTheCursorToItsField) {
  window->validation()->setDelay(1);
  select(Kind::kCluster, "api");
  auto* editor = qobject_cast<ClusterEditor*>(window->editorPanel()->editor());
  ASSERT_NE(editor, nullptr);
  // A connect timeout of 0s: Envoy requires more than 0.
  editor->connectTimeout()->setText(QStringLiteral("0s"));
  emit editor->connectTimeout()->editingFinished();
  ValidationDock* dock = window->validationDock();
  ASSERT_TRUE(waitFor([&] {
    for (const auto& f : dock->model()->findings()) {
      if (f.resource == "api" && f.path == "connect_timeout") return true;
    }
    return false;
  })) << dock->summary().toStdString();
  EXPECT_TRUE(dock->summary().contains(QStringLiteral("error")));
  int row = -1;
  for (int i = 0; i < dock->model()->rowCount(); ++i) {
    if (dock->model()->findings()[i].path == "connect_timeout") row = i;
  }
  select(Kind::kListener, "edge");  // somewhere else first
  dock->activate(row);
  EXPECT_EQ(window->editorPanel()->current().name, QStringLiteral("api"));
  auto* shown = qobject_cast<ClusterEditor*>(window->editorPanel()->editor());
  ASSERT_NE(shown, nullptr);
  EXPECT_TRUE(shown->connectTimeout()->hasFocus() || QApplication::focusWidget() == shown->connectTimeout());
}

TEST_F(EditorRoundTripTest, TheRequestTesterLightsUpTheRouteAndCluster) {
  RequestTesterDock* tester = window->requestTester();
  QSignalSpy decided(tester, &RequestTesterDock::decided);
  tester->setRequest(QStringLiteral("api.lab"), QStringLiteral("/v1/users/42"));
  tester->evaluate();
  ASSERT_TRUE(decided.wait(10000));
  const auto refs = decided.at(0).at(1).value<QList<ResourceRef>>();
  ASSERT_GE(refs.size(), 2);
  EXPECT_EQ(refs[0].level, ResourceRef::Level::Route);
  EXPECT_EQ(refs[0].route, 0);
  EXPECT_EQ(refs[1].name, QStringLiteral("api"));
  EXPECT_TRUE(tester->resultText().contains(QStringLiteral("cluster api"))) << tester->resultText().toStdString();
  EXPECT_EQ(window->resourcesDock()->current(), refs[0]);
}

}  // namespace
}  // namespace meshdesk::app
