#include "schema/type_registry.h"

#include <gtest/gtest.h>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/extensions/filters/http/router/v3/router.pb.h"

namespace meshdesk::schema {
namespace {

TEST(TypeRegistry, BuildsTheWholeApiWithoutErrors) {
  const auto& registry = TypeRegistry::instance();
  EXPECT_TRUE(registry.buildErrors().empty()) << registry.buildErrors().front();
  EXPECT_GT(registry.filesBuilt(), 200);
  EXPECT_GT(registry.filesGenerated(), 50);
  // Recorded so the start-up cost shows in test logs.
  RecordProperty("build_time_us", static_cast<int>(registry.buildTime().count()));
  std::printf("TypeRegistry: %d files built, %d generated, %lld us\n", registry.filesBuilt(),
              registry.filesGenerated(), static_cast<long long>(registry.buildTime().count()));
}

TEST(TypeRegistry, CompiledTypesResolveToTheGeneratedDescriptorAndClass) {
  const auto& registry = TypeRegistry::instance();
  const auto* type = registry.findMessage("envoy.config.cluster.v3.Cluster");
  ASSERT_NE(type, nullptr);
  EXPECT_EQ(type, envoy::config::cluster::v3::Cluster::descriptor());
  auto message = registry.newMessage(type);
  ASSERT_NE(message, nullptr);
  EXPECT_NE(dynamic_cast<envoy::config::cluster::v3::Cluster*>(message.get()), nullptr);
}

TEST(TypeRegistry, TypesOnlyInTheDescriptorSetAreDynamic) {
  const auto& registry = TypeRegistry::instance();
  // Not in the compiled closure: only the embedded descriptor set knows it.
  const auto* type =
      registry.findByTypeUrl("type.googleapis.com/envoy.extensions.filters.http.cors.v3.Cors");
  ASSERT_NE(type, nullptr);
  EXPECT_NE(type->file()->pool(), google::protobuf::DescriptorPool::generated_pool());
  auto message = registry.newMessage(type);
  ASSERT_NE(message, nullptr);
  EXPECT_EQ(message->GetDescriptor(), type);
}

TEST(TypeRegistry, LooksUpByTypeUrlWithAnyPrefixOrBareName) {
  const auto& registry = TypeRegistry::instance();
  const auto* router = envoy::extensions::filters::http::router::v3::Router::descriptor();
  EXPECT_EQ(registry.findByTypeUrl(
                "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router"),
            router);
  EXPECT_EQ(registry.findByTypeUrl("example.com/types/envoy.extensions.filters.http.router.v3.Router"),
            router);
  EXPECT_EQ(registry.findByTypeUrl("envoy.extensions.filters.http.router.v3.Router"), router);
  EXPECT_EQ(registry.findByTypeUrl("type.googleapis.com/envoy.nothing.v3.Nothing"), nullptr);
  EXPECT_EQ(typeUrlOf(router), "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router");
}

TEST(TypeRegistry, SuggestsTheClosestTypeName) {
  EXPECT_EQ(TypeRegistry::instance().closestTypeName("envoy.extensions.filters.http.router.v3.Routr"),
            "envoy.extensions.filters.http.router.v3.Router");
  EXPECT_EQ(TypeRegistry::instance().closestTypeName("com.example.Unrelated"), "");
}

TEST(TypeRegistry, OwnProtosAreKnown) {
  EXPECT_NE(TypeRegistry::instance().findByTypeUrl("type.googleapis.com/meshdesk.ai.v1.ModelRoute"),
            nullptr);
}

}  // namespace
}  // namespace meshdesk::schema
