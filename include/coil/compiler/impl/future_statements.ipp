// `from __future__` statements: CPython's future.c checks the ones heading the module (known
// features only, before any other error) and selects `annotations`; its compiler rejects one
// anywhere else (a placement error, placement_checks.ipp). Under `annotations` every annotation
// becomes a string, so the symtable walk (symbol_walk.ipp) records nothing from it and only rejects
// what CPython's throw-away annotation block rejects.
#pragma once

#include <coil/compiler/impl/symbol_table_builder.ipp>

namespace coil::compiler::detail {

// CPython's future.c: `from __future__ import ...` statements heading the module (after an
// optional docstring) select features and must name known ones; this runs before the symtable.
inline bool symbol_table_builder::check_future_statements() {
  using namespace syntax;
  const node_list<stmt> body = tree_.body;
  std::size_t i = 0;
  if (!body.empty() && body[0] != nullptr && body[0]->kind == stmt_kind::Expr) {
    const expr* value = body[0]->as<expr_stmt>().value;
    if (value != nullptr && value->kind == expr_kind::Constant &&
        value->as<constant_expr>().what == constant_kind::string) {
      i = 1;
    }
  }
  future_begin_ = i;
  for (; i < body.size(); ++i) {
    const stmt* s = body[i];
    if (s == nullptr || s->kind != stmt_kind::ImportFrom) break;
    const auto& import = s->as<import_from_stmt>();
    if (import.module != "__future__" || import.level != 0) break;
    for (const alias* a : import.names) {
      if (a == nullptr) continue;
      const std::string_view feature = a->name;
      if (feature == "annotations") {
        table_.future_annotations_ = true;
        continue;
      }
      static constexpr std::string_view known[] = {"nested_scopes", "generators", "division", "absolute_import",
                                                   "with_statement", "print_function", "unicode_literals",
                                                   "barry_as_FLUFL", "generator_stop"};
      if (std::find(std::begin(known), std::end(known), feature) != std::end(known)) continue;
      syntax::source_span where = s->where;
      fail(feature == "braces" ? std::string("not a chance")
                               : "future feature " + std::string(feature) + " is not defined",
           where);
      error_->end_line = where.line;
      error_->end_column = 0;  // CPython gives no end offset here
      return false;
    }
  }
  future_end_ = i;
  return true;
}

inline bool symbol_table_builder::is_misplaced_future(const syntax::stmt& s) const {
  if (s.kind != syntax::stmt_kind::ImportFrom) return false;
  const auto& import = s.as<syntax::import_from_stmt>();
  if (import.module != "__future__" || import.level != 0) return false;
  for (std::size_t i = future_begin_; i < future_end_; ++i) {
    if (tree_.body[i] == &s) return false;
  }
  return true;
}

// Under `from __future__ import annotations` an annotation becomes a string: CPython's symtable
// visits it in a throw-away block where names are not recorded and a yield, await or walrus is an
// error. Lambdas and comprehensions inside are not entered (see the header's deviations).
inline void symbol_table_builder::check_stringified_annotation(const syntax::expr& annotation) {
  using namespace syntax;
  std::vector<const expr*> stack{&annotation};
  std::vector<const expr*> children;
  while (!stack.empty() && !error_) {
    const expr& e = *stack.back();
    stack.pop_back();
    children.clear();
    auto add = [&](const expr* child) {
      if (child != nullptr) children.push_back(child);
    };
    auto add_all = [&](node_list<expr> list) {
      for (const expr* child : list) add(child);
    };
    switch (e.kind) {
      case expr_kind::Yield:
      case expr_kind::YieldFrom:
        fail("yield expression cannot be used within an annotation", e.where);
        return;
      case expr_kind::Await:
        fail("await expression cannot be used within an annotation", e.where);
        return;
      case expr_kind::NamedExpr:
        fail("named expression cannot be used within an annotation", e.where);
        return;
      case expr_kind::BoolOp: add_all(e.as<bool_op_expr>().values); break;
      case expr_kind::BinOp: add(e.as<bin_op_expr>().left); add(e.as<bin_op_expr>().right); break;
      case expr_kind::UnaryOp: add(e.as<unary_op_expr>().operand); break;
      case expr_kind::Lambda: {
        const arguments* args = e.as<lambda_expr>().args;
        if (args != nullptr) {
          add_all(args->defaults);
          add_all(args->kw_defaults);
        }
        break;
      }
      case expr_kind::IfExp:
        add(e.as<if_exp_expr>().test);
        add(e.as<if_exp_expr>().body);
        add(e.as<if_exp_expr>().orelse);
        break;
      case expr_kind::Dict: add_all(e.as<dict_expr>().keys); add_all(e.as<dict_expr>().values); break;
      case expr_kind::Set: add_all(e.as<set_expr>().elts); break;
      case expr_kind::ListComp:
      case expr_kind::SetComp:
      case expr_kind::GeneratorExp:
      case expr_kind::DictComp: {
        const node_list<comprehension> generators = e.kind == expr_kind::DictComp
                                                        ? e.as<dict_comp_expr>().generators
                                                        : e.as<list_comp_expr>().generators;
        if (!generators.empty() && generators[0] != nullptr) add(generators[0]->iter);
        break;
      }
      case expr_kind::Compare: add(e.as<compare_expr>().left); add_all(e.as<compare_expr>().comparators); break;
      case expr_kind::Call:
        add(e.as<call_expr>().func);
        add_all(e.as<call_expr>().args);
        for (const keyword* k : e.as<call_expr>().keywords) {
          if (k != nullptr) add(k->value);
        }
        break;
      case expr_kind::FormattedValue:
        add(e.as<formatted_value_expr>().value);
        add(e.as<formatted_value_expr>().format_spec);
        break;
      case expr_kind::JoinedStr: add_all(e.as<joined_str_expr>().values); break;
      case expr_kind::Attribute: add(e.as<attribute_expr>().value); break;
      case expr_kind::Subscript: add(e.as<subscript_expr>().value); add(e.as<subscript_expr>().slice); break;
      case expr_kind::Starred: add(e.as<starred_expr>().value); break;
      case expr_kind::List:
      case expr_kind::Tuple: add_all(e.as<list_expr>().elts); break;
      case expr_kind::Slice:
        add(e.as<slice_expr>().lower);
        add(e.as<slice_expr>().upper);
        add(e.as<slice_expr>().step);
        break;
      case expr_kind::Name:
      case expr_kind::Constant:
        break;
    }
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
}

}  // namespace coil::compiler::detail
