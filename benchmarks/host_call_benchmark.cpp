// What a host call costs (issue 4's figures): a sync external called 1 000 000 times, an async
// external that completes at once awaited 100 000 times, a gather of 10 000 of them (time per call
// and peak memory), the memory of one suspended run among 10 000, and the floor: the same number of co_awaits of the same asio::awaitable
// straight from C++. With --python, CPython's equivalents run in the same process tree: a Python
// function as the "host", and an asyncio future resolved by call_soon as the async one.
//
//   coil_host_call_benchmark [--python python3] [--scale 1.0] [--only sync|async|gather]
//
// --only runs one of coil's measures alone (for a profiler) and prints its time.
#include <coil/coil.hpp>

#include <asio.hpp>

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point start) {
  return std::chrono::duration<double>(clock_type::now() - start).count();
}

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

asio::awaitable<long> immediate(long i) { co_return i; }

double run_script(const std::string& source, const coil::externals& tools) {
  auto program = coil::compile(source);
  if (!program) {
    std::fprintf(stderr, "%s", program.error().display().c_str());
    std::exit(1);
  }
  asio::io_context context;
  const auto start = clock_type::now();
  bool ok = false;
  asio::co_spawn(context, coil::run(*program, tools), [&](std::exception_ptr, coil::result<coil::value> r) {
    ok = r.has_value();
    if (!r) std::fprintf(stderr, "%s", r.error().display().c_str());
  });
  context.run();
  const double elapsed = seconds_since(start);
  if (!ok) std::exit(1);
  return elapsed;
}

double python_seconds(const std::string& python, const std::string& code) {
  const std::string command = python + " -c '" + code + "'";
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return -1;
  double seconds = -1;
  if (std::fscanf(pipe, "%lf", &seconds) != 1) seconds = -1;
  pclose(pipe);
  return seconds;
}

long current_rss_kb() {
  long pages_total = 0, pages_resident = 0;
  FILE* statm = std::fopen("/proc/self/statm", "r");
  if (statm == nullptr) return -1;
  if (std::fscanf(statm, "%ld %ld", &pages_total, &pages_resident) != 2) pages_resident = -1;
  std::fclose(statm);
  return pages_resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// Memory of a suspended execution: `runs` executions of a small script (a function, a loop, a
// dict) started on one io_context, each then waiting on a 300 ms host call; the resident set is
// read while all of them wait. Returns bytes per run.
double suspended_run_bytes(long runs) {
  coil::externals tools;
  tools.add("fetch", [](long i) -> asio::awaitable<long> {
    asio::steady_timer timer(co_await asio::this_coro::executor, std::chrono::milliseconds(300));
    co_await timer.async_wait(asio::use_awaitable);
    co_return i;
  }, {"i"});
  auto program = coil::compile(
      "def score(item):\n    return item['weight'] * 2\n"
      "items = [{'name': f'n{i}', 'weight': i} for i in range(5)]\n"
      "value = await fetch(len(items))\n"
      "sum(score(x) for x in items) + value\n");
  if (!program) std::exit(1);
  asio::io_context context;
  long finished = 0;
  const long before = current_rss_kb();
  for (long i = 0; i < runs; ++i)
    coil::async_run(context.get_executor(), *program, tools, {}, [&](coil::result<coil::value> r) { finished += r ? 1 : 0; });
  long during = 0;
  asio::steady_timer probe(context, std::chrono::milliseconds(150));
  probe.async_wait([&](std::error_code) { during = current_rss_kb(); });
  context.run();
  if (finished != runs) std::exit(1);
  return static_cast<double>(during - before) * 1024.0 / static_cast<double>(runs);
}

}  // namespace

int main(int argc, char** argv) {
  std::string python;
  std::string only;
  double scale = 1.0;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--python") python = argv[i + 1];
    if (std::string(argv[i]) == "--scale") scale = std::atof(argv[i + 1]);
    if (std::string(argv[i]) == "--only") only = argv[i + 1];
  }
  const long sync_calls = static_cast<long>(1000000 * scale);
  const long async_calls = static_cast<long>(100000 * scale);
  const long gathered = static_cast<long>(10000 * scale);

  coil::externals tools;
  tools.add("host_sync", [](long i) { return i; }, {"i"});
  tools.add("host_async", [](long i) -> asio::awaitable<long> { co_return i; }, {"i"});

  const std::string n_sync = std::to_string(sync_calls), n_async = std::to_string(async_calls), n_gather = std::to_string(gathered);
  if (!only.empty()) {
    std::string source;
    long calls = 0;
    if (only == "sync") source = "for i in range(" + n_sync + "):\n    host_sync(i)\n", calls = sync_calls;
    if (only == "async") source = "for i in range(" + n_async + "):\n    await host_async(i)\n", calls = async_calls;
    if (only == "gather")
      source = "import asyncio\nr = await asyncio.gather(*[host_async(i) for i in range(" + n_gather + ")])\nlen(r)\n",
      calls = gathered;
    if (source.empty()) {
      std::fprintf(stderr, "--only takes sync, async or gather\n");
      return 2;
    }
    std::printf("%s: %.0f ns per call (loop included)\n", only.c_str(), run_script(source, tools) / calls * 1e9);
    return 0;
  }
  // The loops alone, to subtract: the same loop calling nothing.
  const double empty_loop = run_script("for i in range(" + n_sync + "):\n    pass\n", tools);
  const double sync = run_script("for i in range(" + n_sync + "):\n    host_sync(i)\n", tools);
  const double async_loop = run_script("for i in range(" + n_async + "):\n    await host_async(i)\n", tools);
  const long rss_before = peak_rss_kb();
  const double gather = run_script("import asyncio\nr = await asyncio.gather(*[host_async(i) for i in range(" + n_gather + ")])\nlen(r)\n", tools);
  const long rss_after = peak_rss_kb();

  // The floor: co_await the same awaitable from C++.
  double direct = 0;
  {
    asio::io_context context;
    const auto start = clock_type::now();
    asio::co_spawn(context, [&]() -> asio::awaitable<void> {
      long total = 0;
      for (long i = 0; i < async_calls; ++i) total += co_await immediate(i);
      if (total < 0) std::puts("");
    }, asio::detached);
    context.run();
    direct = seconds_since(start);
  }

  const double sync_ns = (sync - empty_loop) / sync_calls * 1e9;
  const double async_ns = async_loop / async_calls * 1e9;
  const double direct_ns = direct / async_calls * 1e9;
  std::printf("%-48s %12s %12s\n", "measure", "coil", "CPython");
  std::string py_sync = "-", py_async = "-", py_gather = "-";
  if (!python.empty()) {
    const double p_empty = python_seconds(python, "import time\nt=time.perf_counter()\nfor i in range(" + n_sync + "):\n    pass\nprint(time.perf_counter()-t)");
    const double p_sync = python_seconds(python, "import time\ndef host_sync(i):\n    return i\nt=time.perf_counter()\nfor i in range(" + n_sync + "):\n    host_sync(i)\nprint(time.perf_counter()-t)");
    const double p_async = python_seconds(python,
        "import asyncio, time\nasync def main():\n    loop = asyncio.get_running_loop()\n    t = time.perf_counter()\n    for i in range(" + n_async +
        "):\n        f = loop.create_future()\n        loop.call_soon(f.set_result, i)\n        await f\n    return time.perf_counter() - t\nprint(asyncio.run(main()))");
    const double p_gather = python_seconds(python,
        "import asyncio, time\nasync def main():\n    loop = asyncio.get_running_loop()\n    t = time.perf_counter()\n    fs = []\n    for i in range(" + n_gather +
        "):\n        f = loop.create_future()\n        loop.call_soon(f.set_result, i)\n        fs.append(f)\n    await asyncio.gather(*fs)\n    return time.perf_counter() - t\nprint(asyncio.run(main()))");
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.0f ns", (p_sync - p_empty) / sync_calls * 1e9);
    py_sync = buffer;
    std::snprintf(buffer, sizeof buffer, "%.0f ns", p_async / async_calls * 1e9);
    py_async = buffer;
    std::snprintf(buffer, sizeof buffer, "%.2f us", p_gather / gathered * 1e6);
    py_gather = buffer;
  }
  char cell[64];
  std::snprintf(cell, sizeof cell, "%.0f ns", sync_ns);
  std::printf("%-48s %12s %12s\n", "sync external call (loop subtracted)", cell, py_sync.c_str());
  std::snprintf(cell, sizeof cell, "%.0f ns", async_ns);
  std::printf("%-48s %12s %12s\n", "await of an async external completing at once", cell, py_async.c_str());
  std::snprintf(cell, sizeof cell, "%.2f us", gather / gathered * 1e6);
  std::printf("%-48s %12s %12s\n", ("gather of " + n_gather + " of them, per call").c_str(), cell, py_gather.c_str());
  std::printf("%-48s %9ld KB\n", "peak RSS growth over that gather", rss_after - rss_before);
  std::snprintf(cell, sizeof cell, "%.0f ns", direct_ns);
  std::printf("%-48s %12s\n", "direct C++ co_await of the same awaitable", cell);
  std::printf("%-48s %11.1fx\n", "async round trip / direct co_await", async_ns / direct_ns);
  const long suspended_runs = static_cast<long>(10000 * scale);
  std::snprintf(cell, sizeof cell, "%.1f KB", suspended_run_bytes(suspended_runs) / 1024.0);
  std::printf("%-48s %12s\n", ("memory per suspended run (" + std::to_string(suspended_runs) + " waiting)").c_str(), cell);
  return 0;
}
