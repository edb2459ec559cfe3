// The abstract syntax tree the parser produces and the compiler consumes.
//
// The shape mirrors CPython 3.12's `ast` module node for node and field for field, so that
// syntax/ast_dump.hpp can print it exactly like `ast.dump(tree)` and the conformance corpus can
// compare the two. Nodes live in an arena (`syntax::tree` owns it): pointers between nodes are
// plain, lists are `node_list<T>` spans into the arena, and an optional child is a null pointer.
// Identifiers and string payloads are `std::string_view`s into the arena or the source text,
// which the tree keeps alive. The compiler (compiler/) walks this tree; nothing here executes.
#pragma once

#include <cstdint>
#include <memory>
#include <memory_resource>
#include <span>
#include <string>
#include <string_view>

namespace coil::syntax {

// Where a node sits in the source. Lines are 1-based; columns are 0-based UTF-8 byte offsets,
// as CPython's `lineno`/`col_offset`/`end_lineno`/`end_col_offset`.
struct source_span {
  std::int32_t line = 0;
  std::int32_t column = 0;
  std::int32_t end_line = 0;
  std::int32_t end_column = 0;
};

// A list of children stored in the tree's arena. Entries are non-null except where a field
// documents otherwise (dict keys for `**m`, `kw_defaults` without a default).
template <class T>
using node_list = std::span<T* const>;

enum class stmt_kind : std::uint8_t {
#define COIL_AST_STMT(python_name, cpp_name) python_name,
#include <coil/syntax/ast_nodes.def>
};
enum class expr_kind : std::uint8_t {
#define COIL_AST_EXPR(python_name, cpp_name) python_name,
#include <coil/syntax/ast_nodes.def>
};
enum class pattern_kind : std::uint8_t {
#define COIL_AST_PATTERN(python_name, cpp_name) python_name,
#include <coil/syntax/ast_nodes.def>
};
enum class type_param_kind : std::uint8_t {
#define COIL_AST_TYPE_PARAM(python_name, cpp_name) python_name,
#include <coil/syntax/ast_nodes.def>
};
enum class binary_operator : std::uint8_t {
#define COIL_AST_BINARY_OPERATOR(python_name, cpp_name, text) cpp_name,
#include <coil/syntax/ast_operators.def>
};
enum class unary_operator : std::uint8_t {
#define COIL_AST_UNARY_OPERATOR(python_name, cpp_name, text) cpp_name,
#include <coil/syntax/ast_operators.def>
};
enum class compare_operator : std::uint8_t {
#define COIL_AST_COMPARE_OPERATOR(python_name, cpp_name, text) cpp_name,
#include <coil/syntax/ast_operators.def>
};
enum class bool_operator : std::uint8_t {
#define COIL_AST_BOOL_OPERATOR(python_name, cpp_name, text) cpp_name,
#include <coil/syntax/ast_operators.def>
};
enum class expr_context : std::uint8_t {
#define COIL_AST_CONTEXT(python_name, cpp_name, text) cpp_name,
#include <coil/syntax/ast_operators.def>
};

// ---------------------------------------------------------------------------------------------
// Base classes. Each concrete node derives from one of these and sets `kind`; `as<T>()` is the
// checked downcast (the caller has switched on `kind` first).

struct stmt {
  stmt_kind kind;
  source_span where;
  template <class T> const T& as() const { return static_cast<const T&>(*this); }
  template <class T> T& as() { return static_cast<T&>(*this); }
};
struct expr {
  expr_kind kind;
  source_span where;
  template <class T> const T& as() const { return static_cast<const T&>(*this); }
  template <class T> T& as() { return static_cast<T&>(*this); }
};
struct pattern {
  pattern_kind kind;
  source_span where;
  template <class T> const T& as() const { return static_cast<const T&>(*this); }
  template <class T> T& as() { return static_cast<T&>(*this); }
};
struct type_param {
  type_param_kind kind;
  source_span where;
  std::string_view name;
  expr* bound = nullptr;  // TypeVar only: `T: bound` or `T: (A, B)`
};

// ---------------------------------------------------------------------------------------------
// Helper records (not statements or expressions), as in CPython.

struct arg {
  source_span where;
  std::string_view name;       // CPython's field `arg`
  expr* annotation = nullptr;
};

struct arguments {
  node_list<arg> posonlyargs;
  node_list<arg> args;
  arg* vararg = nullptr;
  node_list<arg> kwonlyargs;
  node_list<expr> kw_defaults;  // one per kwonlyarg; null where it has no default
  arg* kwarg = nullptr;
  node_list<expr> defaults;     // for the last len(defaults) of posonlyargs + args
};

struct keyword {
  source_span where;
  std::string_view name;  // CPython's field `arg`; empty for `**mapping`
  bool is_double_star = false;
  expr* value = nullptr;
};

struct alias {
  source_span where;
  std::string_view name;    // dotted name as written, e.g. "os.path", or "*"
  std::string_view asname;  // empty when absent
};

struct withitem {
  expr* context_expr = nullptr;
  expr* optional_vars = nullptr;
};

struct comprehension {
  expr* target = nullptr;
  expr* iter = nullptr;
  node_list<expr> ifs;
  bool is_async = false;
};

struct except_handler {
  source_span where;
  expr* type = nullptr;
  std::string_view name;  // empty when absent
  node_list<stmt> body;
};

struct match_case {
  pattern* pattern_ = nullptr;
  expr* guard = nullptr;
  node_list<stmt> body;
};

// ---------------------------------------------------------------------------------------------
// Statements.

struct function_def_stmt : stmt {  // kind FunctionDef or AsyncFunctionDef
  std::string_view name;
  arguments* args = nullptr;
  node_list<stmt> body;
  node_list<expr> decorator_list;
  expr* returns = nullptr;
  node_list<type_param> type_params;
};
using async_function_def_stmt = function_def_stmt;

struct class_def_stmt : stmt {
  std::string_view name;
  node_list<expr> bases;
  node_list<keyword> keywords;
  node_list<stmt> body;
  node_list<expr> decorator_list;
  node_list<type_param> type_params;
};
struct return_stmt : stmt { expr* value = nullptr; };
struct delete_stmt : stmt { node_list<expr> targets; };
struct assign_stmt : stmt {
  node_list<expr> targets;
  expr* value = nullptr;
};
struct type_alias_stmt : stmt {
  expr* name = nullptr;
  node_list<type_param> type_params;
  expr* value = nullptr;
};
struct aug_assign_stmt : stmt {
  expr* target = nullptr;
  binary_operator op{};
  expr* value = nullptr;
};
struct ann_assign_stmt : stmt {
  expr* target = nullptr;
  expr* annotation = nullptr;
  expr* value = nullptr;
  bool simple = false;  // target is a plain name not in parentheses
};
struct for_stmt : stmt {  // kind For or AsyncFor
  expr* target = nullptr;
  expr* iter = nullptr;
  node_list<stmt> body;
  node_list<stmt> orelse;
};
using async_for_stmt = for_stmt;
struct while_stmt : stmt {
  expr* test = nullptr;
  node_list<stmt> body;
  node_list<stmt> orelse;
};
struct if_stmt : stmt {
  expr* test = nullptr;
  node_list<stmt> body;
  node_list<stmt> orelse;
};
struct with_stmt : stmt {  // kind With or AsyncWith
  node_list<withitem> items;
  node_list<stmt> body;
};
using async_with_stmt = with_stmt;
struct match_stmt : stmt {
  expr* subject = nullptr;
  node_list<match_case> cases;
};
struct raise_stmt : stmt {
  expr* exc = nullptr;
  expr* cause = nullptr;
};
struct try_stmt : stmt {  // kind Try or TryStar
  node_list<stmt> body;
  node_list<except_handler> handlers;
  node_list<stmt> orelse;
  node_list<stmt> finalbody;
};
using try_star_stmt = try_stmt;
struct assert_stmt : stmt {
  expr* test = nullptr;
  expr* msg = nullptr;
};
struct import_stmt : stmt { node_list<alias> names; };
struct import_from_stmt : stmt {
  std::string_view module;  // dotted name; relative imports are rejected by the parser
  node_list<alias> names;
  int level = 0;
};
struct global_stmt : stmt { std::span<const std::string_view> names; };
struct nonlocal_stmt : stmt { std::span<const std::string_view> names; };
struct expr_stmt : stmt { expr* value = nullptr; };
struct pass_stmt : stmt {};
struct break_stmt : stmt {};
struct continue_stmt : stmt {};

// ---------------------------------------------------------------------------------------------
// Expressions.

struct bool_op_expr : expr {
  bool_operator op{};
  node_list<expr> values;
};
struct named_expr : expr {
  expr* target = nullptr;  // always a Name
  expr* value = nullptr;
};
struct bin_op_expr : expr {
  expr* left = nullptr;
  binary_operator op{};
  expr* right = nullptr;
};
struct unary_op_expr : expr {
  unary_operator op{};
  expr* operand = nullptr;
};
struct lambda_expr : expr {
  arguments* args = nullptr;
  expr* body = nullptr;
};
struct if_exp_expr : expr {
  expr* test = nullptr;
  expr* body = nullptr;
  expr* orelse = nullptr;
};
struct dict_expr : expr {
  node_list<expr> keys;  // null key: the value is a `**mapping`
  node_list<expr> values;
};
struct set_expr : expr { node_list<expr> elts; };
struct list_comp_expr : expr {  // kind ListComp, SetComp or GeneratorExp
  expr* elt = nullptr;
  node_list<comprehension> generators;
};
using set_comp_expr = list_comp_expr;
using generator_exp_expr = list_comp_expr;
struct dict_comp_expr : expr {
  expr* key = nullptr;
  expr* value = nullptr;
  node_list<comprehension> generators;
};
struct await_expr : expr { expr* value = nullptr; };
struct yield_expr : expr { expr* value = nullptr; };
struct yield_from_expr : expr { expr* value = nullptr; };
struct compare_expr : expr {
  expr* left = nullptr;
  std::span<const compare_operator> ops;
  node_list<expr> comparators;
};
struct call_expr : expr {
  expr* func = nullptr;
  node_list<expr> args;
  node_list<keyword> keywords;
};
struct formatted_value_expr : expr {
  expr* value = nullptr;
  int conversion = -1;            // -1, or 's', 'r', 'a'
  expr* format_spec = nullptr;    // a JoinedStr, or null
};
struct joined_str_expr : expr { node_list<expr> values; };  // Constant(str) and FormattedValue parts

enum class constant_kind : std::uint8_t { none, true_, false_, ellipsis, integer, floating, imaginary, string, bytes };

struct constant_expr : expr {
  constant_kind what = constant_kind::none;
  // integer: the digits as written, without prefix or underscores, in `base` (2, 8, 10 or 16);
  // string: the decoded UTF-8 contents; bytes: the decoded bytes.
  std::string_view text;
  int base = 10;
  double number = 0.0;    // floating: the value; imaginary: the imaginary part
  bool u_prefix = false;  // CPython records `kind='u'` for u'...' strings
};
struct attribute_expr : expr {
  expr* value = nullptr;
  std::string_view attr;
  expr_context ctx = expr_context::load;
};
struct subscript_expr : expr {
  expr* value = nullptr;
  expr* slice = nullptr;
  expr_context ctx = expr_context::load;
};
struct starred_expr : expr {
  expr* value = nullptr;
  expr_context ctx = expr_context::load;
};
struct name_expr : expr {
  std::string_view id;
  expr_context ctx = expr_context::load;
};
struct list_expr : expr {  // kind List or Tuple
  node_list<expr> elts;
  expr_context ctx = expr_context::load;
};
using tuple_expr = list_expr;
struct slice_expr : expr {
  expr* lower = nullptr;
  expr* upper = nullptr;
  expr* step = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Patterns (match statement).

struct match_value_pattern : pattern { expr* value = nullptr; };
struct match_singleton_pattern : pattern { constant_kind value = constant_kind::none; };  // none, true_, false_
struct match_sequence_pattern : pattern { node_list<pattern> patterns; };
struct match_mapping_pattern : pattern {
  node_list<expr> keys;
  node_list<pattern> patterns;
  std::string_view rest;  // empty when absent
};
struct match_class_pattern : pattern {
  expr* cls = nullptr;
  node_list<pattern> patterns;
  std::span<const std::string_view> kwd_attrs;
  node_list<pattern> kwd_patterns;
};
struct match_star_pattern : pattern { std::string_view name; };  // empty for `*_`
struct match_as_pattern : pattern {
  pattern* pattern_ = nullptr;  // null for a bare capture or `_`
  std::string_view name;        // empty for `_`
};
struct match_or_pattern : pattern { node_list<pattern> patterns; };

// ---------------------------------------------------------------------------------------------
// A parsed module: the statements plus the arena and source text that back every node.

struct tree {
  std::unique_ptr<std::pmr::monotonic_buffer_resource> arena =
      std::make_unique<std::pmr::monotonic_buffer_resource>();
  std::shared_ptr<const std::string> source;  // the text the nodes' string_views may point into
  node_list<stmt> body;
};

}  // namespace coil::syntax
