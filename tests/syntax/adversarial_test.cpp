// Hostile input for the front end: sizes and nesting depths far beyond real code, and bytes that
// are not Python at all. Every case must end in a result or a syntax error (SyntaxError,
// IndentationError, TabError) quickly: no crash, no C++ stack overflow, no sanitizer report (the
// asan preset runs this file too). Each case goes through both coil::check_syntax and
// coil::dump_ast, so deep trees must also be printable.
//
// Where CPython 3.12 gives a syntax error (checked with python3.12, running the text as a file),
// the type, message and line are asserted. Where CPython itself gives up with MemoryError or
// RecursionError ("too complex"), coil may return a tree or a syntax error: only "ends cleanly"
// is asserted. The "within a second" is judged on optimised builds; unoptimised and
// sanitized builds get a generous bound so they only catch hangs. Time is the process's CPU
// time, not the wall clock, so a machine busy with other work (parallel builds and tests) does
// not make the bounds flaky.
#include <coil/check.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <ctime>
#include <random>
#include <string>
#include <string_view>

namespace {

constexpr bool sanitized_build =
#if defined(__SANITIZE_ADDRESS__)
    true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    true;
#else
    false;
#endif
#else
    false;
#endif

constexpr bool optimised_build =
#if defined(NDEBUG) && defined(__OPTIMIZE__)
    true;
#else
    false;
#endif

constexpr std::chrono::milliseconds time_bound{optimised_build && !sanitized_build ? 1000 : 5000};
// Printing the tree is not part of the bound, and a dump of a million nodes is tens of
// megabytes of text: a looser bound that still catches a hang or quadratic behaviour.
constexpr std::chrono::milliseconds dump_time_bound = 5 * time_bound;

struct outcome {
  bool ok = false;
  std::string type;  // when !ok
  std::string message;
  int line = 0;
  int column = 0;
};

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

std::chrono::milliseconds cpu_time_since(std::clock_t start) {
  return std::chrono::milliseconds(static_cast<long long>(1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC));
}

// Runs the whole front end on `source` and checks what holds for every input whatever it is.
outcome run_front_end(std::string_view source) {
  const std::clock_t start = std::clock();
  auto checked = coil::check_syntax(source);
  const auto checked_after = cpu_time_since(start);
  const std::clock_t dump_start = std::clock();
  auto dumped = coil::dump_ast(source);
  const auto dumped_after = cpu_time_since(dump_start);

  CHECK(checked_after.count() < time_bound.count());
  CHECK(dumped_after.count() < dump_time_bound.count());
  REQUIRE(checked.has_value() == dumped.has_value());

  outcome result;
  result.ok = checked.has_value();
  if (result.ok) {
    CHECK(dumped->starts_with("Module(body=["));
    return result;
  }
  const coil::error& e = checked.error();
  CHECK(e.what == coil::error::kind::syntax);
  const bool known_type = e.type == "SyntaxError" || e.type == "IndentationError" || e.type == "TabError";
  CHECK(known_type);
  CHECK(!e.message.empty());
  CHECK(dumped.error().type == e.type);
  CHECK(dumped.error().message == e.message);
  CHECK(!e.display().empty());
  result.type = e.type;
  result.message = e.message;
  REQUIRE(e.traceback.size() == 1);
  result.line = e.traceback.front().line;
  result.column = e.traceback.front().column;
  return result;
}

void require_error(const outcome& got, std::string_view type, std::string_view message, int line) {
  INFO("got: " << (got.ok ? std::string("a tree") : got.type + ": " + got.message + " at line " + std::to_string(got.line)));
  REQUIRE_FALSE(got.ok);
  CHECK(got.type == type);
  CHECK(got.message == message);
  CHECK(got.line == line);
}

// For the "too complex" cases where CPython answers MemoryError/RecursionError: a tree or a
// syntax error are both acceptable, run_front_end has already checked the rest.
void require_clean_end(const outcome& got) {
  INFO("got: " << (got.ok ? std::string("a tree") : got.type + ": " + got.message + " at line " + std::to_string(got.line)));
  SUCCEED();
}

std::string nested_ifs(int depth) {
  std::string out;
  for (int i = 0; i < depth; ++i) out += std::string(i, ' ') + "if x:\n";
  return out + std::string(depth, ' ') + "pass\n";
}

// f'{f"{f'{x}'}"}' and so on, alternating quotes (valid before 3.12 too).
std::string nested_fstrings(int depth) {
  std::string inner = "x";
  for (int i = 0; i < depth; ++i) {
    const char quote = i % 2 ? '"' : '\'';
    inner = std::string("f") + quote + "{" + inner + "}" + quote;
  }
  return "y = " + inner + "\n";
}

}  // namespace

TEST_CASE("100 000 nested brackets stop at CPython's limit of 200", "[adversarial]") {
  const std::size_t n = 100'000;
  auto got = run_front_end("x = " + repeat("(", n) + repeat(")", n) + "\n");
  require_error(got, "SyntaxError", "too many nested parentheses", 1);
  CHECK(got.column == 205);  // the 201st bracket

  require_error(run_front_end(repeat("[", n)), "SyntaxError", "too many nested parentheses", 1);
  require_error(run_front_end("x = 1\n" + repeat("({[", n)), "SyntaxError", "too many nested parentheses", 2);
  require_error(run_front_end("x = " + repeat("{1:", n) + "1" + repeat("}", n) + "\n"), "SyntaxError",
                "too many nested parentheses", 1);
}

TEST_CASE("200 nested brackets are fine, 201 are too many", "[adversarial]") {
  CHECK(run_front_end("x = " + repeat("(", 200) + "1" + repeat(")", 200) + "\n").ok);
  CHECK(run_front_end("x = " + repeat("[", 200) + "1" + repeat("]", 200) + "\n").ok);
  require_error(run_front_end("x = " + repeat("(", 201) + "1" + repeat(")", 201) + "\n"), "SyntaxError",
                "too many nested parentheses", 1);
}

TEST_CASE("50 000 chained binary operators", "[adversarial]") {
  // CPython: RecursionError while building the tree. coil: a (left-deep) tree or a syntax error.
  require_clean_end(run_front_end("x = 1" + repeat(" + 1", 50'000) + "\n"));
  require_clean_end(run_front_end("x = a" + repeat(" * b", 50'000) + "\n"));
  require_clean_end(run_front_end("x = 2" + repeat(" ** 2", 50'000) + "\n"));  // right-associative
  // Flat in the tree (one BoolOp, one Compare): no reason to fail.
  CHECK(run_front_end("x = a" + repeat(" and a", 50'000) + "\n").ok);
  CHECK(run_front_end("x = a" + repeat(" < a", 50'000) + "\n").ok);
}

TEST_CASE("a 10 MB line", "[adversarial]") {
  const std::size_t ten_mb = 10u << 20;
  CHECK(run_front_end("x = '" + std::string(ten_mb, 'a') + "'\n").ok);
  CHECK(run_front_end(std::string(ten_mb, 'a') + "\n").ok);  // one huge identifier
  CHECK(run_front_end("# " + std::string(ten_mb, 'a') + "\n").ok);
  CHECK(run_front_end("x = [" + repeat("1,", 1'000'000) + "]\n").ok);  // a 2 MB line of 1 000 000 elements
}

TEST_CASE("1 000 000-digit literals", "[adversarial]") {
  const std::size_t n = 1'000'000;
  // CPython 3.12 refuses decimal literals over 4300 digits (a SyntaxError); coil's integers are
  // arbitrary precision, so it may accept them. Either way it must be quick.
  auto decimal = run_front_end("x = " + std::string(n, '7') + "\n");
  if (!decimal.ok) {
    CHECK(decimal.type == "SyntaxError");
    CHECK(decimal.line == 1);
  }
  CHECK(run_front_end("x = 0x" + std::string(n, 'f') + "\n").ok);  // CPython accepts these
  CHECK(run_front_end("x = " + std::string(n, '1') + ".0\n").ok);
  CHECK(run_front_end("x = 0." + std::string(n, '3') + "j\n").ok);
}

TEST_CASE("3 000 nested if blocks stop at 100 indentation levels", "[adversarial]") {
  require_error(run_front_end(nested_ifs(3000)), "IndentationError", "too many levels of indentation", 101);
  require_error(run_front_end(nested_ifs(100)), "IndentationError", "too many levels of indentation", 101);
  CHECK(run_front_end(nested_ifs(99)).ok);
}

TEST_CASE("100 000 prefix operators", "[adversarial]") {
  // CPython: MemoryError ("too complex"). coil: a tree or a syntax error.
  const std::size_t n = 100'000;
  require_clean_end(run_front_end("x = " + repeat("-", n) + "1\n"));
  require_clean_end(run_front_end("x = " + repeat("~", n) + "1\n"));
  require_clean_end(run_front_end("x = " + repeat("not ", n) + "x\n"));
  require_clean_end(run_front_end("async def f():\n    x = " + repeat("await ", n) + "y\n"));
  require_clean_end(run_front_end("x = " + repeat("*", n) + "y\n"));
  // Realistic depths parse, as in CPython.
  CHECK(run_front_end("x = " + repeat("-", 100) + "1\n").ok);
  CHECK(run_front_end("x = " + repeat("not ", 100) + "x\n").ok);
}

TEST_CASE("deeply nested lambdas and conditional expressions", "[adversarial]") {
  require_clean_end(run_front_end("f = " + repeat("lambda: ", 100'000) + "0\n"));
  require_clean_end(run_front_end("f = " + repeat("lambda x=1: ", 100'000) + "0\n"));
  require_clean_end(run_front_end("x = " + repeat("1 if y else ", 100'000) + "0\n"));
  require_clean_end(run_front_end("x = " + repeat("(yield ", 150) + "1" + repeat(")", 150) + "\n"));
  CHECK(run_front_end("f = " + repeat("lambda: ", 50) + "0\n").ok);
  CHECK(run_front_end("x = " + repeat("1 if y else ", 50) + "0\n").ok);
}

TEST_CASE("deeply nested f-strings", "[adversarial]") {
  CHECK(run_front_end(nested_fstrings(3)).ok);
  CHECK(run_front_end(nested_fstrings(50)).ok);
  // CPython 3.12 stops at 150 levels of f-string nesting.
  require_error(run_front_end(nested_fstrings(150)), "SyntaxError", "too many nested f-strings", 1);
  require_error(run_front_end(nested_fstrings(10'000)), "SyntaxError", "too many nested f-strings", 1);
  // Deep replacement fields and format specs inside one f-string.
  require_clean_end(run_front_end("x = f'" + repeat("{x:{", 50'000) + "'\n"));
  require_clean_end(run_front_end("x = f'{" + repeat("(", 100'000) + "'\n"));
}

TEST_CASE("deep postfix chains", "[adversarial]") {
  // Left-deep trees (CPython: RecursionError while building them).
  const std::size_t n = 100'000;
  require_clean_end(run_front_end("x = a" + repeat(".b", n) + "\n"));
  require_clean_end(run_front_end("x = f" + repeat("()", n) + "\n"));
  require_clean_end(run_front_end("x = a" + repeat("[0]", n) + "\n"));
}

TEST_CASE("a huge number of statements", "[adversarial]") {
  CHECK(run_front_end(repeat("x = 1\n", 500'000)).ok);
  CHECK(run_front_end(repeat("x=1;", 500'000) + "\n").ok);
  CHECK(run_front_end(repeat("def f(a, b=2, *c, **d):\n    return a + b\n", 50'000)).ok);
  CHECK(run_front_end("x = [\n" + repeat("    1,\n", 500'000) + "]\n").ok);
}

TEST_CASE("an unterminated triple-quoted string over 1 000 000 lines", "[adversarial]") {
  require_error(run_front_end("x = \"\"\"" + repeat("a\n", 1'000'000)), "SyntaxError",
                "unterminated triple-quoted string literal (detected at line 1000000)", 1);
}

TEST_CASE("random bytes", "[adversarial]") {
  std::mt19937 random(20240601);  // seeded: a failure reproduces
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> size(1, 4096);
  for (int i = 0; i < 300; ++i) {
    std::string source(static_cast<std::size_t>(size(random)), '\0');
    for (char& c : source) c = static_cast<char>(byte(random));
    INFO("random buffer " << i);
    auto got = run_front_end(source);
    if (source.find('\0') != std::string::npos) CHECK_FALSE(got.ok);  // NUL is never valid
  }
  // Python-looking garbage gets further into the parser than uniform bytes do.
  const std::string_view alphabet =
      "abcxyz_019 \n\n\n\t    ()[]{}:;,.=+-*/%@<>!&|^~'\"#\\fbrFBRjJeE"
      "if else elif for while def class lambda return yield await async not and or in is";
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  for (int i = 0; i < 300; ++i) {
    std::string source(static_cast<std::size_t>(size(random)), ' ');
    for (char& c : source) c = alphabet[pick(random)];
    INFO("python-like buffer " << i << ": " << source.substr(0, 200));
    run_front_end(source);
  }
  std::string large(1u << 20, '\0');
  for (char& c : large) c = alphabet[pick(random)];
  run_front_end(large);
}

TEST_CASE("invalid UTF-8 is a SyntaxError naming its line", "[adversarial]") {
  // Lines as CPython 3.12 reports them when it runs the text as a file.
  auto require_syntax_error_at = [](std::string_view source, int line) {
    auto got = run_front_end(source);
    INFO("got: " << (got.ok ? std::string("a tree") : got.type + ": " + got.message));
    REQUIRE_FALSE(got.ok);
    CHECK(got.type == "SyntaxError");
    CHECK(got.line == line);
  };
  require_syntax_error_at("x = '\xff\xfe'\n", 1);
  require_syntax_error_at("x = 1\ny = '\xc3\x28'\n", 2);        // bad continuation byte
  require_syntax_error_at("x = 1\nna\xffme = 2\n", 2);          // inside an identifier
  require_syntax_error_at("x = 1\ny = 2\n# caf\xe9\n", 3);      // even inside a comment
  require_syntax_error_at("x = 1\ny = '\xe2\x82", 2);           // truncated at the end of input
  require_syntax_error_at("x = 1\ny = '\xc0\xaf'\n", 2);        // overlong encoding of '/'
  require_syntax_error_at("x = 1\ny = '\xf4\x90\x80\x80'\n", 2);  // above U+10FFFF
  // Lone surrogates encoded as UTF-8 (CESU-style) are not UTF-8.
  require_syntax_error_at("x = 1\ny = '\xed\xa0\x80'\n", 2);
  require_syntax_error_at("x = 1\n\ny = '\xed\xbf\xbf'\n", 3);
  // Valid multi-byte text and a byte order mark are fine.
  CHECK(run_front_end("\xef\xbb\xbfx = 1\n").ok);
  CHECK(run_front_end("caf\xc3\xa9 = '\xe2\x82\xac \xf0\x9f\x98\x80'\n").ok);
}

TEST_CASE("NUL bytes are a SyntaxError naming their line", "[adversarial]") {
  using namespace std::string_view_literals;
  auto require_nul_error_at = [](std::string_view source, int line) {
    require_error(run_front_end(source), "SyntaxError", "source code cannot contain null bytes", line);
  };
  require_nul_error_at("\0"sv, 1);
  require_nul_error_at("x = 1\n\0y\n"sv, 2);
  require_nul_error_at("x = 1\ny = 'a\0b'\n"sv, 2);
  require_nul_error_at("x = 1\nx = 1\nx = 1\ny = (\n\0"sv, 5);
}
