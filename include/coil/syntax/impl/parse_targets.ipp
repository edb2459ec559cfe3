// Assignment, for-loop, with and del targets. The parser reads a target as an expression and
// then checks that it is one CPython's target rules accept (a name, attribute, subscript, or a
// tuple/list/starred of targets), setting Store or Del on it; the checks also produce CPython's
// "cannot assign to function call" style messages in the second pass.
#pragma once

#include <coil/syntax/parser_rules.hpp>

namespace coil::syntax {

COIL_DECL bool parser_rules::is_valid_target(const expr* e, target_kind kind) const {
  switch (e->kind) {
    case expr_kind::Name:
    case expr_kind::Attribute:
    case expr_kind::Subscript: return true;
    case expr_kind::Starred: {
      if (kind == target_kind::del) return false;
      const expr* value = e->as<starred_expr>().value;
      return value->kind != expr_kind::Starred && is_valid_target(value, kind);
    }
    case expr_kind::List:
    case expr_kind::Tuple:
      for (const expr* element : e->as<list_expr>().elts)
        if (!is_valid_target(element, kind)) return false;
      return true;
    default: return false;
  }
}

COIL_DECL void parser_rules::set_context(expr* e, expr_context context) {
  switch (e->kind) {
    case expr_kind::Name: e->as<name_expr>().ctx = context; break;
    case expr_kind::Attribute: e->as<attribute_expr>().ctx = context; break;
    case expr_kind::Subscript: e->as<subscript_expr>().ctx = context; break;
    case expr_kind::Starred:
      e->as<starred_expr>().ctx = context;
      set_context(e->as<starred_expr>().value, context);
      break;
    case expr_kind::List:
    case expr_kind::Tuple:
      e->as<list_expr>().ctx = context;
      for (expr* element : e->as<list_expr>().elts) set_context(element, context);
      break;
    default: break;
  }
}

// CPython's _PyPegen_get_invalid_target: the part of `e` that cannot be a target, or null.
COIL_DECL const expr* parser_rules::invalid_target(const expr* e, target_kind kind) {
  switch (e->kind) {
    case expr_kind::List:
    case expr_kind::Tuple:
      for (const expr* element : e->as<list_expr>().elts)
        if (const expr* bad = invalid_target(element, kind)) return bad;
      return nullptr;
    case expr_kind::Starred:
      if (kind == target_kind::del) return e;
      return invalid_target(e->as<starred_expr>().value, kind);
    case expr_kind::Compare:
      // In `for x in y`, the target read as an expression swallows `in y`: look at its left side.
      if (kind == target_kind::for_loop) {
        const auto& compare = e->as<compare_expr>();
        if (compare.ops[0] == compare_operator::in) return invalid_target(compare.left, kind);
        return nullptr;
      }
      return e;
    case expr_kind::Name:
    case expr_kind::Subscript:
    case expr_kind::Attribute: return nullptr;
    default: return e;
  }
}

// CPython's _PyPegen_get_expr_name: how error messages call an expression.
COIL_DECL std::string parser_rules::expression_name(const expr* e) {
  switch (e->kind) {
    case expr_kind::Attribute: return "attribute";
    case expr_kind::Subscript: return "subscript";
    case expr_kind::Starred: return "starred";
    case expr_kind::Name: return "name";
    case expr_kind::List: return "list";
    case expr_kind::Tuple: return "tuple";
    case expr_kind::Lambda: return "lambda";
    case expr_kind::Call: return "function call";
    case expr_kind::BoolOp:
    case expr_kind::BinOp:
    case expr_kind::UnaryOp: return "expression";
    case expr_kind::GeneratorExp: return "generator expression";
    case expr_kind::Yield:
    case expr_kind::YieldFrom: return "yield expression";
    case expr_kind::Await: return "await expression";
    case expr_kind::ListComp: return "list comprehension";
    case expr_kind::SetComp: return "set comprehension";
    case expr_kind::DictComp: return "dict comprehension";
    case expr_kind::Dict: return "dict literal";
    case expr_kind::Set: return "set display";
    case expr_kind::JoinedStr:
    case expr_kind::FormattedValue: return "f-string expression";
    case expr_kind::Constant:
      switch (e->as<constant_expr>().what) {
        case constant_kind::none: return "None";
        case constant_kind::true_: return "True";
        case constant_kind::false_: return "False";
        case constant_kind::ellipsis: return "ellipsis";
        default: return "literal";
      }
    case expr_kind::Compare: return "comparison";
    case expr_kind::IfExp: return "conditional expression";
    case expr_kind::NamedExpr: return "named expression";
    default: return "expression";
  }
}

COIL_DECL void parser_rules::raise_invalid_target(const expr* e, target_kind kind) {
  const expr* bad = invalid_target(e, kind);
  if (!bad) return;
  raise_at(bad->where, (kind == target_kind::del ? "cannot delete " : "cannot assign to ") + expression_name(bad));
}

// star_targets: star_target (',' star_target)* [','] — a Tuple when a comma appears.
COIL_DECL expr* parser_rules::parse_star_targets() {
  const token& first = look();
  expr* target = parse_star_target();
  if (!at(token_kind::comma)) return target;
  std::size_t mark = list_mark();
  list_push(target);
  while (accept(token_kind::comma)) {
    if (!can_start_expression(look().kind) && !at(token_kind::star)) break;
    if (!attempt([&] { list_push(parse_star_target()); })) break;
  }
  auto* tuple = make_node<tuple_expr>(expr_kind::Tuple, span_from(first));
  tuple->elts = finish_list<expr>(mark);
  tuple->ctx = expr_context::store;
  return tuple;
}

// star_target: '*' (!'*' star_target) | target_with_star_atom, read as a primary (an atom and
// its trailers), which is all a target can be.
COIL_DECL expr* parser_rules::parse_star_target() {
  if (at(token_kind::star)) {
    const token& star = take();
    if (at(token_kind::star)) mismatch();
    depth_guard guard(*this);
    expr* value = parse_star_target();
    auto* node = make_node<starred_expr>(expr_kind::Starred, span_from(star));
    node->value = value;
    node->ctx = expr_context::store;
    return node;
  }
  expr* e = parse_primary();
  if (!is_valid_target(e, target_kind::store)) mismatch();
  set_context(e, expr_context::store);
  return e;
}

COIL_DECL bool parser_rules::is_single_target(const expr* e) const {
  return e->kind == expr_kind::Name || e->kind == expr_kind::Attribute || e->kind == expr_kind::Subscript;
}

COIL_DECL bool parser_rules::is_parenthesized(std::size_t start, std::size_t end) {
  if (end <= start + 1 || token_at(start).kind != token_kind::lpar || token_at(end - 1).kind != token_kind::rpar)
    return false;
  int depth = 0;
  for (std::size_t i = start; i < end; ++i) {
    token_kind kind = token_at(i).kind;
    if (kind == token_kind::lpar || kind == token_kind::lsqb || kind == token_kind::lbrace) ++depth;
    if (kind == token_kind::rpar || kind == token_kind::rsqb || kind == token_kind::rbrace) {
      if (--depth == 0) return i == end - 1;
    }
  }
  return false;
}

}  // namespace coil::syntax
