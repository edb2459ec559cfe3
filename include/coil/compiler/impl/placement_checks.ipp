// Where `return`, `yield`, `await`, `break`, `continue`, `async for`, `async with` and
// asynchronous comprehensions may appear: the checks CPython 3.12's compiler (not its symtable)
// makes while it emits code, with its messages, plus coil's one rule change (top-level await).
//
// The rules are plain functions shared by two users. The symtable walk (symbol_walk.ipp) applies
// them as it goes and only counts violations, because its visiting order is not the compiler's:
// with none the program is fine and with one that one is the answer, so ordinary programs pay for
// a single walk. With two or more, first_placement_error() walks the tree again in the order
// CPython compiles it (decorators before defaults, a class body before its bases, an assigned
// value before its targets, a generator expression's body before its first iterable...) and
// reports the first.
#pragma once

#include <coil/compiler/impl/symbol_table_builder.ipp>

namespace coil::compiler::detail {

inline constexpr const char* except_star_exit_message =
    "'break', 'continue' and 'return' cannot appear in an except* block";

// coil runs the module body as a coroutine, so the module accepts what CPython accepts there with
// PyCF_ALLOW_TOP_LEVEL_AWAIT; a class body, a lambda or a plain def do not.
inline const char* await_misplaced(const scope& unit) {
  switch (unit.kind) {
    case scope_kind::module:
    case scope_kind::comprehension:
      return nullptr;
    case scope_kind::class_body:
      return "'await' outside function";
    case scope_kind::function:
      return unit.is_async_def ? nullptr : "'await' outside async function";
    case scope_kind::lambda:
      return "'await' outside async function";
  }
  return nullptr;
}

inline const char* yield_misplaced(const scope& unit, bool is_yield_from) {
  if (!unit.is_function_like()) return "'yield' outside function";
  if (is_yield_from && unit.kind == scope_kind::function && unit.is_async_def) return "'yield from' inside async function";
  return nullptr;
}

inline const char* return_misplaced(const scope& unit) {
  return unit.is_function_like() ? nullptr : "'return' outside function";
}

inline const char* async_statement_misplaced(const scope& unit, bool is_for) {
  if (unit.kind == scope_kind::module || (unit.kind == scope_kind::function && unit.is_async_def)) return nullptr;
  return is_for ? "'async for' outside async function" : "'async with' outside async function";
}

// The innermost block of the current code unit decides: a loop allows break/continue, an
// except* handler forbids them (even around an outer loop).
inline const char* loop_exit_misplaced(std::span<const block> blocks, bool is_break) {
  for (auto it = blocks.rbegin(); it != blocks.rend() && *it != block::unit; ++it) {
    if (*it == block::loop) return nullptr;
    if (*it == block::except_star) return except_star_exit_message;
  }
  return is_break ? "'break' outside loop" : "'continue' not properly in loop";
}

inline bool inside_except_star(std::span<const block> blocks) {
  for (auto it = blocks.rbegin(); it != blocks.rend() && *it != block::unit; ++it) {
    if (*it == block::except_star) return true;
  }
  return false;
}

// A list/set/dict comprehension that awaits must itself be awaited, which only an async def, an
// enclosing comprehension (which then becomes asynchronous too) or coil's module body can do.
inline bool async_comprehension_misplaced(const scope& comprehension, const scope& enclosing) {
  if (comprehension.comprehension == comprehension_kind::generator || !comprehension.is_coroutine) return false;
  return !(enclosing.kind == scope_kind::module || enclosing.kind == scope_kind::comprehension ||
           (enclosing.kind == scope_kind::function && enclosing.is_async_def));
}

// CPython folds constant expressions before compiling; a `return` of a constant reports at the
// constant. Numbers with unary signs and tuples of constants are folded here too; larger
// foldable expressions (1 + 2) report at the statement, a known difference.
inline bool is_folded_constant(const syntax::expr& e, int depth = 0) {
  if (e.kind == syntax::expr_kind::Constant) return true;
  if (depth > 16) return false;
  if (e.kind == syntax::expr_kind::UnaryOp) {
    const auto& u = e.as<syntax::unary_op_expr>();
    return u.operand != nullptr && u.operand->kind == syntax::expr_kind::Constant;
  }
  if (e.kind == syntax::expr_kind::Tuple) {
    const auto& t = e.as<syntax::tuple_expr>();
    if (t.ctx != syntax::expr_context::load) return false;
    for (const syntax::expr* element : t.elts) {
      if (element == nullptr || !is_folded_constant(*element, depth + 1)) return false;
    }
    return true;
  }
  return false;
}

inline syntax::source_span return_unwind_position(const syntax::stmt& s) {
  const auto& r = s.as<syntax::return_stmt>();
  if (r.value != nullptr && is_folded_constant(*r.value) && r.value->where.line == s.where.line) return r.value->where;
  return s.where;
}

// ---------------------------------------------------------------------------------------------
// The second walk, in the compiler's order; it stops at the first violation.

namespace placement_detail {

enum class step : std::uint8_t { stmt, expr, handler, enter, exit, loop_in, except_star_in, block_out, async_comprehension, return_unwind };

struct item {
  step what;
  std::uint32_t index;
  const void* node;
};

}  // namespace placement_detail

inline std::optional<syntax::syntax_error> symbol_table_builder::first_placement_error() {
  using placement_detail::item;
  using placement_detail::step;
  using namespace syntax;
  std::vector<item> work;
  std::vector<item> pending;
  std::vector<std::uint32_t> units{0};
  std::vector<block> blocks{block::unit};
  std::optional<syntax_error> found;

  auto then = [&](step what, const void* node, std::uint32_t index = 0) { pending.push_back(item{what, index, node}); };
  auto then_expr = [&](const expr* e) { if (e != nullptr) then(step::expr, e); };
  auto then_exprs = [&](node_list<expr> list) { for (const expr* e : list) then_expr(e); };
  auto then_stmts = [&](node_list<stmt> list) { for (const stmt* s : list) if (s != nullptr) then(step::stmt, s); };
  auto unit = [&]() -> const scope& { return table_.scopes_[units.back()]; };
  auto report = [&](const char* message, const source_span& where) {
    if (message != nullptr && !found) found = make_error(message, where);
  };
  auto then_scope = [&](const void* node) {
    then(step::enter, node);
  };
  // Annotations of parameters, in the order CPython's compiler evaluates them.
  auto then_annotations = [&](const arguments* args, const expr* returns) {
    if (table_.future_annotations_) return;  // they become strings
    if (args != nullptr) {
      for (const arg* a : args->args) if (a != nullptr) then_expr(a->annotation);
      for (const arg* a : args->posonlyargs) if (a != nullptr) then_expr(a->annotation);
      if (args->vararg != nullptr) then_expr(args->vararg->annotation);
      for (const arg* a : args->kwonlyargs) if (a != nullptr) then_expr(a->annotation);
      if (args->kwarg != nullptr) then_expr(args->kwarg->annotation);
    }
    then_expr(returns);
  };
  auto then_defaults = [&](const arguments* args) {
    if (args == nullptr) return;
    then_exprs(args->defaults);
    then_exprs(args->kw_defaults);
  };
  // A comprehension's loops and element, inside its own scope (the first iterable excluded).
  auto then_comprehension_body = [&](node_list<comprehension> generators, const expr* element, const expr* value) {
    for (std::size_t i = 0; i < generators.size(); ++i) {
      const comprehension* g = generators[i];
      if (g == nullptr) continue;
      if (i > 0) then_expr(g->iter);
      then_expr(g->target);
      then_exprs(g->ifs);
    }
    then_expr(element);
    then_expr(value);
  };

  auto visit_stmt = [&](const stmt& s) {
    switch (s.kind) {
      case stmt_kind::FunctionDef:
      case stmt_kind::AsyncFunctionDef: {
        const auto& f = s.as<function_def_stmt>();
        then_exprs(f.decorator_list);
        then_defaults(f.args);
        then_annotations(f.args, f.returns);
        then_scope(&s);
        then_stmts(f.body);
        then(step::exit, nullptr);
        break;
      }
      case stmt_kind::ClassDef: {
        const auto& c = s.as<class_def_stmt>();
        then_exprs(c.decorator_list);
        then_scope(&s);
        then_stmts(c.body);
        then(step::exit, nullptr);
        then_exprs(c.bases);
        for (const keyword* k : c.keywords) if (k != nullptr) then_expr(k->value);
        break;
      }
      case stmt_kind::Return: {
        const auto& r = s.as<return_stmt>();
        const scope& u = unit();
        if (const char* message = return_misplaced(u)) {
          report(message, s.where);
          break;
        }
        if (r.value != nullptr && u.is_coroutine && u.is_generator) {
          report("'return' with value in async generator", s.where);
          break;
        }
        if (r.value != nullptr && !is_folded_constant(*r.value)) {
          then_expr(r.value);
          then(step::return_unwind, &s);
        } else if (inside_except_star(blocks)) {
          report(except_star_exit_message, return_unwind_position(s));
        }
        break;
      }
      case stmt_kind::Delete:
        then_exprs(s.as<delete_stmt>().targets);
        break;
      case stmt_kind::Assign:
        then_expr(s.as<assign_stmt>().value);
        then_exprs(s.as<assign_stmt>().targets);
        break;
      case stmt_kind::AugAssign:
        then_expr(s.as<aug_assign_stmt>().target);
        then_expr(s.as<aug_assign_stmt>().value);
        break;
      case stmt_kind::AnnAssign: {
        const auto& a = s.as<ann_assign_stmt>();
        if (a.value != nullptr) {
          then_expr(a.value);
          then_expr(a.target);
        } else if (a.target != nullptr && a.target->kind != expr_kind::Name) {
          then_expr(a.target);  // `obj.attr: T` still evaluates obj (and a subscript's index)
        }
        // Only module and class bodies evaluate annotations of variables.
        if ((unit().kind == scope_kind::module || unit().kind == scope_kind::class_body) && !table_.future_annotations_) {
          then_expr(a.annotation);
        }
        break;
      }
      case stmt_kind::For:
      case stmt_kind::AsyncFor: {
        const auto& f = s.as<for_stmt>();
        if (s.kind == stmt_kind::AsyncFor) {
          if (const char* message = async_statement_misplaced(unit(), true)) {
            report(message, s.where);
            break;
          }
        }
        then_expr(f.iter);
        then_expr(f.target);
        then(step::loop_in, nullptr);
        then_stmts(f.body);
        then(step::block_out, nullptr);
        then_stmts(f.orelse);
        break;
      }
      case stmt_kind::While: {
        const auto& w = s.as<while_stmt>();
        then_expr(w.test);
        then(step::loop_in, nullptr);
        then_stmts(w.body);
        then(step::block_out, nullptr);
        then_stmts(w.orelse);
        break;
      }
      case stmt_kind::If: {
        const auto& i = s.as<if_stmt>();
        then_expr(i.test);
        then_stmts(i.body);
        then_stmts(i.orelse);
        break;
      }
      case stmt_kind::With:
      case stmt_kind::AsyncWith: {
        const auto& w = s.as<with_stmt>();
        if (s.kind == stmt_kind::AsyncWith) {
          if (const char* message = async_statement_misplaced(unit(), false)) {
            report(message, s.where);
            break;
          }
        }
        for (const withitem* wi : w.items) {
          if (wi == nullptr) continue;
          then_expr(wi->context_expr);
          then_expr(wi->optional_vars);
        }
        then_stmts(w.body);
        break;
      }
      case stmt_kind::Match: {
        const auto& m = s.as<match_stmt>();
        then_expr(m.subject);
        // Patterns hold only literals and dotted names: nothing in them can be misplaced.
        for (const match_case* c : m.cases) {
          if (c == nullptr) continue;
          then_expr(c->guard);
          then_stmts(c->body);
        }
        break;
      }
      case stmt_kind::Raise:
        then_expr(s.as<raise_stmt>().exc);
        then_expr(s.as<raise_stmt>().cause);
        break;
      case stmt_kind::Try:
      case stmt_kind::TryStar: {
        const auto& t = s.as<try_stmt>();
        then_stmts(t.body);
        then_stmts(t.orelse);
        for (const except_handler* h : t.handlers) {
          if (h != nullptr) then(step::handler, h, s.kind == stmt_kind::TryStar ? 1 : 0);
        }
        then_stmts(t.finalbody);
        break;
      }
      case stmt_kind::Assert:
        then_expr(s.as<assert_stmt>().test);
        then_expr(s.as<assert_stmt>().msg);
        break;
      case stmt_kind::Expr:
        then_expr(s.as<expr_stmt>().value);
        break;
      case stmt_kind::Break:
      case stmt_kind::Continue:
        report(loop_exit_misplaced(blocks, s.kind == stmt_kind::Break), s.where);
        break;
      case stmt_kind::ImportFrom:
        if (is_misplaced_future(s)) report("from __future__ imports must occur at the beginning of the file", s.where);
        break;
      default:  // Import, Global, Nonlocal, Pass, TypeAlias (rejected earlier)
        break;
    }
  };

  auto visit_expr = [&](const expr& e) {
    switch (e.kind) {
      case expr_kind::BoolOp:
        then_exprs(e.as<bool_op_expr>().values);
        break;
      case expr_kind::NamedExpr:
        then_expr(e.as<named_expr>().value);
        break;
      case expr_kind::BinOp:
        then_expr(e.as<bin_op_expr>().left);
        then_expr(e.as<bin_op_expr>().right);
        break;
      case expr_kind::UnaryOp:
        then_expr(e.as<unary_op_expr>().operand);
        break;
      case expr_kind::Lambda: {
        const auto& l = e.as<lambda_expr>();
        then_defaults(l.args);
        then_scope(&e);
        then_expr(l.body);
        then(step::exit, nullptr);
        break;
      }
      case expr_kind::IfExp:
        then_expr(e.as<if_exp_expr>().test);
        then_expr(e.as<if_exp_expr>().body);
        then_expr(e.as<if_exp_expr>().orelse);
        break;
      case expr_kind::Dict: {
        const auto& d = e.as<dict_expr>();
        for (std::size_t i = 0; i < d.values.size(); ++i) {
          if (i < d.keys.size()) then_expr(d.keys[i]);
          then_expr(d.values[i]);
        }
        break;
      }
      case expr_kind::Set:
        then_exprs(e.as<set_expr>().elts);
        break;
      case expr_kind::ListComp:
      case expr_kind::SetComp:
      case expr_kind::DictComp:
      case expr_kind::GeneratorExp: {
        const bool is_dict = e.kind == expr_kind::DictComp;
        const node_list<comprehension> generators =
            is_dict ? e.as<dict_comp_expr>().generators : e.as<list_comp_expr>().generators;
        const expr* element = is_dict ? e.as<dict_comp_expr>().key : e.as<list_comp_expr>().elt;
        const expr* value = is_dict ? e.as<dict_comp_expr>().value : nullptr;
        const expr* first_iter = generators.empty() || generators[0] == nullptr ? nullptr : generators[0]->iter;
        if (e.kind == expr_kind::GeneratorExp) {
          // Compiled as a separate code object first, then its first iterable in place.
          then_scope(&e);
          then_comprehension_body(generators, element, value);
          then(step::exit, nullptr);
          then_expr(first_iter);
        } else {
          // Inlined (PEP 709): the first iterable, then the body in place.
          then_expr(first_iter);
          then(step::async_comprehension, &e);
          then_scope(&e);
          then_comprehension_body(generators, element, value);
          then(step::exit, nullptr);
        }
        break;
      }
      case expr_kind::Await:
        report(await_misplaced(unit()), e.where);
        if (!found) then_expr(e.as<await_expr>().value);
        break;
      case expr_kind::Yield:
        report(yield_misplaced(unit(), false), e.where);
        if (!found) then_expr(e.as<yield_expr>().value);
        break;
      case expr_kind::YieldFrom:
        report(yield_misplaced(unit(), true), e.where);
        if (!found) then_expr(e.as<yield_from_expr>().value);
        break;
      case expr_kind::Compare:
        then_expr(e.as<compare_expr>().left);
        then_exprs(e.as<compare_expr>().comparators);
        break;
      case expr_kind::Call: {
        const auto& c = e.as<call_expr>();
        then_expr(c.func);
        then_exprs(c.args);
        for (const keyword* k : c.keywords) if (k != nullptr) then_expr(k->value);
        break;
      }
      case expr_kind::FormattedValue:
        then_expr(e.as<formatted_value_expr>().value);
        then_expr(e.as<formatted_value_expr>().format_spec);
        break;
      case expr_kind::JoinedStr:
        then_exprs(e.as<joined_str_expr>().values);
        break;
      case expr_kind::Attribute:
        then_expr(e.as<attribute_expr>().value);
        break;
      case expr_kind::Subscript:
        then_expr(e.as<subscript_expr>().value);
        then_expr(e.as<subscript_expr>().slice);
        break;
      case expr_kind::Starred:
        then_expr(e.as<starred_expr>().value);
        break;
      case expr_kind::List:
      case expr_kind::Tuple:
        then_exprs(e.as<list_expr>().elts);
        break;
      case expr_kind::Slice:
        then_expr(e.as<slice_expr>().lower);
        then_expr(e.as<slice_expr>().upper);
        then_expr(e.as<slice_expr>().step);
        break;
      default:  // Name, Constant
        break;
    }
  };

  then_stmts(tree_.body);
  work.insert(work.end(), pending.rbegin(), pending.rend());
  pending.clear();
  while (!work.empty() && !found) {
    const item current = work.back();
    work.pop_back();
    switch (current.what) {
      case step::stmt:
        visit_stmt(*static_cast<const stmt*>(current.node));
        break;
      case step::expr:
        visit_expr(*static_cast<const expr*>(current.node));
        break;
      case step::handler: {
        const auto& h = *static_cast<const except_handler*>(current.node);
        then_expr(h.type);
        if (current.index != 0) then(step::except_star_in, nullptr);
        then_stmts(h.body);
        if (current.index != 0) then(step::block_out, nullptr);
        break;
      }
      case step::enter: {
        const scope* opened = table_.lookup(current.node);
        if (opened == nullptr) return found;  // cannot happen: every scope node was recorded
        units.push_back(static_cast<std::uint32_t>(opened - table_.scopes_.data()));
        blocks.push_back(block::unit);
        break;
      }
      case step::exit:
        units.pop_back();
        while (!blocks.empty() && blocks.back() != block::unit) blocks.pop_back();
        if (!blocks.empty()) blocks.pop_back();
        break;
      case step::loop_in:
        blocks.push_back(block::loop);
        break;
      case step::except_star_in:
        blocks.push_back(block::except_star);
        break;
      case step::block_out:
        if (!blocks.empty() && blocks.back() != block::unit) blocks.pop_back();
        break;
      case step::async_comprehension: {
        const scope* comprehension = table_.lookup(current.node);
        if (comprehension != nullptr && async_comprehension_misplaced(*comprehension, unit())) {
          report("asynchronous comprehension outside of an asynchronous function",
                 static_cast<const expr*>(current.node)->where);
        }
        break;
      }
      case step::return_unwind:
        if (inside_except_star(blocks)) {
          report(except_star_exit_message, return_unwind_position(*static_cast<const stmt*>(current.node)));
        }
        break;
    }
    work.insert(work.end(), pending.rbegin(), pending.rend());
    pending.clear();
  }
  return found;
}

}  // namespace coil::compiler::detail
