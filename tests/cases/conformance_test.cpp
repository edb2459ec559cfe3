// The runtime conformance cases: every tests/cases/**/NAME.py runs through coil and must print
// exactly NAME.out (CPython 3.12's stdout for it); when NAME.err exists the run must end with
// that uncaught exception ("Type: message", the last line of CPython's traceback), otherwise it
// must succeed (for an exception group or an exception with notes, the last line of its display:
// the bottom of the group's boxes, whose indent shows how deep the last one is, or the last
// note). The expected files come from
// tests/regenerate_case_outputs.py, never by hand.
#include <coil/coil.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::optional<std::string> read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

std::vector<std::filesystem::path> case_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(COIL_SOURCE_DIR) / "tests" / "cases"))
    if (entry.is_regular_file() && entry.path().extension() == ".py") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("every conformance case prints what CPython prints", "[conformance]") {
  const auto files = case_files();
  REQUIRE(files.size() >= 10);
  std::size_t passed = 0;
  for (const auto& file : files) {
    const auto relative = std::filesystem::relative(file, std::filesystem::path(COIL_SOURCE_DIR) / "tests" / "cases").string();
    INFO("case: " << relative);
    auto source = read_text(file);
    auto expected_out = read_text(std::filesystem::path(file).replace_extension(".out"));
    auto expected_err = read_text(std::filesystem::path(file).replace_extension(".err"));
    REQUIRE(source);
    REQUIRE(expected_out);
    coil::compile_options options;
    options.script_name = file.filename().string();
    std::string out;
    std::optional<std::string> error_line;
    auto compiled = coil::compile(*source, options);
    if (!compiled) {
      error_line = compiled.error().type + ": " + compiled.error().message + "\n";
    } else {
      coil::run_options run;
      run.on_output = [&](coil::stream s, std::string_view text) {
        if (s == coil::stream::out) out += text;
      };
      auto result = coil::run_sync(*compiled, std::move(run));
      if (!result && (result.error().exception_count > 0 || !result.error().notes.empty())) {
        // CPython's last line is then the bottom of the group's boxes or the last note.
        const std::string shown = result.error().display();
        const auto start = shown.find_last_of('\n', shown.size() - 2);
        error_line = shown.substr(start == std::string::npos ? 0 : start + 1);
      } else if (!result) {
        error_line = result.error().type;
        if (!result.error().message.empty()) *error_line += ": " + result.error().message;
        *error_line += result.error().hint + "\n";
      }
    }
    CHECK(out == *expected_out);
    if (expected_err) {
      CHECK(error_line == expected_err);
    } else {
      CHECK(error_line == std::nullopt);
    }
    if (out == *expected_out && error_line == expected_err) ++passed;
  }
  INFO("passed " << passed << " of " << files.size());
  CHECK(passed == files.size());
}
