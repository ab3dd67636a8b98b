// Edit > Preferences: what it saves, and that it will not take an address that is not one.

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

#include <gtest/gtest.h>

#include "dialogs/preferences_dialog.h"

namespace meshdesk::app {
namespace {

class PreferencesDialogTest : public ::testing::Test {
 protected:
  void SetUp() override { QSettings().clear(); }
  void TearDown() override { QSettings().clear(); }

  QPushButton* ok(PreferencesDialog& dialog) const {
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
  }
};

TEST_F(PreferencesDialogTest, StartsFromTheCurrentChoicesAndSavesNewOnes) {
  QSettings().setValue("xds/address", "127.0.0.1:19001");
  PreferencesDialog dialog(QStringLiteral("de"));
  EXPECT_EQ(dialog.language(), QStringLiteral("de"));
  EXPECT_EQ(dialog.xdsAddress(), QStringLiteral("127.0.0.1:19001"));

  auto* language = dialog.findChild<QComboBox*>();
  language->setCurrentIndex(language->findData(QStringLiteral("en")));
  dialog.findChild<QLineEdit*>()->setText(QStringLiteral(" 127.0.0.1:18123 "));
  dialog.save();
  QSettings settings;
  EXPECT_EQ(settings.value("ui/language").toString(), QStringLiteral("en"));
  EXPECT_EQ(settings.value("xds/address").toString(), QStringLiteral("127.0.0.1:18123"));
}

TEST_F(PreferencesDialogTest, OkIsOffWhileTheAddressIsNotHostAndPort) {
  PreferencesDialog dialog(QStringLiteral("en"));
  EXPECT_EQ(dialog.xdsAddress(), QStringLiteral("127.0.0.1:18000"));
  EXPECT_TRUE(ok(dialog)->isEnabled());
  auto* address = dialog.findChild<QLineEdit*>();
  address->setText(QStringLiteral("localhost"));
  EXPECT_FALSE(ok(dialog)->isEnabled());
  address->setText(QStringLiteral("localhost:99999"));
  EXPECT_FALSE(ok(dialog)->isEnabled());
  address->setText(QStringLiteral("localhost:18001"));
  EXPECT_TRUE(ok(dialog)->isEnabled());
}

}  // namespace
}  // namespace meshdesk::app
