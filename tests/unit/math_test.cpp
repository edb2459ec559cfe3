// The math module against CPython 3.12 over generated inputs: every case of
// tests/unit/data/math_cases.txt (written by generate_math_cases.py from python3.12's answers)
// runs through coil, one script per function, and must print the same repr (so floats are
// bit-identical) or raise the same exception type. Plus the limits: a factorial that cannot fit
// under the memory limit fails fast with MemoryError, and a long one stops at the time limit.
#include <coil/coil.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct math_case {
  std::string arguments;  // a Python tuple expression
  std::string expected;   // a repr, or an exception type name
};

std::map<std::string, std::vector<math_case>> load_cases() {
  std::ifstream in(std::filesystem::path(COIL_SOURCE_DIR) / "tests" / "unit" / "data" / "math_cases.txt");
  REQUIRE(in);
  std::map<std::string, std::vector<math_case>> cases;
  std::string line;
  while (std::getline(in, line)) {
    const auto first = line.find('\t');
    const auto second = line.find('\t', first + 1);
    REQUIRE(first != std::string::npos);
    REQUIRE(second != std::string::npos);
    cases[line.substr(0, first)].push_back({line.substr(first + 1, second - first - 1), line.substr(second + 1)});
  }
  return cases;
}

std::string call_expression(const std::string& name) {
  if (name == "nextafter_steps") return "math.nextafter(args[0], args[1], steps=args[2])";
  if (name == "comb_mod") return "math.comb(*args) % 1000000007";
  return "math." + name + "(*args)";
}

// Runs one script and returns what it printed, or the error's last line.
std::string run_script(const std::string& source, coil::limits limits = {}) {
  auto program = coil::compile(source);
  if (!program) return "compile error: " + program.error().type + ": " + program.error().message;
  std::string out;
  coil::run_options options;
  options.limits = limits;
  options.on_output = [&](coil::stream s, std::string_view text) {
    if (s == coil::stream::out) out += text;
  };
  auto result = coil::run_sync(*program, std::move(options));
  if (!result) out += "error: " + result.error().type + ": " + result.error().message + "\n";
  return out;
}

}  // namespace

TEST_CASE("math functions give CPython's results on generated inputs", "[math]") {
  const auto cases = load_cases();
  REQUIRE(cases.size() >= 50);
  std::size_t checked = 0;
  for (const auto& [name, calls] : cases) {
    std::string source = "import math\ninf = float('inf')\nnan = float('nan')\ncases = [\n";
    for (const auto& c : calls) source += "    " + c.arguments + ",\n";
    source += "]\nfor args in cases:\n    try:\n        r = " + call_expression(name) +
              "\n    except (ValueError, OverflowError, ZeroDivisionError) as error:\n"
              "        print(type(error).__name__)\n    else:\n        print(repr(r))\n";
    const std::string output = run_script(source);
    std::istringstream lines(output);
    std::size_t mismatches = 0;
    for (const auto& c : calls) {
      std::string got;
      if (!std::getline(lines, got)) got = "<no output>";
      if (got != c.expected) {
        ++mismatches;
        if (mismatches <= 5) {
          INFO("math." << name << c.arguments << ": CPython " << c.expected << ", coil " << got);
          CHECK(got == c.expected);
        }
      }
      ++checked;
    }
    INFO("math." << name << ": " << mismatches << " of " << calls.size() << " differ; output tail: "
                 << output.substr(output.size() > 300 ? output.size() - 300 : 0));
    CHECK(mismatches == 0);
  }
  CHECK(checked >= 10000);
}

TEST_CASE("math's big integer functions respect the limits", "[math]") {
  SECTION("a factorial too big for the memory limit fails before computing") {
    coil::limits limits;
    limits.max_memory = 4 << 20;
    const auto start = std::chrono::steady_clock::now();
    CHECK(run_script("import math\ntry:\n    math.factorial(10**6)\nexcept MemoryError:\n    print('MemoryError')\n", limits) ==
          "MemoryError\n");
    CHECK(run_script("import math\nmath.comb(10**7, 5 * 10**6)\n", limits) == "error: MemoryError: \n");
    CHECK(run_script("import math\nmath.perm(2**200, 10**6)\n", limits) == "error: MemoryError: \n");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  }
  SECTION("a long factorial stops at the time limit, uncatchably") {
    coil::limits limits;
    limits.max_duration = std::chrono::milliseconds(200);
    const auto start = std::chrono::steady_clock::now();
    const std::string out = run_script(
        "import math\ntry:\n    math.factorial(3 * 10**7)\nexcept BaseException:\n    print('caught')\n", limits);
    CHECK(out.rfind("error: TimeoutError", 0) == 0);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
  }
  SECTION("an endless iterator in fsum stops at the time limit") {
    coil::limits limits;
    limits.max_duration = std::chrono::milliseconds(200);
    const std::string out = run_script("import math\nmath.fsum(range(2**46))\n", limits);
    CHECK(out.rfind("error: TimeoutError", 0) == 0);
  }
  SECTION("big results are exact") {
    CHECK(run_script("import math\nprint(math.factorial(1000) == math.prod(range(1, 1001)))\n"
                     "print(math.comb(6000, 3000) * math.factorial(3000) ** 2 == math.factorial(6000))\n"
                     "print(math.perm(10**30, 3) == 10**30 * (10**30 - 1) * (10**30 - 2))\n") == "True\nTrue\nTrue\n");
  }
}
