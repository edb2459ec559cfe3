// The execution limits through the public API: a breach ends the run with an error of kind
// `limit` whose type and message name the limit and the figure; time, memory and allocation
// breaches cannot be caught or delayed by `except`/`finally` (a RecursionError can be caught);
// operations too big to ever fit fail at once with MemoryError; long native operations (sorted,
// sum, str.join, big-int arithmetic) stop at the deadline; big-int digits count as live memory.
#include <coil/coil.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <regex>
#include <string>

namespace {

struct outcome {
  std::string out;           // everything printed
  bool failed = false;
  coil::error::kind kind = coil::error::kind::runtime;
  std::string type, message;
  int line = 0;              // innermost traceback line
  double seconds = 0;        // wall time of compile + run
};

outcome run(const std::string& source, coil::limits limits = {}) {
  const auto start = std::chrono::steady_clock::now();
  outcome o;
  auto program = coil::compile(source);
  REQUIRE(program);
  coil::run_options options;
  options.limits = limits;
  options.on_output = [&](coil::stream, std::string_view text) { o.out += text; };
  auto result = coil::run_sync(*program, std::move(options));
  if (!result) {
    o.failed = true;
    o.kind = result.error().what;
    o.type = result.error().type;
    o.message = result.error().message;
    if (!result.error().traceback.empty()) o.line = result.error().traceback.back().line;
  }
  o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return o;
}

coil::limits memory(std::size_t bytes) {
  coil::limits l;
  l.max_memory = bytes;
  return l;
}
coil::limits duration(int milliseconds) {
  coil::limits l;
  l.max_duration = std::chrono::milliseconds(milliseconds);
  return l;
}

bool matches(const std::string& text, const char* pattern) { return std::regex_match(text, std::regex(pattern)); }

// Every way a script might try to survive a terminal limit: handlers for the type, for
// everything, a finally that prints, and a loop that retries.
const char* const swallowing_script = R"(
def work():
    {body}
for attempt in range(3):
    try:
        work()
    except MemoryError:
        print("caught MemoryError")
    except BaseException:
        print("caught")
    finally:
        print("finally")
print("after")
)";

std::string swallowing(const std::string& body) {
  std::string s = swallowing_script;
  s.replace(s.find("{body}"), 6, body);
  return s;
}

}  // namespace

TEST_CASE("a memory limit breach ends the run and cannot be caught", "[limits]") {
  SECTION("live data growing past the limit") {
    auto o = run(swallowing("x = []\n    while True:\n        x.append([1, 2, 3])"), memory(1000000));
    CHECK(o.failed);
    CHECK(o.kind == coil::error::kind::limit);
    CHECK(o.type == "MemoryError");
    CHECK(matches(o.message, "memory limit exceeded: [0-9]+ bytes > 1000000 bytes"));
    CHECK(o.out.empty());
    CHECK(o.line >= 4);  // inside the loop, not the line before it
  }
  SECTION("small strings near the limit: the refusal itself is the breach") {
    auto o = run(swallowing("x = []\n    while True:\n        x.append('a' * 1000)"), memory(1000000));
    CHECK(o.kind == coil::error::kind::limit);
    CHECK(o.type == "MemoryError");
    CHECK(matches(o.message, "memory limit exceeded: [0-9]+ bytes > 1000000 bytes"));
    CHECK(o.out.empty());
  }
  SECTION("garbage alone never breaches the limit") {
    auto o = run("for i in range(200000):\n    s = 'a' * 1000\n    t = [s] * 10\n    d = {i: s}\nprint('done')\n",
                 memory(300 << 10));
    CHECK_FALSE(o.failed);
    CHECK(o.out == "done\n");
  }
  SECTION("live data just under the limit, and garbage made in a loop: collected, no breach") {
    auto o = run("data = ['x' * 1000 for _ in range(850)]\nn = 0\nfor i in range(100000):\n    s = str(i) * 3\n    n += len(s)\n"
                 "print(n, len(data))\n",
                 memory(920000));
    CHECK_FALSE(o.failed);
    CHECK(o.out == "1466670 850\n");
    CHECK(o.seconds < 20);
  }
  SECTION("big-int digits count as live bytes") {
    auto o = run("xs = []\nfor i in range(1000):\n    xs.append(10 ** 100000 + i)\nprint('unreachable')\n", memory(8 << 20));
    CHECK(o.kind == coil::error::kind::limit);
    CHECK(o.type == "MemoryError");
    CHECK(matches(o.message, "memory limit exceeded: [0-9]+ bytes > 8388608 bytes"));
    CHECK(o.out.empty());
    // The same numbers, not kept, are garbage: the run completes.
    auto kept_none = run("for i in range(1000):\n    x = 10 ** 100000 + i\nprint('done')\n", memory(8 << 20));
    CHECK(kept_none.out == "done\n");
    CHECK_FALSE(kept_none.failed);
  }
  SECTION("a generator collected into a list") {
    auto o = run(swallowing("x = list(str(i) * 10 for i in range(10**9))"), memory(4 << 20));
    CHECK(o.kind == coil::error::kind::limit);
    CHECK(o.type == "MemoryError");
    CHECK(o.out.empty());
  }
}

TEST_CASE("the allocation limit ends the run and cannot be caught", "[limits]") {
  coil::limits limits;
  limits.max_allocations = 1000;
  auto o = run(swallowing("x = []\n    while True:\n        x.append([1])"), limits);
  CHECK(o.kind == coil::error::kind::limit);
  CHECK(o.type == "MemoryError");
  CHECK(matches(o.message, "allocation limit exceeded: [0-9]+ allocations > 1000 allocations"));
  CHECK(o.out.empty());
}

TEST_CASE("the time limit ends the run and cannot be caught", "[limits]") {
  SECTION("a Python loop") {
    auto o = run(swallowing("while True:\n        pass"), duration(100));
    CHECK(o.kind == coil::error::kind::limit);
    CHECK(o.type == "TimeoutError");
    CHECK(matches(o.message, "time limit exceeded: [0-9]+ ms > 100 ms"));
    CHECK(o.out.empty());
    CHECK(o.seconds < 5);
  }
  // Each runs far longer than the limit without it; each must stop near the deadline, even
  // inside one native call, and no handler may run.
  const char* const long_operations[] = {
      "x = 3 ** (10**8)",                                       // big-int pow
      "x = pow(7, 10**8)",                                      // the builtin
      "x = 3 ** (10**7)\n    y = x * x * x * x",                // big-int multiplication
      "x = (3 ** (10**7)) // (7 ** (10**6))",                    // big-int division
      "x = sorted(range(10**8, 0, -1), key=lambda v: -v)",       // sorted with a Python key
      "x = sorted([str(i) for i in range(3 * 10**6)])",         // sorted of strs
      "x = sum(range(10**12))",                                 // sum over a range (no bytecode runs)
      "x = sum(i for i in range(10**12))",                      // sum over a generator
      "x = sum(float(i) for i in range(10**12))",                // the float loop
      "x = max(range(10**12))",                                 // min/max
      "x = any(i < 0 for i in range(10**12))",                  // any/all
      "x = ','.join(map(str, range(10**9)))",                   // str.join over a native iterator
      "x = ','.join(str(i) for i in range(10**9))",             // str.join over a generator
      "x = list(map(abs, range(10**9)))",                       // list() of a lazy iterator
      "x = tuple(filter(None, range(10**12)))",                 // tuple() of one
  };
  for (const char* operation : long_operations) {
    INFO(operation);
    auto o = run(swallowing(operation), duration(200));
    CHECK(o.kind == coil::error::kind::limit);
    CHECK(o.type == "TimeoutError");
    CHECK(matches(o.message, "time limit exceeded: [0-9]+ ms > 200 ms"));
    CHECK(o.out.empty());
    CHECK(o.seconds < 10);
  }
}

TEST_CASE("the recursion limit is a catchable RecursionError, and a limit error when uncaught", "[limits]") {
  coil::limits limits;
  limits.max_recursion_depth = 50;
  SECTION("uncaught") {
    auto o = run("def f(n):\n    return f(n + 1)\nf(0)\n", limits);
    CHECK(o.kind == coil::error::kind::limit);
    CHECK(o.type == "RecursionError");
    CHECK(o.message == "maximum recursion depth exceeded");
  }
  SECTION("caught, and the script goes on at the configured depth") {
    auto o = run("depth = 0\ndef f(n):\n    global depth\n    depth = n\n    return f(n + 1)\ntry:\n    f(1)\n"
                 "except RecursionError as e:\n    print('caught', e)\nprint(depth)\n",
                 limits);
    CHECK_FALSE(o.failed);
    CHECK(o.out == "caught maximum recursion depth exceeded\n49\n");
  }
  SECTION("a RecursionError the script raises itself is an ordinary error") {
    auto o = run("raise RecursionError('mine')\n", limits);
    CHECK(o.kind == coil::error::kind::runtime);
    CHECK(o.message == "mine");
  }
}

TEST_CASE("operations too big for the memory limit fail at once with a catchable MemoryError", "[limits]") {
  const char* const too_big[] = {
      "'x' * 10**10",  "[0] * 10**9",       "(0,) * 10**9",       "10 ** 10**9",       "2 ** (2**40)",
      "1 << 10**10",   "'x'.center(10**9)", "'x'.ljust(10**10)",  "'-1'.zfill(10**9)", "list(range(10**12))",
      "tuple(range(10**12))", "sorted(range(10**12))", "[1, 2] + [0] * 10**9", "'%s' * 10**10",
  };
  for (const char* expression : too_big) {
    INFO(expression);
    // With a limit: the figure is beyond it, so nothing is attempted and the script may go on.
    auto limited = run(std::string("try:\n    x = ") + expression + "\nexcept MemoryError as e:\n    print('MemoryError', repr(e))\nprint('after')\n",
                       memory(64 << 20));
    CHECK_FALSE(limited.failed);
    CHECK(limited.out == "MemoryError MemoryError()\nafter\n");
    CHECK(limited.seconds < 2);
  }
  // Without a limit, sizes no object can have fail the same way (CPython: malloc fails).
  const char* const impossible[] = {"'x' * 10**10", "[0] * 10**10", "(0,) * 10**10", "list(range(10**12))", "'ab'.center(10**10)"};
  for (const char* expression : impossible) {
    INFO(expression);
    auto unlimited = run(std::string("try:\n    x = ") + expression + "\nexcept MemoryError as e:\n    print('MemoryError', repr(e))\n");
    CHECK(unlimited.out == "MemoryError MemoryError()\n");
    CHECK(unlimited.seconds < 2);
  }
}
