// The AST conformance corpus: every tests/syntax/ast_cases/**/NAME.py must dump, through
// coil::dump_ast, to exactly what CPython 3.12's `ast.dump(ast.parse(source))` printed for it
// (NAME.ast, produced by tests/regenerate_expected.py). One CHECK per file, named in the failure.
// Two smaller tests exercise the dump on hand-built trees, without the parser: constants whose
// expected text was printed by CPython 3.12's ast.dump, and a tree far deeper than any recursion
// could survive.
#include <coil/check.hpp>
#include <coil/syntax/ast_dump.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory_resource>
#include <string>
#include <string_view>
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

// Builds `Module(body=[Expr(value=<constant>)])` trees in one arena.
struct constant_module {
  coil::syntax::tree tree;
  std::pmr::polymorphic_allocator<> alloc{tree.arena.get()};
  std::vector<coil::syntax::stmt*> statements;

  coil::syntax::constant_expr& add() {
    auto* constant = alloc.new_object<coil::syntax::constant_expr>();
    constant->kind = coil::syntax::expr_kind::Constant;
    auto* statement = alloc.new_object<coil::syntax::expr_stmt>();
    statement->kind = coil::syntax::stmt_kind::Expr;
    statement->value = constant;
    statements.push_back(statement);
    return *constant;
  }
  std::string dump() {
    tree.body = coil::syntax::node_list<coil::syntax::stmt>(statements.data(), statements.size());
    return coil::syntax::dump(tree);
  }
};

std::string module_of(const std::string& constant) {
  return "Module(body=[Expr(value=" + constant + ")], type_ignores=[])";
}

}  // namespace

TEST_CASE("the dump prints constants with CPython 3.12's reprs", "[ast-corpus][ast-dump]") {
  using coil::syntax::constant_kind;
  struct number_case {
    constant_kind kind;
    double value;
    const char* expected;  // CPython 3.12: ast.dump(ast.Constant(value=...))
  };
  const number_case numbers[] = {
      {constant_kind::floating, 1e16, "Constant(value=1e+16)"},
      {constant_kind::floating, 1e-05, "Constant(value=1e-05)"},
      {constant_kind::floating, 0.1, "Constant(value=0.1)"},
      {constant_kind::floating, HUGE_VAL, "Constant(value=inf)"},
      {constant_kind::floating, 123456789012345678.0, "Constant(value=1.2345678901234568e+17)"},
      {constant_kind::floating, 5e-324, "Constant(value=5e-324)"},
      {constant_kind::imaginary, 2.0, "Constant(value=2j)"},
      {constant_kind::imaginary, 1.5, "Constant(value=1.5j)"},
      {constant_kind::imaginary, 1e16, "Constant(value=1e+16j)"},
      {constant_kind::imaginary, HUGE_VAL, "Constant(value=infj)"},
  };
  for (const auto& c : numbers) {
    constant_module m;
    auto& constant = m.add();
    constant.what = c.kind;
    constant.number = c.value;
    CHECK(m.dump() == module_of(c.expected));
  }

  struct text_case {
    constant_kind kind;
    std::string_view text;
    int base;
    bool u_prefix;
    const char* expected;
  };
  using namespace std::string_view_literals;
  const text_case texts[] = {
      {constant_kind::string, "it's"sv, 10, false, R"(Constant(value="it's"))"},
      {constant_kind::string, "say \"hi\""sv, 10, false, R"(Constant(value='say "hi"'))"},
      {constant_kind::string, "both ' and \""sv, 10, false, R"(Constant(value='both \' and "'))"},
      // U+0000, U+007F, U+0080, U+00AD, U+2028, a lone surrogate, U+E0001, then printable text.
      {constant_kind::string, "\x00\x7f\xc2\x80\xc2\xad\xe2\x80\xa8\xed\xa0\x80\xf3\xa0\x80\x81 \xc3\xa9 \xe4\xb8\xad"sv,
       10, false, "Constant(value='\\x00\\x7f\\x80\\xad\\u2028\\ud800\\U000e0001 \xc3\xa9 \xe4\xb8\xad')"},
      {constant_kind::string, "u"sv, 10, true, "Constant(value='u', kind='u')"},
      {constant_kind::bytes, "\x00'\xff"sv, 10, false, R"(Constant(value=b"\x00'\xff"))"},
      {constant_kind::bytes, "'\""sv, 10, false, R"(Constant(value=b'\'"'))"},
      {constant_kind::integer, "ffffffffffffffffffffffffffff"sv, 16, false,
       "Constant(value=5192296858534827628530496329220095)"},
      {constant_kind::integer, "0000"sv, 8, false, "Constant(value=0)"},
  };
  for (const auto& c : texts) {
    constant_module m;
    auto& constant = m.add();
    constant.what = c.kind;
    constant.text = c.text;
    constant.base = c.base;
    constant.u_prefix = c.u_prefix;
    CHECK(m.dump() == module_of(c.expected));
  }
}

TEST_CASE("the dump walks a very deep tree without recursing", "[ast-corpus][ast-dump]") {
  // `-(-(-...(-x)))` 200,000 levels deep: a recursive printer would overflow the C++ stack.
  constexpr int depth = 200'000;
  coil::syntax::tree tree;
  std::pmr::polymorphic_allocator<> alloc{tree.arena.get()};
  auto* leaf = alloc.new_object<coil::syntax::name_expr>();
  leaf->kind = coil::syntax::expr_kind::Name;
  leaf->id = "x";
  coil::syntax::expr* current = leaf;
  for (int i = 0; i < depth; ++i) {
    auto* negation = alloc.new_object<coil::syntax::unary_op_expr>();
    negation->kind = coil::syntax::expr_kind::UnaryOp;
    negation->op = coil::syntax::unary_operator::minus;
    negation->operand = current;
    current = negation;
  }
  auto* statement = alloc.new_object<coil::syntax::expr_stmt>();
  statement->kind = coil::syntax::stmt_kind::Expr;
  statement->value = current;
  coil::syntax::stmt* body[] = {statement};
  tree.body = coil::syntax::node_list<coil::syntax::stmt>(body, 1);

  const std::string dumped = coil::syntax::dump(tree);
  const std::string opening = "UnaryOp(op=USub(), operand=";
  CHECK(dumped.size() == std::string("Module(body=[Expr(value=)], type_ignores=[])").size() +
                             depth * (opening.size() + 1) + std::string("Name(id='x', ctx=Load())").size());
  CHECK(dumped.compare(0, 24 + opening.size(), "Module(body=[Expr(value=" + opening) == 0);
  CHECK(dumped.find("operand=Name(id='x', ctx=Load())" + std::string(depth, ')')) != std::string::npos);
}

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
