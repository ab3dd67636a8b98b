#pragma once
// Process-wide settings that a program embedding the xDS server makes once, first thing in
// main(): not done by the server itself, since they touch every library in the process.

namespace meshdesk::xds {

// Debian's abseil is built without NDEBUG, so every absl::Mutex (gRPC's included) feeds a
// deadlock-detection graph: about 5 % of the server's CPU under load (docs/performance.md), and
// in the console GUI-thread time when thousands of streams come and go (docs/console.md).
void skipAbseilDeadlockDetection();

}  // namespace meshdesk::xds
