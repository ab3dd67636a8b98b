// libFuzzer entry point (clang only, see CMakeLists.txt): the workspace reader and the Envoy
// importer on arbitrary bytes. A broken property (fuzz_input.h) aborts, so that libFuzzer
// keeps the input as a crash reproducer.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include <google/protobuf/stubs/logging.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include "fuzz_input.h"

namespace {

// Inputs that hit an issue already in known_issues.txt must not stop the run on the same issue
// again: more than one document (yaml-cpp can produce them without end) and many aliases
// (expanded while converting) are passed over; for text that is not UTF-8 or nests deeply,
// items that do not parse from their own bytes are expected.
class KnownIssueDetector : public YAML::EventHandler {
 public:
  int documents = 0;
  int aliases = 0;
  int depth = 0;
  int maxDepth = 0;
  bool utf8 = true;
  void OnDocumentStart(const YAML::Mark&) override { ++documents; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++aliases; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    maxDepth = std::max(maxDepth, ++depth);
  }
  void OnSequenceEnd() override { --depth; }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    maxDepth = std::max(maxDepth, ++depth);
  }
  void OnMapEnd() override { --depth; }
};

bool validUtf8(std::string_view text) {
  // Enough for this purpose: any byte of 0x80 and above that is not part of a well-formed
  // 2-4 byte sequence.
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
    if (extra < 0 || text.size() - i <= static_cast<std::size_t>(extra)) return false;
    for (int k = 1; k <= extra; ++k)
      if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return false;
    i += extra + 1;
  }
  return true;
}

KnownIssueDetector detect(std::string_view text) {
  std::istringstream in{std::string(text)};
  KnownIssueDetector detector;
  detector.utf8 = validUtf8(text);
  try {
    YAML::Parser parser(in);
    while (detector.documents <= 2 && parser.HandleNextDocument(detector)) {
    }
  } catch (const YAML::Exception&) {
    // A syntax error: the readers report it.
  }
  return detector;
}

}  // namespace

// protobuf logs every string that is not UTF-8; at hundreds of inputs a second that buries the
// report of what matters.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  google::protobuf::SetLogHandler(nullptr);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  KnownIssueDetector known = detect(text);
  if (known.documents > 2 || known.aliases > 16) return -1;  // not added to the corpus
  auto problems = meshdesk::fuzz::checkInput(text);
  // Text that is not UTF-8 is read without error and then cannot be served or written back
  // (invalid-utf8*.yaml); deep nesting cannot be served (deep-*.yaml).
  if (!known.utf8) {
    std::erase_if(problems, [](const std::string& p) {
      return p.find("does not parse from its own wire bytes") != std::string::npos ||
             p.find("the written workspace") != std::string::npos;
    });
  } else if (known.maxDepth > 30) {
    std::erase_if(problems, [](const std::string& p) {
      return p.find("does not parse from its own wire bytes") != std::string::npos;
    });
  }
  if (!problems.empty()) {
    for (const auto& p : problems) std::fprintf(stderr, "%s\n", p.c_str());
    std::abort();
  }
  return 0;
}
