// xds-grpc-peer: a real gRPC client whose channel is resolved by gRPC's own xDS resolver
// (`xds:///NAME`), for the integration tests of Meshdesk's xDS server.
//
//   GRPC_XDS_BOOTSTRAP=bootstrap.json xds-grpc-peer NAME [--method /pkg.Service/Method]
//       [--interval-ms 100] [--deadline-ms 1000] [--max-seconds 60]
//
// It makes one unary call (empty payload) every interval and prints one line per call on
// stdout, flushed:  `OK <reply payload>`  or  `ERR <status code> <message>`.
// It exits when stdin closes (so it never outlives a test that dies) or after --max-seconds.

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Options {
  std::string name;
  std::string method = "/meshdesk.test.Echo/Who";
  int intervalMs = 100;
  int deadlineMs = 1000;
  int maxSeconds = 60;
};

[[noreturn]] void usage(const char* why) {
  std::fprintf(stderr,
               "xds-grpc-peer: %s\nusage: xds-grpc-peer NAME [--method /pkg.Service/Method] "
               "[--interval-ms N] [--deadline-ms N] [--max-seconds N]\n",
               why);
  std::exit(2);
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage(("missing value after " + arg).c_str());
      return argv[++i];
    };
    auto number = [&]() {
      std::string v = value();
      char* end = nullptr;
      long n = std::strtol(v.c_str(), &end, 10);
      if (v.empty() || *end != '\0' || n <= 0) usage(("not a positive number: " + v).c_str());
      return static_cast<int>(n);
    };
    if (arg == "--method") o.method = value();
    else if (arg == "--interval-ms") o.intervalMs = number();
    else if (arg == "--deadline-ms") o.deadlineMs = number();
    else if (arg == "--max-seconds") o.maxSeconds = number();
    else if (arg.rfind("--", 0) == 0) usage(("unknown option " + arg).c_str());
    else if (o.name.empty()) o.name = arg;
    else usage("more than one NAME");
  }
  if (o.name.empty()) usage("NAME is required");
  return o;
}

std::string text(const grpc::ByteBuffer& buffer) {
  std::vector<grpc::Slice> slices;
  std::string out;
  if (!buffer.Dump(&slices).ok()) return out;
  for (const auto& s : slices) out.append(reinterpret_cast<const char*>(s.begin()), s.size());
  return out;
}

// One line per call: newlines in a status message would split it.
std::string oneLine(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  return s;
}

std::atomic<bool> stdinClosed{false};

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse(argc, argv);

  std::thread([] {
    char buf[256];
    while (true) {
      ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
      if (n == 0 || (n < 0 && errno != EINTR)) break;
    }
    stdinClosed = true;
  }).detach();

  auto channel = grpc::CreateChannel("xds:///" + options.name, grpc::InsecureChannelCredentials());
  grpc::GenericStub stub(channel);
  const grpc::Slice empty("");
  const grpc::ByteBuffer request(&empty, 1);

  using Clock = std::chrono::steady_clock;
  const auto stopAt = Clock::now() + std::chrono::seconds(options.maxSeconds);
  auto nextCall = Clock::now();
  while (!stdinClosed && Clock::now() < stopAt) {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::milliseconds(options.deadlineMs));
    grpc::ByteBuffer reply;
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    grpc::Status status;
    stub.UnaryCall(&context, options.method, grpc::StubOptions(), &request, &reply,
                   [&](grpc::Status s) {
                     std::lock_guard lock(mutex);
                     status = std::move(s);
                     finished = true;
                     done.notify_one();
                   });
    {
      std::unique_lock lock(mutex);
      done.wait(lock, [&] { return finished; });
    }
    if (status.ok())
      std::printf("OK %s\n", oneLine(text(reply)).c_str());
    else
      std::printf("ERR %d %s\n", static_cast<int>(status.error_code()),
                  oneLine(status.error_message()).c_str());
    std::fflush(stdout);

    nextCall += std::chrono::milliseconds(options.intervalMs);
    auto now = Clock::now();
    if (nextCall < now) nextCall = now;
    while (!stdinClosed && Clock::now() < nextCall)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  // The stdin reader may still be blocked in read(); leave without tearing the channel down.
  std::fflush(stdout);
  std::_Exit(0);
}
