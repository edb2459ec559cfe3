// The syntax error corpus: every tests/syntax/error_cases/**/NAME.py is invalid Python, and
// coil::check_syntax must reject it with the exception type, line and column (offset) CPython 3.12
// gives (NAME.err, produced by tests/regenerate_expected.py from compile()). Message and end
// position differences are counted and listed but do not fail the test, and so are differences
// between coil's whole report (coil::error::display) and what python3.12 printed for the file.
//
// NAME.display holds what `python3.12 NAME.py` printed on stderr and the SyntaxError fields it
// printed it from; the second test feeds those fields to syntax_error::display, so the caret layout
// is checked against CPython independently of the parser.
#include <coil/check.hpp>
#include <coil/syntax/syntax_error.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::filesystem::path error_cases_root() {
  return std::filesystem::path(COIL_SOURCE_DIR) / "tests" / "syntax" / "error_cases";
}

std::vector<std::filesystem::path> files_under(const std::filesystem::path& root, const std::string& extension) {
  std::vector<std::filesystem::path> files;
  if (!std::filesystem::is_directory(root)) return files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == extension) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Splits off the first line of `text` (without its newline).
std::string take_line(std::string& text) {
  auto end = text.find('\n');
  std::string line = text.substr(0, end);
  text.erase(0, end == std::string::npos ? text.size() : end + 1);
  return line;
}

struct expected_error {
  std::string type;
  int line = 0;
  int column = 0;
  int end_line = 0;
  int end_column = 0;
  std::string message;
};

bool read_expected_error(const std::filesystem::path& path, expected_error& out) {
  std::string text = read_file(path);
  std::istringstream header(take_line(text));
  header >> out.type >> out.line >> out.column >> out.end_line >> out.end_column;
  out.message = take_line(text);
  return !header.fail() && !out.type.empty();
}

}  // namespace

TEST_CASE("every error corpus file fails with CPython 3.12's type, line and column", "[error-corpus]") {
  const auto root = error_cases_root();
  const auto files = files_under(root, ".py");
  INFO("corpus directory: " << root.string());
  REQUIRE(files.size() >= 60);  // an empty or misplaced corpus must not pass

  std::size_t matched = 0;
  std::vector<std::string> position_failures;
  std::vector<std::string> message_differences;
  std::vector<std::string> end_differences;
  std::vector<std::string> display_differences;
  for (const auto& file : files) {
    const std::string name = std::filesystem::relative(file, root).generic_string();
    INFO("corpus file: " << name);
    auto expected_path = file;
    expected_path.replace_extension(".err");
    expected_error expected;
    REQUIRE(read_expected_error(expected_path, expected));  // run tests/regenerate_expected.py

    auto checked = coil::check_syntax(read_file(file));
    if (checked) {
      INFO("coil accepted it; CPython: " << expected.type << " at " << expected.line << ":" << expected.column
                                         << ": " << expected.message);
      CHECK(false);
      position_failures.push_back(name + ": accepted");
      continue;
    }
    const coil::error& error = checked.error();
    REQUIRE(error.what == coil::error::kind::syntax);
    REQUIRE(!error.traceback.empty());
    const coil::frame& where = error.traceback.front();
    INFO("coil: " << error.type << " " << where.line << " " << where.column << " " << where.end_line << " "
                  << where.end_column << ": " << error.message);
    INFO("CPython: " << expected.type << " " << expected.line << " " << expected.column << " " << expected.end_line
                     << " " << expected.end_column << ": " << expected.message);
    const bool same_position =
        error.type == expected.type && where.line == expected.line && where.column == expected.column;
    CHECK(error.type == expected.type);
    CHECK(where.line == expected.line);
    CHECK(where.column == expected.column);
    if (same_position) {
      ++matched;
    } else {
      position_failures.push_back(name + ": coil " + error.type + " " + std::to_string(where.line) + ":" +
                                  std::to_string(where.column) + " \"" + error.message + "\", CPython " +
                                  expected.type + " " + std::to_string(expected.line) + ":" +
                                  std::to_string(expected.column) + " \"" + expected.message + "\"");
    }
    if (error.message != expected.message) {
      message_differences.push_back(name + ": coil \"" + error.message + "\", CPython \"" + expected.message + "\"");
    }
    // End to end: coil's report against what `python3.12 NAME.py` printed. CPython's file mode
    // sometimes positions an error differently from compile() (which is the bar above), so this
    // is informational too.
    auto display_path = file;
    display_path.replace_extension(".display");
    if (std::filesystem::exists(display_path)) {
      std::string recorded = read_file(display_path);
      for (int header_lines = 0; header_lines < 4; ++header_lines) take_line(recorded);
      coil::error named = error;
      named.traceback.front().file = file.filename().string();
      if (named.display() != recorded) display_differences.push_back(name);
    }
    if (where.end_line != expected.end_line || where.end_column != expected.end_column) {
      end_differences.push_back(name + ": coil " + std::to_string(where.end_line) + ":" +
                                std::to_string(where.end_column) + ", CPython " + std::to_string(expected.end_line) +
                                ":" + std::to_string(expected.end_column));
    }
  }
  std::printf("[error-corpus] %zu of %zu files fail with CPython 3.12's type, line and column\n", matched,
              files.size());
  for (const auto& s : position_failures) std::printf("[error-corpus]   position: %s\n", s.c_str());
  // Informational only: messages and end positions are not part of the bar.
  std::printf("[error-corpus] %zu message differences, %zu end position differences (informational)\n",
              message_differences.size(), end_differences.size());
  for (const auto& s : message_differences) std::printf("[error-corpus]   message: %s\n", s.c_str());
  for (const auto& s : end_differences) std::printf("[error-corpus]   end: %s\n", s.c_str());
  std::printf("[error-corpus] %zu reports differ from python3.12's stderr (informational)\n",
              display_differences.size());
  for (const auto& s : display_differences) std::printf("[error-corpus]   report: %s\n", s.c_str());
}

TEST_CASE("syntax_error::display prints what python3.12 FILE.py prints", "[error-corpus][error-display]") {
  const auto root = error_cases_root();
  const auto files = files_under(root, ".display");
  INFO("corpus directory: " << root.string());
  REQUIRE(files.size() >= 60);

  for (const auto& file : files) {
    const std::string name = std::filesystem::relative(file, root).generic_string();
    INFO("display file: " << name);
    std::string text = read_file(file);
    std::istringstream header(take_line(text));
    coil::syntax::syntax_error error;
    int has_text = 0;
    header >> error.line >> error.column >> error.end_line >> error.end_column >> has_text;
    REQUIRE(!header.fail());
    error.type = take_line(text);
    error.message = take_line(text);
    std::string source_line = take_line(text);
    if (has_text != 0) error.source_line = source_line;
    const std::string& expected_stderr = text;

    auto script = file;
    script.replace_extension(".py");
    CHECK(error.display(script.filename().string()) == expected_stderr);
  }
}
