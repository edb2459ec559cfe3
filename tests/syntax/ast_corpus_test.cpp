// The AST conformance corpus: every tests/syntax/ast_cases/**/NAME.py must dump, through
// coil::dump_ast, to exactly what CPython 3.12's `ast.dump(ast.parse(source))` printed for it
// (NAME.ast, produced by tests/regenerate_expected.py). One CHECK per file, named in the failure.
#include <coil/check.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<std::filesystem::path> python_files_under(const std::filesystem::path& root) {
  std::vector<std::filesystem::path> files;
  if (!std::filesystem::is_directory(root)) return files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".py") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("every AST corpus file dumps exactly as CPython 3.12's ast.dump", "[ast-corpus]") {
  const std::filesystem::path root = std::filesystem::path(COIL_SOURCE_DIR) / "tests" / "syntax" / "ast_cases";
  const auto files = python_files_under(root);
  INFO("corpus directory: " << root.string());
  REQUIRE(files.size() >= 300);  // an empty or misplaced corpus must not pass

  std::size_t matched = 0;
  std::vector<std::string> failed;
  for (const auto& file : files) {
    const std::string name = std::filesystem::relative(file, root).generic_string();
    INFO("corpus file: " << name);
    auto expected_path = file;
    expected_path.replace_extension(".ast");
    REQUIRE(std::filesystem::exists(expected_path));  // run tests/regenerate_expected.py
    const std::string expected = read_file(expected_path);
    const std::string source = read_file(file);

    auto dumped = coil::dump_ast(source);
    if (!dumped) {
      INFO("coil reports a syntax error on a valid file:\n" << dumped.error().display());
      CHECK(false);
      failed.push_back(name);
      continue;
    }
    const std::string actual = *dumped + "\n";
    CHECK(actual == expected);
    if (actual == expected) {
      ++matched;
    } else {
      failed.push_back(name);
    }
  }
  std::printf("[ast-corpus] %zu of %zu files match CPython 3.12\n", matched, files.size());
  for (const auto& name : failed) std::printf("[ast-corpus]   differs: %s\n", name.c_str());
}
