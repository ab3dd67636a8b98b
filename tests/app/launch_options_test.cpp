// The meshdesk command line: defaults, each option, and a clear error for each kind of bad input.

#include <QFileInfo>
#include <QSettings>
#include <QTemporaryFile>

#include <gtest/gtest.h>

#include "launch_options.h"

namespace meshdesk::app {
namespace {

class LaunchOptionsTest : public ::testing::Test {
 protected:
  void SetUp() override { QSettings().clear(); }
  void TearDown() override { QSettings().clear(); }

  bool parse(QStringList arguments) {
    arguments.prepend(QStringLiteral("meshdesk"));
    error.clear();
    return LaunchOptionsParser::parse(arguments, options, error);
  }

  LaunchOptions options;
  QString error;
};

TEST_F(LaunchOptionsTest, DefaultsToTheBundledLabWorkspaceOnLoopback) {
  ASSERT_TRUE(parse({})) << error.toStdString();
  EXPECT_EQ(options.xdsAddress, QStringLiteral("127.0.0.1:18000"));
  EXPECT_TRUE(options.workspace.endsWith(QStringLiteral("lab/workspace.yaml")))
      << options.workspace.toStdString();
  EXPECT_EQ(options.workspace, LaunchOptionsParser::bundledWorkspace());
  EXPECT_TRUE(options.language == "en" || options.language == "de");
}

TEST_F(LaunchOptionsTest, TakesEachOption) {
  QTemporaryFile workspace;
  ASSERT_TRUE(workspace.open());
  ASSERT_TRUE(parse({"--workspace", workspace.fileName(), "--xds", "0.0.0.0:0", "--lang", "de"}))
      << error.toStdString();
  EXPECT_EQ(options.workspace, workspace.fileName());
  EXPECT_EQ(options.xdsAddress, QStringLiteral("0.0.0.0:0"));
  EXPECT_EQ(options.language, QStringLiteral("de"));
}

TEST_F(LaunchOptionsTest, SavedPreferencesApplyWhenTheCommandLineIsSilent) {
  QSettings settings;
  settings.setValue("xds/address", "127.0.0.1:19000");
  settings.setValue("ui/language", "de");
  ASSERT_TRUE(parse({})) << error.toStdString();
  EXPECT_EQ(options.xdsAddress, QStringLiteral("127.0.0.1:19000"));
  EXPECT_EQ(options.language, QStringLiteral("de"));
  ASSERT_TRUE(parse({"--xds", "127.0.0.1:18500", "--lang", "en"}));
  EXPECT_EQ(options.xdsAddress, QStringLiteral("127.0.0.1:18500"));
  EXPECT_EQ(options.language, QStringLiteral("en"));
}

TEST_F(LaunchOptionsTest, RejectsAnAddressWithoutAValidPort) {
  for (const char* bad : {"localhost", "127.0.0.1:", "127.0.0.1:70000", ":18000", "host:abc"}) {
    EXPECT_FALSE(parse({"--xds", bad})) << bad;
    EXPECT_TRUE(error.contains("--xds")) << error.toStdString();
    EXPECT_TRUE(error.contains(QString::fromLatin1(bad))) << error.toStdString();
  }
  EXPECT_TRUE(parse({"--xds", "[::1]:18000"})) << error.toStdString();
}

TEST_F(LaunchOptionsTest, RejectsALanguageItDoesNotHave) {
  EXPECT_FALSE(parse({"--lang", "fr"}));
  EXPECT_TRUE(error.contains("fr")) << error.toStdString();
  EXPECT_TRUE(error.contains("en, de")) << error.toStdString();
}

TEST_F(LaunchOptionsTest, RejectsAWorkspaceThatIsNotThere) {
  EXPECT_FALSE(parse({"--workspace", "/nonexistent/meshdesk/workspace.yaml"}));
  EXPECT_TRUE(error.contains("/nonexistent/meshdesk/workspace.yaml")) << error.toStdString();
}

TEST_F(LaunchOptionsTest, RejectsUnknownOptionsAndStrayArguments) {
  EXPECT_FALSE(parse({"--frobnicate"}));
  EXPECT_TRUE(error.contains("frobnicate")) << error.toStdString();
  EXPECT_FALSE(parse({"workspace.yaml"}));
  EXPECT_TRUE(error.contains("workspace.yaml")) << error.toStdString();
}

TEST_F(LaunchOptionsTest, LeavesQtsOwnOptionsToQApplication) {
  ASSERT_TRUE(parse({"-platform", "offscreen", "--lang", "de", "-geometry", "1400x900+0+0",
                     "-reverse"}))
      << error.toStdString();
  EXPECT_EQ(options.language, QStringLiteral("de"));
  // A double-dash spelling is ours to parse, and not an option we have.
  EXPECT_FALSE(parse({"--style", "fusion"}));
}

}  // namespace
}  // namespace meshdesk::app
