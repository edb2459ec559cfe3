// Definitions for syntax/ast_dump.hpp: prints a tree as CPython 3.12's `ast.dump(tree)`.
//
// The walk uses an explicit work stack rather than C++ recursion: chains such as `1+1+...+1`
// are built iteratively by the parser, so the tree can be far deeper than COIL_MAX_PARSE_DEPTH.
// Each node is expanded into a short sequence of text pieces and child references, which is
// pushed onto the stack in reverse so the pieces come off in source order.
//
// ast.dump's rules, as 3.12 applies them with default arguments: every field is printed as
// `name=value` in ASDL order; an optional field (`?` in the ASDL) that is None is omitted; a list
// is always printed, `[]` when empty; a None inside a list (dict keys for `**m`, kw_defaults) is
// printed as `None`; constants are printed with Python's `repr` (constant_repr.ipp).
#pragma once

#include <coil/syntax/ast_dump.hpp>
#include <coil/syntax/impl/constant_repr.ipp>

#include <string>
#include <string_view>
#include <vector>

namespace coil::syntax {
namespace dump_detail {

inline constexpr std::string_view stmt_names[] = {
#define COIL_AST_STMT(python_name, cpp_name) #python_name,
#include <coil/syntax/ast_nodes.def>
};
inline constexpr std::string_view expr_names[] = {
#define COIL_AST_EXPR(python_name, cpp_name) #python_name,
#include <coil/syntax/ast_nodes.def>
};
inline constexpr std::string_view pattern_names[] = {
#define COIL_AST_PATTERN(python_name, cpp_name) #python_name,
#include <coil/syntax/ast_nodes.def>
};
inline constexpr std::string_view type_param_names[] = {
#define COIL_AST_TYPE_PARAM(python_name, cpp_name) #python_name,
#include <coil/syntax/ast_nodes.def>
};
inline constexpr std::string_view binary_operator_names[] = {
#define COIL_AST_BINARY_OPERATOR(python_name, cpp_name, text) #python_name "()",
#include <coil/syntax/ast_operators.def>
};
inline constexpr std::string_view unary_operator_names[] = {
#define COIL_AST_UNARY_OPERATOR(python_name, cpp_name, text) #python_name "()",
#include <coil/syntax/ast_operators.def>
};
inline constexpr std::string_view compare_operator_names[] = {
#define COIL_AST_COMPARE_OPERATOR(python_name, cpp_name, text) #python_name "()",
#include <coil/syntax/ast_operators.def>
};
inline constexpr std::string_view bool_operator_names[] = {
#define COIL_AST_BOOL_OPERATOR(python_name, cpp_name, text) #python_name "()",
#include <coil/syntax/ast_operators.def>
};
inline constexpr std::string_view context_names[] = {
#define COIL_AST_CONTEXT(python_name, cpp_name, text) #python_name "()",
#include <coil/syntax/ast_operators.def>
};

// Looks a name up in one of the tables above; an out-of-range enumerator (a corrupted tree)
// prints as "?" instead of reading past the table.
template <std::size_t N, class Enum>
std::string_view name_of(const std::string_view (&table)[N], Enum value) {
  auto index = static_cast<std::size_t>(value);
  return index < N ? table[index] : std::string_view("?");
}

// What a pending work item refers to: literal text, or one node of a given family.
enum class piece_kind : std::uint8_t {
  text, stmt, expr, expr_or_none, pattern, type_param, arg, arguments, keyword, alias, withitem,
  comprehension, except_handler, match_case
};

struct piece {
  piece_kind kind = piece_kind::text;
  const void* node = nullptr;
  std::string text;
};

// Collects the pieces of one node in order; consecutive text is merged so the stack stays small.
class node_writer {
 public:
  void text(std::string_view s) {
    if (!pieces_.empty() && pieces_.back().kind == piece_kind::text) {
      pieces_.back().text += s;
    } else {
      pieces_.push_back(piece{piece_kind::text, nullptr, std::string(s)});
    }
  }
  void child(piece_kind kind, const void* node) { pieces_.push_back(piece{kind, node, {}}); }

  void open(std::string_view class_name) {
    text(class_name);
    text("(");
    first_ = true;
  }
  void close() { text(")"); }

  void key(std::string_view field) {
    if (!first_) text(", ");
    first_ = false;
    text(field);
    text("=");
  }
  // A required child.
  void field(std::string_view name, piece_kind kind, const void* node) {
    key(name);
    child(kind, node);
  }
  // An optional child: omitted when null, as ast.dump omits None for `?` fields.
  void optional(std::string_view name, piece_kind kind, const void* node) {
    if (node != nullptr) field(name, kind, node);
  }
  template <class T>
  void list(std::string_view name, piece_kind kind, node_list<T> items) {
    key(name);
    text("[");
    bool first = true;
    for (T* item : items) {
      if (!first) text(", ");
      first = false;
      child(kind, item);
    }
    text("]");
  }
  void identifier(std::string_view name, std::string_view value) {
    key(name);
    text(repr_str(value));
  }
  void optional_identifier(std::string_view name, std::string_view value) {
    if (!value.empty()) identifier(name, value);
  }
  void identifiers(std::string_view name, std::span<const std::string_view> values) {
    key(name);
    text("[");
    bool first = true;
    for (std::string_view v : values) {
      if (!first) text(", ");
      first = false;
      text(repr_str(v));
    }
    text("]");
  }
  void raw(std::string_view name, std::string_view value) {
    key(name);
    text(value);
  }

  std::vector<piece>& pieces() { return pieces_; }

 private:
  std::vector<piece> pieces_;
  bool first_ = true;
};

inline void write_arguments(node_writer& w, const arguments& a) {
  w.open("arguments");
  w.list("posonlyargs", piece_kind::arg, a.posonlyargs);
  w.list("args", piece_kind::arg, a.args);
  w.optional("vararg", piece_kind::arg, a.vararg);
  w.list("kwonlyargs", piece_kind::arg, a.kwonlyargs);
  w.list("kw_defaults", piece_kind::expr_or_none, a.kw_defaults);
  w.optional("kwarg", piece_kind::arg, a.kwarg);
  w.list("defaults", piece_kind::expr, a.defaults);
  w.close();
}

inline void write_stmt(node_writer& w, const stmt& s) {
  w.open(name_of(stmt_names, s.kind));
  switch (s.kind) {
    case stmt_kind::FunctionDef:
    case stmt_kind::AsyncFunctionDef: {
      const auto& n = s.as<function_def_stmt>();
      w.identifier("name", n.name);
      w.field("args", piece_kind::arguments, n.args);
      w.list("body", piece_kind::stmt, n.body);
      w.list("decorator_list", piece_kind::expr, n.decorator_list);
      w.optional("returns", piece_kind::expr, n.returns);
      w.list("type_params", piece_kind::type_param, n.type_params);
      break;
    }
    case stmt_kind::ClassDef: {
      const auto& n = s.as<class_def_stmt>();
      w.identifier("name", n.name);
      w.list("bases", piece_kind::expr, n.bases);
      w.list("keywords", piece_kind::keyword, n.keywords);
      w.list("body", piece_kind::stmt, n.body);
      w.list("decorator_list", piece_kind::expr, n.decorator_list);
      w.list("type_params", piece_kind::type_param, n.type_params);
      break;
    }
    case stmt_kind::Return:
      w.optional("value", piece_kind::expr, s.as<return_stmt>().value);
      break;
    case stmt_kind::Delete:
      w.list("targets", piece_kind::expr, s.as<delete_stmt>().targets);
      break;
    case stmt_kind::Assign: {
      const auto& n = s.as<assign_stmt>();
      w.list("targets", piece_kind::expr, n.targets);
      w.field("value", piece_kind::expr, n.value);
      break;
    }
    case stmt_kind::TypeAlias: {
      const auto& n = s.as<type_alias_stmt>();
      w.field("name", piece_kind::expr, n.name);
      w.list("type_params", piece_kind::type_param, n.type_params);
      w.field("value", piece_kind::expr, n.value);
      break;
    }
    case stmt_kind::AugAssign: {
      const auto& n = s.as<aug_assign_stmt>();
      w.field("target", piece_kind::expr, n.target);
      w.raw("op", name_of(binary_operator_names, n.op));
      w.field("value", piece_kind::expr, n.value);
      break;
    }
    case stmt_kind::AnnAssign: {
      const auto& n = s.as<ann_assign_stmt>();
      w.field("target", piece_kind::expr, n.target);
      w.field("annotation", piece_kind::expr, n.annotation);
      w.optional("value", piece_kind::expr, n.value);
      w.raw("simple", n.simple ? "1" : "0");
      break;
    }
    case stmt_kind::For:
    case stmt_kind::AsyncFor: {
      const auto& n = s.as<for_stmt>();
      w.field("target", piece_kind::expr, n.target);
      w.field("iter", piece_kind::expr, n.iter);
      w.list("body", piece_kind::stmt, n.body);
      w.list("orelse", piece_kind::stmt, n.orelse);
      break;
    }
    case stmt_kind::While: {
      const auto& n = s.as<while_stmt>();
      w.field("test", piece_kind::expr, n.test);
      w.list("body", piece_kind::stmt, n.body);
      w.list("orelse", piece_kind::stmt, n.orelse);
      break;
    }
    case stmt_kind::If: {
      const auto& n = s.as<if_stmt>();
      w.field("test", piece_kind::expr, n.test);
      w.list("body", piece_kind::stmt, n.body);
      w.list("orelse", piece_kind::stmt, n.orelse);
      break;
    }
    case stmt_kind::With:
    case stmt_kind::AsyncWith: {
      const auto& n = s.as<with_stmt>();
      w.list("items", piece_kind::withitem, n.items);
      w.list("body", piece_kind::stmt, n.body);
      break;
    }
    case stmt_kind::Match: {
      const auto& n = s.as<match_stmt>();
      w.field("subject", piece_kind::expr, n.subject);
      w.list("cases", piece_kind::match_case, n.cases);
      break;
    }
    case stmt_kind::Raise: {
      const auto& n = s.as<raise_stmt>();
      w.optional("exc", piece_kind::expr, n.exc);
      w.optional("cause", piece_kind::expr, n.cause);
      break;
    }
    case stmt_kind::Try:
    case stmt_kind::TryStar: {
      const auto& n = s.as<try_stmt>();
      w.list("body", piece_kind::stmt, n.body);
      w.list("handlers", piece_kind::except_handler, n.handlers);
      w.list("orelse", piece_kind::stmt, n.orelse);
      w.list("finalbody", piece_kind::stmt, n.finalbody);
      break;
    }
    case stmt_kind::Assert: {
      const auto& n = s.as<assert_stmt>();
      w.field("test", piece_kind::expr, n.test);
      w.optional("msg", piece_kind::expr, n.msg);
      break;
    }
    case stmt_kind::Import:
      w.list("names", piece_kind::alias, s.as<import_stmt>().names);
      break;
    case stmt_kind::ImportFrom: {
      const auto& n = s.as<import_from_stmt>();
      w.optional_identifier("module", n.module);
      w.list("names", piece_kind::alias, n.names);
      w.raw("level", std::to_string(n.level));
      break;
    }
    case stmt_kind::Global:
      w.identifiers("names", s.as<global_stmt>().names);
      break;
    case stmt_kind::Nonlocal:
      w.identifiers("names", s.as<nonlocal_stmt>().names);
      break;
    case stmt_kind::Expr:
      w.field("value", piece_kind::expr, s.as<expr_stmt>().value);
      break;
    case stmt_kind::Pass:
    case stmt_kind::Break:
    case stmt_kind::Continue:
      break;
  }
  w.close();
}

inline void write_comparators(node_writer& w, const compare_expr& n) {
  w.key("ops");
  w.text("[");
  bool first = true;
  for (compare_operator op : n.ops) {
    if (!first) w.text(", ");
    first = false;
    w.text(name_of(compare_operator_names, op));
  }
  w.text("]");
  w.list("comparators", piece_kind::expr, n.comparators);
}

inline void write_expr(node_writer& w, const expr& e) {
  w.open(name_of(expr_names, e.kind));
  switch (e.kind) {
    case expr_kind::BoolOp: {
      const auto& n = e.as<bool_op_expr>();
      w.raw("op", name_of(bool_operator_names, n.op));
      w.list("values", piece_kind::expr, n.values);
      break;
    }
    case expr_kind::NamedExpr: {
      const auto& n = e.as<named_expr>();
      w.field("target", piece_kind::expr, n.target);
      w.field("value", piece_kind::expr, n.value);
      break;
    }
    case expr_kind::BinOp: {
      const auto& n = e.as<bin_op_expr>();
      w.field("left", piece_kind::expr, n.left);
      w.raw("op", name_of(binary_operator_names, n.op));
      w.field("right", piece_kind::expr, n.right);
      break;
    }
    case expr_kind::UnaryOp: {
      const auto& n = e.as<unary_op_expr>();
      w.raw("op", name_of(unary_operator_names, n.op));
      w.field("operand", piece_kind::expr, n.operand);
      break;
    }
    case expr_kind::Lambda: {
      const auto& n = e.as<lambda_expr>();
      w.field("args", piece_kind::arguments, n.args);
      w.field("body", piece_kind::expr, n.body);
      break;
    }
    case expr_kind::IfExp: {
      const auto& n = e.as<if_exp_expr>();
      w.field("test", piece_kind::expr, n.test);
      w.field("body", piece_kind::expr, n.body);
      w.field("orelse", piece_kind::expr, n.orelse);
      break;
    }
    case expr_kind::Dict: {
      const auto& n = e.as<dict_expr>();
      w.list("keys", piece_kind::expr_or_none, n.keys);
      w.list("values", piece_kind::expr, n.values);
      break;
    }
    case expr_kind::Set:
      w.list("elts", piece_kind::expr, e.as<set_expr>().elts);
      break;
    case expr_kind::ListComp:
    case expr_kind::SetComp:
    case expr_kind::GeneratorExp: {
      const auto& n = e.as<list_comp_expr>();
      w.field("elt", piece_kind::expr, n.elt);
      w.list("generators", piece_kind::comprehension, n.generators);
      break;
    }
    case expr_kind::DictComp: {
      const auto& n = e.as<dict_comp_expr>();
      w.field("key", piece_kind::expr, n.key);
      w.field("value", piece_kind::expr, n.value);
      w.list("generators", piece_kind::comprehension, n.generators);
      break;
    }
    case expr_kind::Await:
      w.field("value", piece_kind::expr, e.as<await_expr>().value);
      break;
    case expr_kind::Yield:
      w.optional("value", piece_kind::expr, e.as<yield_expr>().value);
      break;
    case expr_kind::YieldFrom:
      w.field("value", piece_kind::expr, e.as<yield_from_expr>().value);
      break;
    case expr_kind::Compare: {
      const auto& n = e.as<compare_expr>();
      w.field("left", piece_kind::expr, n.left);
      write_comparators(w, n);
      break;
    }
    case expr_kind::Call: {
      const auto& n = e.as<call_expr>();
      w.field("func", piece_kind::expr, n.func);
      w.list("args", piece_kind::expr, n.args);
      w.list("keywords", piece_kind::keyword, n.keywords);
      break;
    }
    case expr_kind::FormattedValue: {
      const auto& n = e.as<formatted_value_expr>();
      w.field("value", piece_kind::expr, n.value);
      w.raw("conversion", std::to_string(n.conversion));
      w.optional("format_spec", piece_kind::expr, n.format_spec);
      break;
    }
    case expr_kind::JoinedStr:
      w.list("values", piece_kind::expr, e.as<joined_str_expr>().values);
      break;
    case expr_kind::Constant: {
      const auto& n = e.as<constant_expr>();
      w.raw("value", repr_constant(n));
      if (n.u_prefix) w.raw("kind", "'u'");
      break;
    }
    case expr_kind::Attribute: {
      const auto& n = e.as<attribute_expr>();
      w.field("value", piece_kind::expr, n.value);
      w.identifier("attr", n.attr);
      w.raw("ctx", name_of(context_names, n.ctx));
      break;
    }
    case expr_kind::Subscript: {
      const auto& n = e.as<subscript_expr>();
      w.field("value", piece_kind::expr, n.value);
      w.field("slice", piece_kind::expr, n.slice);
      w.raw("ctx", name_of(context_names, n.ctx));
      break;
    }
    case expr_kind::Starred: {
      const auto& n = e.as<starred_expr>();
      w.field("value", piece_kind::expr, n.value);
      w.raw("ctx", name_of(context_names, n.ctx));
      break;
    }
    case expr_kind::Name: {
      const auto& n = e.as<name_expr>();
      w.identifier("id", n.id);
      w.raw("ctx", name_of(context_names, n.ctx));
      break;
    }
    case expr_kind::List:
    case expr_kind::Tuple: {
      const auto& n = e.as<list_expr>();
      w.list("elts", piece_kind::expr, n.elts);
      w.raw("ctx", name_of(context_names, n.ctx));
      break;
    }
    case expr_kind::Slice: {
      const auto& n = e.as<slice_expr>();
      w.optional("lower", piece_kind::expr, n.lower);
      w.optional("upper", piece_kind::expr, n.upper);
      w.optional("step", piece_kind::expr, n.step);
      break;
    }
  }
  w.close();
}

inline void write_pattern(node_writer& w, const pattern& p) {
  w.open(name_of(pattern_names, p.kind));
  switch (p.kind) {
    case pattern_kind::MatchValue:
      w.field("value", piece_kind::expr, p.as<match_value_pattern>().value);
      break;
    case pattern_kind::MatchSingleton: {
      // The field is a plain `constant` (not optional), so None is printed, not omitted.
      constant_kind value = p.as<match_singleton_pattern>().value;
      w.raw("value", value == constant_kind::true_ ? "True" : value == constant_kind::false_ ? "False" : "None");
      break;
    }
    case pattern_kind::MatchSequence:
      w.list("patterns", piece_kind::pattern, p.as<match_sequence_pattern>().patterns);
      break;
    case pattern_kind::MatchMapping: {
      const auto& n = p.as<match_mapping_pattern>();
      w.list("keys", piece_kind::expr, n.keys);
      w.list("patterns", piece_kind::pattern, n.patterns);
      w.optional_identifier("rest", n.rest);
      break;
    }
    case pattern_kind::MatchClass: {
      const auto& n = p.as<match_class_pattern>();
      w.field("cls", piece_kind::expr, n.cls);
      w.list("patterns", piece_kind::pattern, n.patterns);
      w.identifiers("kwd_attrs", n.kwd_attrs);
      w.list("kwd_patterns", piece_kind::pattern, n.kwd_patterns);
      break;
    }
    case pattern_kind::MatchStar:
      w.optional_identifier("name", p.as<match_star_pattern>().name);
      break;
    case pattern_kind::MatchAs: {
      const auto& n = p.as<match_as_pattern>();
      w.optional("pattern", piece_kind::pattern, n.pattern_);
      w.optional_identifier("name", n.name);
      break;
    }
    case pattern_kind::MatchOr:
      w.list("patterns", piece_kind::pattern, p.as<match_or_pattern>().patterns);
      break;
  }
  w.close();
}

inline void write_piece(node_writer& w, piece_kind kind, const void* node) {
  switch (kind) {
    case piece_kind::text:
      break;
    case piece_kind::stmt:
      write_stmt(w, *static_cast<const stmt*>(node));
      break;
    case piece_kind::expr:
      write_expr(w, *static_cast<const expr*>(node));
      break;
    case piece_kind::expr_or_none:
      if (node == nullptr) {
        w.text("None");
      } else {
        write_expr(w, *static_cast<const expr*>(node));
      }
      break;
    case piece_kind::pattern:
      write_pattern(w, *static_cast<const pattern*>(node));
      break;
    case piece_kind::type_param: {
      const auto& n = *static_cast<const type_param*>(node);
      w.open(name_of(type_param_names, n.kind));
      w.identifier("name", n.name);
      if (n.kind == type_param_kind::TypeVar) w.optional("bound", piece_kind::expr, n.bound);
      w.close();
      break;
    }
    case piece_kind::arg: {
      const auto& n = *static_cast<const arg*>(node);
      w.open("arg");
      w.identifier("arg", n.name);
      w.optional("annotation", piece_kind::expr, n.annotation);
      w.close();
      break;
    }
    case piece_kind::arguments:
      write_arguments(w, *static_cast<const arguments*>(node));
      break;
    case piece_kind::keyword: {
      const auto& n = *static_cast<const keyword*>(node);
      w.open("keyword");
      if (!n.is_double_star) w.identifier("arg", n.name);
      w.field("value", piece_kind::expr, n.value);
      w.close();
      break;
    }
    case piece_kind::alias: {
      const auto& n = *static_cast<const alias*>(node);
      w.open("alias");
      w.identifier("name", n.name);
      w.optional_identifier("asname", n.asname);
      w.close();
      break;
    }
    case piece_kind::withitem: {
      const auto& n = *static_cast<const withitem*>(node);
      w.open("withitem");
      w.field("context_expr", piece_kind::expr, n.context_expr);
      w.optional("optional_vars", piece_kind::expr, n.optional_vars);
      w.close();
      break;
    }
    case piece_kind::comprehension: {
      const auto& n = *static_cast<const comprehension*>(node);
      w.open("comprehension");
      w.field("target", piece_kind::expr, n.target);
      w.field("iter", piece_kind::expr, n.iter);
      w.list("ifs", piece_kind::expr, n.ifs);
      w.raw("is_async", n.is_async ? "1" : "0");
      w.close();
      break;
    }
    case piece_kind::except_handler: {
      const auto& n = *static_cast<const except_handler*>(node);
      w.open("ExceptHandler");
      w.optional("type", piece_kind::expr, n.type);
      w.optional_identifier("name", n.name);
      w.list("body", piece_kind::stmt, n.body);
      w.close();
      break;
    }
    case piece_kind::match_case: {
      const auto& n = *static_cast<const match_case*>(node);
      w.open("match_case");
      w.field("pattern", piece_kind::pattern, n.pattern_);
      w.optional("guard", piece_kind::expr, n.guard);
      w.list("body", piece_kind::stmt, n.body);
      w.close();
      break;
    }
  }
}

}  // namespace dump_detail

COIL_DECL std::string dump(const tree& module) {
  using namespace dump_detail;
  std::string out;
  std::vector<piece> stack;

  node_writer top;
  top.open("Module");
  top.list("body", piece_kind::stmt, module.body);
  top.raw("type_ignores", "[]");
  top.close();
  for (auto it = top.pieces().rbegin(); it != top.pieces().rend(); ++it) stack.push_back(std::move(*it));

  while (!stack.empty()) {
    piece next = std::move(stack.back());
    stack.pop_back();
    if (next.kind == piece_kind::text) {
      out += next.text;
      continue;
    }
    if (next.node == nullptr && next.kind != piece_kind::expr_or_none) {
      // A required child is missing: only a malformed tree gets here. Print what ast.dump
      // would print for a None value rather than dereferencing null.
      out += "None";
      continue;
    }
    node_writer w;
    write_piece(w, next.kind, next.node);
    auto& pieces = w.pieces();
    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) stack.push_back(std::move(*it));
  }
  return out;
}

}  // namespace coil::syntax
