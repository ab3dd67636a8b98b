// protoc-gen-validate's well-known formats, edge cases included, as its C++ validators decide.
#include <gtest/gtest.h>

#include "validate/known_formats.h"

namespace meshdesk::validate::known {
namespace {

TEST(KnownFormats, Hostname) {
  EXPECT_TRUE(isHostname("api.lab"));
  EXPECT_TRUE(isHostname("api.lab."));  // a trailing dot is allowed
  EXPECT_TRUE(isHostname("a-b.c0"));
  EXPECT_FALSE(isHostname(""));
  EXPECT_FALSE(isHostname("."));
  EXPECT_FALSE(isHostname("a..b"));
  EXPECT_FALSE(isHostname("-a.lab"));
  EXPECT_FALSE(isHostname("a-.lab"));
  EXPECT_FALSE(isHostname("a_b.lab"));
  EXPECT_FALSE(isHostname(std::string(64, 'a') + ".lab"));
  EXPECT_TRUE(isHostname(std::string(63, 'a') + ".lab"));
  EXPECT_FALSE(isHostname(std::string(254, 'a')));
}

TEST(KnownFormats, IpAddresses) {
  EXPECT_TRUE(isIpv4("10.0.0.1"));
  EXPECT_FALSE(isIpv4("10.0.0"));
  EXPECT_FALSE(isIpv4("::1"));
  EXPECT_TRUE(isIpv6("::1"));
  EXPECT_TRUE(isIpv6("2001:db8::8a2e:370:7334"));
  EXPECT_FALSE(isIpv6("10.0.0.1"));
  EXPECT_TRUE(isIp("0.0.0.0"));
  EXPECT_FALSE(isIp("localhost"));
}

TEST(KnownFormats, Uuid) {
  EXPECT_TRUE(isUuid("123e4567-e89b-12d3-a456-426614174000"));
  EXPECT_FALSE(isUuid("123e4567e89b12d3a456426614174000"));
  EXPECT_FALSE(isUuid("123e4567-e89b-12d3-a456-42661417400g"));
}

TEST(KnownFormats, HeaderNames) {
  EXPECT_TRUE(isHeaderName("x-request-id", true));
  EXPECT_TRUE(isHeaderName(":authority", true));
  EXPECT_TRUE(isHeaderName("a,b", true));  // "+-." is a range in PGV's class, so ',' passes
  EXPECT_FALSE(isHeaderName("", true));
  EXPECT_FALSE(isHeaderName(":", true));
  EXPECT_FALSE(isHeaderName("x y", true));
  EXPECT_FALSE(isHeaderName("x:y", true));
  EXPECT_TRUE(isHeaderName("x y", false));
  EXPECT_TRUE(isHeaderName("", false));
  EXPECT_FALSE(isHeaderName(std::string("x\ny"), false));
  EXPECT_FALSE(isHeaderName(std::string("x\0y", 3), false));
}

TEST(KnownFormats, HeaderValues) {
  EXPECT_TRUE(isHeaderValue("text/html; charset=utf-8", true));
  EXPECT_TRUE(isHeaderValue("a\tb", true));
  EXPECT_TRUE(isHeaderValue("caf\xc3\xa9", true));
  EXPECT_FALSE(isHeaderValue("a\x01z", true));
  EXPECT_FALSE(isHeaderValue("a\x7f", true));
  EXPECT_FALSE(isHeaderValue("a\rb", true));
  EXPECT_TRUE(isHeaderValue("a\x01z", false));
  EXPECT_FALSE(isHeaderValue("a\rb", false));
}

TEST(KnownFormats, Utf8LengthCountsCodePoints) {
  EXPECT_EQ(utf8Length(""), 0u);
  EXPECT_EQ(utf8Length("abc"), 3u);
  EXPECT_EQ(utf8Length("caf\xc3\xa9"), 4u);
  EXPECT_EQ(utf8Length("\xf0\x9f\x98\x80"), 1u);
}

}  // namespace
}  // namespace meshdesk::validate::known
