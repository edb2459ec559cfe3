// The differential corpus: every tests/differential/expressions_seedN.py (thousands of random
// arithmetic, formatting and string expressions from generate_expressions.py) runs through coil
// and must print exactly expressions_seedN.out, CPython 3.12's output for it. Each expression
// prints one line (its repr, or its exception's type and message), so the first differing line
// names the expression to look at. The expected files come from regenerate_expected.py.
#include <coil/coil.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::optional<std::string> read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

// Lines end at '\n' only: messages may hold other line breaks ('\x0b', '\x85', '\u2028').
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const auto end = text.find('\n');
    lines.push_back(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

// The expression of each `try: print(repr(EXPR))` line, in order.
std::vector<std::string_view> expressions_of(std::string_view program) {
  constexpr std::string_view prefix = "try: print(repr(", suffix = "))";
  std::vector<std::string_view> expressions;
  for (auto line : lines_of(program))
    if (line.starts_with(prefix) && line.ends_with(suffix))
      expressions.push_back(line.substr(prefix.size(), line.size() - prefix.size() - suffix.size()));
  return expressions;
}

std::vector<std::filesystem::path> corpus_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(COIL_SOURCE_DIR) / "tests" / "differential"))
    if (entry.is_regular_file() && entry.path().extension() == ".py" && entry.path().stem().string().starts_with("expressions_"))
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("random expressions print what CPython 3.12 prints", "[differential]") {
  const auto files = corpus_files();
  REQUIRE(files.size() >= 3);
  std::size_t total = 0;
  for (const auto& file : files) {
    INFO("program: tests/differential/" << file.filename().string());
    const auto source = read_text(file);
    const auto expected = read_text(std::filesystem::path(file).replace_extension(".out"));
    REQUIRE(source);
    REQUIRE(expected);
    const auto expressions = expressions_of(*source);
    const auto expected_lines = lines_of(*expected);
    REQUIRE(expressions.size() >= 1000);
    REQUIRE(expected_lines.size() == expressions.size());

    coil::compile_options options;
    options.script_name = file.filename().string();
    auto compiled = coil::compile(*source, options);
    if (!compiled) FAIL("does not compile: " << compiled.error().type << ": " << compiled.error().message);
    std::string out;
    coil::run_options run;
    run.on_output = [&](coil::stream s, std::string_view text) {
      if (s == coil::stream::out) out += text;
    };
    auto result = coil::run_sync(*compiled, std::move(run));
    if (!result) FAIL("the program stopped: " << result.error().type << ": " << result.error().message);

    const auto actual_lines = lines_of(out);
    std::size_t differing = 0;
    std::string first;
    for (std::size_t i = 0; i < expressions.size(); ++i) {
      const std::string_view actual = i < actual_lines.size() ? actual_lines[i] : std::string_view("<no line>");
      if (actual == expected_lines[i]) continue;
      if (differing++ == 0)
        first = "expression " + std::to_string(i + 1) + ": " + std::string(expressions[i]) + "\n  python3.12: " +
                std::string(expected_lines[i]) + "\n  coil:       " + std::string(actual);
    }
    INFO(differing << " of " << expressions.size() << " expressions differ; the first:\n" << first);
    CHECK(differing == 0);
    CHECK(actual_lines.size() == expected_lines.size());
    const std::size_t agreeing = expressions.size() - differing;
    total += agreeing;
  }
  INFO("expressions agreeing: " << total);
  CHECK(total >= 6000);
}
