// libFuzzer entry point (clang only, see CMakeLists.txt): the workspace reader and the Envoy
// importer on arbitrary bytes. A broken property (fuzz_input.h) aborts, so that libFuzzer
// keeps the input as a crash reproducer.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto problems = meshdesk::fuzz::checkInput(text);
  if (!problems.empty()) {
    for (const auto& p : problems) std::fprintf(stderr, "%s\n", p.c_str());
    std::abort();
  }
  return 0;
}
