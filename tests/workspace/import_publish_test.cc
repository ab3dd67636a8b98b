// An imported workspace goes the way every workspace goes: validation, then snapshots. What the
// validator finds in an import is what the import's notes announced, nothing else.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "publish/publication.h"
#include "test_files.h"
#include "validate/validate.h"
#include "workspace/import.h"

namespace meshdesk::workspace {
namespace {

using ::testing::HasSubstr;

std::vector<validate::Finding> findingsOf(const Workspace& workspace) {
  std::string yaml = workspace.toYaml();
  validate::SourceIndex source(yaml, "imported.yaml");
  return validate::validate(workspace, &source);
}

std::string listed(const std::vector<validate::Finding>& findings) {
  std::string out;
  for (const auto& f : findings) out += f.toString() + "\n";
  return out;
}

TEST(ImportThenPublish, TheFrontProxyValidatesCleanlyAndIsServedWhole) {
  auto imported = importEnvoyFile(testing::dataFile("import/front-proxy.yaml"));
  ASSERT_TRUE(imported.ok());
  auto findings = findingsOf(imported.workspace);
  EXPECT_TRUE(findings.empty()) << listed(findings);

  publish::Publication publication = publish::buildPublication(imported.workspace);
  ASSERT_EQ(publication.snapshots.count("default"), 1u);
  const auto& served = *publication.snapshots.at("default");
  EXPECT_EQ(served.size(), imported.workspace.itemCount());
  EXPECT_EQ(served.resources("type.googleapis.com/envoy.config.route.v3.RouteConfiguration").size(), 2u);
  EXPECT_EQ(served.resources("type.googleapis.com/envoy.config.endpoint.v3.ClusterLoadAssignment")
                .size(),
            1u);
  EXPECT_EQ(served.resources("type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret")
                .size(),
            1u);
}

TEST(ImportThenPublish, WhatTheValidatorFindsInADumpTheNotesAnnounced) {
  auto imported = importEnvoyFile(testing::dataFile("import/ingress-config-dump.json"));
  ASSERT_TRUE(imported.ok());
  auto findings = findingsOf(imported.workspace);
  ASSERT_EQ(findings.size(), 2u) << listed(findings);
  // The listener refers to the secret whose key the dump redacted ...
  EXPECT_EQ(findings[0].resource, "ingress-https");
  EXPECT_EQ(findings[0].rule, "reference.secret");
  EXPECT_THAT(findings[0].message, HasSubstr("ingress-cert"));
  // ... and the cluster whose endpoints the dump did not have.
  EXPECT_EQ(findings[1].resource, "legacy-billing");
  EXPECT_EQ(findings[1].rule, "reference.endpoints");
  std::string notes;
  for (const auto& n : imported.notes) notes += n + "\n";
  EXPECT_THAT(notes, HasSubstr("not imported: secret 'ingress-cert'"));
  EXPECT_THAT(notes, HasSubstr("cluster 'legacy-billing' is EDS, but this file has no endpoints"));
}

}  // namespace
}  // namespace meshdesk::workspace
