// The symtable walk: visits the tree in the order CPython 3.12's symtable does, creating a scope
// for each function, lambda, comprehension and class body and recording what each scope does with
// each name (compiler/symbol_table.hpp's symbol_flag). It raises the symtable's own errors as it
// meets them, as CPython does, and counts the compiler's placement errors on the way
// (placement_checks.ipp). scope_resolution.ipp then turns the flags into local/global/free/cell.
//
// The visit order matters: it decides the order of symbols (hence of registers), which of two
// errors is reported, and which uses precede a `global` declaration. Notable orders, from
// CPython: an assignment's targets before its value; a walrus's value before its target; a
// comprehension's first iterable in the enclosing scope, then its targets, conditions and later
// loops, then (dict) the value before the key; parameters positional-only, regular, keyword-only,
// *args, **kwargs.
#pragma once

#include <coil/compiler/impl/placement_checks.ipp>
#include <coil/compiler/impl/symbol_table_builder.ipp>

namespace coil::compiler::detail {

inline void symbol_table_builder::then(walk_step step, const void* node, std::uint32_t index) {
  work_.push_back(walk_item{step, index, node});
}

inline void symbol_table_builder::then_stmts(syntax::node_list<syntax::stmt> body) {
  for (const syntax::stmt* s : body) {
    if (s != nullptr) then(walk_step::stmt, s);
  }
}

inline void symbol_table_builder::then_exprs(syntax::node_list<syntax::expr> list) {
  for (const syntax::expr* e : list) {
    if (e != nullptr) then(walk_step::expr, e);
  }
}

inline void symbol_table_builder::flush_pending() {
  // The node's steps were pushed in visiting order; the stack pops from the end.
  std::reverse(work_.begin() + static_cast<std::ptrdiff_t>(pending_from_), work_.end());
}

inline std::uint32_t symbol_table_builder::open_scope(scope_kind kind, std::string_view name,
                                                      const syntax::source_span& where) {
  const auto index = static_cast<std::uint32_t>(table_.scopes_.size());
  table_.scopes_.emplace_back();
  states_.emplace_back();
  scope& opened = table_.scopes_.back();
  opened.kind = kind;
  opened.name = name;
  opened.where = where;
  if (!stack_.empty()) {
    const std::uint32_t parent = current();
    scope_state& state = states_.back();
    state.parent = parent;
    // bpo-37757: a lambda or comprehension inside a comprehension's iterable inherits the ban on
    // assignment expressions.
    state.iter_expr_depth = states_[parent].iter_expr_depth;
    scope_state& parent_state = states_[parent];
    if (parent_state.last_child == no_scope) {
      parent_state.first_child = index;
    } else {
      states_[parent_state.last_child].next_sibling = index;
    }
    parent_state.last_child = index;
    opened.mangling_class = table_.scopes_[parent].mangling_class;
  }
  if (kind == scope_kind::class_body) opened.mangling_class = name;
  stack_.push_back(index);
  blocks_.push_back(block::unit);
  return index;
}

inline void symbol_table_builder::close_scope() {
  const std::uint32_t index = current();
  scope& closing = table_.scopes_[index];
  const scope_state& state = states_[index];
  if (closing.is_coroutine && closing.is_generator && state.returns_with_value > 0) {
    note_placement_error("'return' with value in async generator", state.first_return_with_value->where);
    placement_errors_ += state.returns_with_value - 1;
  }
  if (closing.kind == scope_kind::comprehension && closing.comprehension != comprehension_kind::generator &&
      closing.is_coroutine && state.parent != no_scope) {
    scope& enclosing = table_.scopes_[state.parent];
    if (uncompiled_depth_ == 0 && async_comprehension_misplaced(closing, enclosing)) {
      note_placement_error("asynchronous comprehension outside of an asynchronous function", closing.where);
    }
    // Awaiting the comprehension makes the enclosing scope asynchronous in turn.
    enclosing.is_coroutine = true;
  }
  stack_.pop_back();
  while (!blocks_.empty() && blocks_.back() != block::unit) blocks_.pop_back();
  if (!blocks_.empty()) blocks_.pop_back();
}

inline void symbol_table_builder::add_parameters(std::uint32_t scope_index, const syntax::arguments* args) {
  if (args == nullptr) return;
  // CPython's order of definition (it decides which duplicate is reported).
  for (const syntax::arg* a : args->posonlyargs) {
    if (a != nullptr && !add_def(scope_index, a->name, def_param, a->where)) return;
  }
  for (const syntax::arg* a : args->args) {
    if (a != nullptr && !add_def(scope_index, a->name, def_param, a->where)) return;
  }
  for (const syntax::arg* a : args->kwonlyargs) {
    if (a != nullptr && !add_def(scope_index, a->name, def_param, a->where)) return;
  }
  if (args->vararg != nullptr && !add_def(scope_index, args->vararg->name, def_param, args->vararg->where)) return;
  if (args->kwarg != nullptr && !add_def(scope_index, args->kwarg->name, def_param, args->kwarg->where)) return;

  // The calling convention's order: positional-only, regular, *args, keyword-only, **kwargs.
  scope& owner = table_.scopes_[scope_index];
  auto push = [&](const syntax::arg* a) {
    if (a == nullptr) return;
    const std::uint32_t found = find_symbol(scope_index, mangled(scope_index, a->name));
    if (found != no_scope) owner.locals.push_back(owner.symbols[found].name);
  };
  for (const syntax::arg* a : args->posonlyargs) push(a);
  for (const syntax::arg* a : args->args) push(a);
  push(args->vararg);
  for (const syntax::arg* a : args->kwonlyargs) push(a);
  push(args->kwarg);
  owner.positional_only_count = static_cast<std::uint32_t>(args->posonlyargs.size());
  owner.positional_count = static_cast<std::uint32_t>(args->posonlyargs.size() + args->args.size());
  owner.keyword_only_count = static_cast<std::uint32_t>(args->kwonlyargs.size());
  owner.has_varargs = args->vararg != nullptr;
  owner.has_varkeywords = args->kwarg != nullptr;
}

inline bool symbol_table_builder::walk_symbols() {
  open_scope(scope_kind::module, "top", syntax::source_span{});
  pending_from_ = 0;
  then_stmts(tree_.body);
  flush_pending();
  while (!work_.empty() && !error_) {
    const walk_item item = work_.back();
    work_.pop_back();
    pending_from_ = work_.size();
    run_step(item);
    flush_pending();
  }
  return !error_;
}

inline void symbol_table_builder::run_step(const walk_item& item) {
  using namespace syntax;
  switch (item.step) {
    case walk_step::stmt:
      visit_stmt(*static_cast<const stmt*>(item.node));
      break;
    case walk_step::expr:
      visit_expr(*static_cast<const expr*>(item.node));
      break;
    case walk_step::pattern:
      visit_pattern(*static_cast<const pattern*>(item.node));
      break;
    case walk_step::bind_pattern: {
      const auto& p = *static_cast<const pattern*>(item.node);
      const std::string_view name = p.kind == pattern_kind::MatchAs ? p.as<match_as_pattern>().name
                                                                     : p.as<match_mapping_pattern>().rest;
      if (!name.empty()) add_def(current(), name, def_local, p.where);
      break;
    }
    case walk_step::handler: {
      const auto& h = *static_cast<const except_handler*>(item.node);
      if (h.type != nullptr) then(walk_step::expr, h.type);
      if (!h.name.empty()) then(walk_step::bind_handler, &h);
      if (item.index != 0) then(walk_step::except_star_in, nullptr);
      then_stmts(h.body);
      if (item.index != 0) then(walk_step::block_out, nullptr);
      break;
    }
    case walk_step::bind_handler: {
      const auto& h = *static_cast<const except_handler*>(item.node);
      add_def(current(), h.name, def_local, h.where);
      break;
    }
    case walk_step::enter_function: {
      const auto& s = *static_cast<const stmt*>(item.node);
      const auto& f = s.as<function_def_stmt>();
      const std::uint32_t index = open_scope(scope_kind::function, f.name, s.where);
      table_.by_node_.emplace_back(&s, index);
      scope& opened = table_.scopes_[index];
      opened.definition = &s;
      opened.is_async_def = s.kind == stmt_kind::AsyncFunctionDef;
      opened.is_coroutine = opened.is_async_def;
      add_parameters(index, f.args);
      break;
    }
    case walk_step::enter_class: {
      const auto& s = *static_cast<const stmt*>(item.node);
      const std::uint32_t index = open_scope(scope_kind::class_body, s.as<class_def_stmt>().name, s.where);
      table_.by_node_.emplace_back(&s, index);
      table_.scopes_[index].definition = &s;
      break;
    }
    case walk_step::enter_lambda: {
      const auto& e = *static_cast<const expr*>(item.node);
      const std::uint32_t index = open_scope(scope_kind::lambda, "lambda", e.where);
      table_.by_node_.emplace_back(&e, index);
      table_.scopes_[index].expression = &e;
      add_parameters(index, e.as<lambda_expr>().args);
      break;
    }
    case walk_step::enter_comprehension: {
      const auto& e = *static_cast<const expr*>(item.node);
      comprehension_kind kind = comprehension_kind::list;
      std::string_view name = "listcomp";
      if (e.kind == expr_kind::SetComp) {
        kind = comprehension_kind::set;
        name = "setcomp";
      } else if (e.kind == expr_kind::DictComp) {
        kind = comprehension_kind::dict;
        name = "dictcomp";
      } else if (e.kind == expr_kind::GeneratorExp) {
        kind = comprehension_kind::generator;
        name = "genexpr";
      }
      const std::uint32_t index = open_scope(scope_kind::comprehension, name, e.where);
      table_.by_node_.emplace_back(&e, index);
      scope& opened = table_.scopes_[index];
      opened.expression = &e;
      opened.comprehension = kind;
      opened.is_generator = kind == comprehension_kind::generator;
      const node_list<comprehension> generators =
          kind == comprehension_kind::dict ? e.as<dict_comp_expr>().generators : e.as<list_comp_expr>().generators;
      for (const comprehension* g : generators) {
        if (g != nullptr && g->is_async) opened.is_coroutine = true;
      }
      // The iterator of the first loop arrives as the hidden positional parameter `.0`.
      if (!add_def(index, ".0", def_param, e.where)) break;
      scope& owner = table_.scopes_[index];
      owner.locals.push_back(owner.symbols.front().name);
      owner.positional_count = 1;
      break;
    }
    case walk_step::exit_scope:
      close_scope();
      break;
    case walk_step::iter_target_on:
      states_[current()].iter_target = true;
      break;
    case walk_step::iter_target_off:
      states_[current()].iter_target = false;
      break;
    case walk_step::iter_expr_in:
      ++states_[current()].iter_expr_depth;
      break;
    case walk_step::iter_expr_out:
      --states_[current()].iter_expr_depth;
      break;
    case walk_step::loop_in:
      blocks_.push_back(block::loop);
      break;
    case walk_step::except_star_in:
      blocks_.push_back(block::except_star);
      break;
    case walk_step::block_out:
      if (!blocks_.empty() && blocks_.back() != block::unit) blocks_.pop_back();
      break;
    case walk_step::after_yield: {
      const auto& e = *static_cast<const expr*>(item.node);
      scope& unit = table_.scopes_[current()];
      unit.is_generator = true;
      if (e.kind == expr_kind::YieldFrom) unit.has_yield_from = true;
      if (unit.kind == scope_kind::comprehension) {
        const char* where_text = "list comprehension";
        if (unit.comprehension == comprehension_kind::set) where_text = "set comprehension";
        if (unit.comprehension == comprehension_kind::dict) where_text = "dict comprehension";
        if (unit.comprehension == comprehension_kind::generator) where_text = "generator expression";
        fail(std::string("'yield' inside ") + where_text, e.where);
      }
      break;
    }
    case walk_step::reject_type_params: {
      const auto& s = *static_cast<const stmt*>(item.node);
      const node_list<type_param> params = s.kind == stmt_kind::ClassDef ? s.as<class_def_stmt>().type_params
                                                                         : s.as<function_def_stmt>().type_params;
      fail("generic type parameters are not supported yet",
           !params.empty() && params[0] != nullptr ? params[0]->where : s.where);
      break;
    }
    case walk_step::stringified_annotation:
      check_stringified_annotation(*static_cast<const expr*>(item.node));
      break;
    case walk_step::uncompiled_in:
      ++uncompiled_depth_;
      break;
    case walk_step::uncompiled_out:
      --uncompiled_depth_;
      break;
  }
}

inline void symbol_table_builder::visit_arguments_outside(const syntax::arguments* args) {
  if (args == nullptr) return;
  then_exprs(args->defaults);
  then_exprs(args->kw_defaults);
}

inline void symbol_table_builder::visit_annotations(const syntax::arguments* args, const syntax::expr* returns) {
  if (table_.future_annotations_) {
    // Checked in CPython's order of the annotation blocks; nothing is recorded.
    auto check = [&](const syntax::expr* annotation) {
      if (annotation != nullptr) then(walk_step::stringified_annotation, annotation);
    };
    if (args != nullptr) {
      for (const syntax::arg* a : args->posonlyargs) if (a != nullptr) check(a->annotation);
      for (const syntax::arg* a : args->args) if (a != nullptr) check(a->annotation);
      if (args->vararg != nullptr) check(args->vararg->annotation);
      for (const syntax::arg* a : args->kwonlyargs) if (a != nullptr) check(a->annotation);
      if (args->kwarg != nullptr) check(args->kwarg->annotation);
    }
    check(returns);
    return;
  }
  if (args != nullptr) {
    for (const syntax::arg* a : args->posonlyargs) {
      if (a != nullptr && a->annotation != nullptr) then(walk_step::expr, a->annotation);
    }
    for (const syntax::arg* a : args->args) {
      if (a != nullptr && a->annotation != nullptr) then(walk_step::expr, a->annotation);
    }
    if (args->vararg != nullptr && args->vararg->annotation != nullptr) then(walk_step::expr, args->vararg->annotation);
    for (const syntax::arg* a : args->kwonlyargs) {
      if (a != nullptr && a->annotation != nullptr) then(walk_step::expr, a->annotation);
    }
    if (args->kwarg != nullptr && args->kwarg->annotation != nullptr) then(walk_step::expr, args->kwarg->annotation);
  }
  if (returns != nullptr) then(walk_step::expr, returns);
}

inline void symbol_table_builder::visit_stmt(const syntax::stmt& s) {
  using namespace syntax;
  const std::uint32_t here = current();
  switch (s.kind) {
    case stmt_kind::FunctionDef:
    case stmt_kind::AsyncFunctionDef: {
      const auto& f = s.as<function_def_stmt>();
      if (!add_def(here, f.name, def_local, s.where)) return;
      visit_arguments_outside(f.args);
      then_exprs(f.decorator_list);
      if (!f.type_params.empty()) then(walk_step::reject_type_params, &s);
      visit_annotations(f.args, f.returns);
      then(walk_step::enter_function, &s);
      then_stmts(f.body);
      then(walk_step::exit_scope, nullptr);
      break;
    }
    case stmt_kind::ClassDef: {
      const auto& c = s.as<class_def_stmt>();
      if (!add_def(here, c.name, def_local, s.where)) return;
      then_exprs(c.decorator_list);
      if (!c.type_params.empty()) then(walk_step::reject_type_params, &s);
      then_exprs(c.bases);
      for (const keyword* k : c.keywords) {
        if (k != nullptr && k->value != nullptr) then(walk_step::expr, k->value);
      }
      then(walk_step::enter_class, &s);
      then_stmts(c.body);
      then(walk_step::exit_scope, nullptr);
      break;
    }
    case stmt_kind::Return: {
      const auto& r = s.as<return_stmt>();
      const scope& unit = table_.scopes_[here];
      if (const char* message = return_misplaced(unit)) {
        note_placement_error(message, s.where);
      } else if (inside_except_star(blocks_)) {
        note_placement_error(except_star_exit_message, return_unwind_position(s));
      }
      if (r.value != nullptr) {
        scope_state& state = states_[here];
        if (state.returns_with_value++ == 0) state.first_return_with_value = &s;
        then(walk_step::expr, r.value);
      }
      break;
    }
    case stmt_kind::Delete:
      then_exprs(s.as<delete_stmt>().targets);
      break;
    case stmt_kind::Assign:
      then_exprs(s.as<assign_stmt>().targets);
      if (s.as<assign_stmt>().value != nullptr) then(walk_step::expr, s.as<assign_stmt>().value);
      break;
    case stmt_kind::TypeAlias:
      fail("the 'type' statement is not supported yet", s.where);
      break;
    case stmt_kind::AugAssign:
      if (s.as<aug_assign_stmt>().target != nullptr) then(walk_step::expr, s.as<aug_assign_stmt>().target);
      if (s.as<aug_assign_stmt>().value != nullptr) then(walk_step::expr, s.as<aug_assign_stmt>().value);
      break;
    case stmt_kind::AnnAssign:
      visit_ann_assign(s.as<ann_assign_stmt>());
      break;
    case stmt_kind::For:
    case stmt_kind::AsyncFor: {
      const auto& f = s.as<for_stmt>();
      if (s.kind == stmt_kind::AsyncFor) {
        if (const char* message = async_statement_misplaced(table_.scopes_[here], true)) {
          note_placement_error(message, s.where);
        }
        if (here == 0) table_.scopes_[0].is_coroutine = true;
      }
      if (f.target != nullptr) then(walk_step::expr, f.target);
      if (f.iter != nullptr) then(walk_step::expr, f.iter);
      then(walk_step::loop_in, nullptr);
      then_stmts(f.body);
      then(walk_step::block_out, nullptr);
      then_stmts(f.orelse);
      break;
    }
    case stmt_kind::While: {
      const auto& w = s.as<while_stmt>();
      if (w.test != nullptr) then(walk_step::expr, w.test);
      then(walk_step::loop_in, nullptr);
      then_stmts(w.body);
      then(walk_step::block_out, nullptr);
      then_stmts(w.orelse);
      break;
    }
    case stmt_kind::If: {
      const auto& i = s.as<if_stmt>();
      if (i.test != nullptr) then(walk_step::expr, i.test);
      then_stmts(i.body);
      then_stmts(i.orelse);
      break;
    }
    case stmt_kind::With:
    case stmt_kind::AsyncWith: {
      const auto& w = s.as<with_stmt>();
      if (s.kind == stmt_kind::AsyncWith) {
        if (const char* message = async_statement_misplaced(table_.scopes_[here], false)) {
          note_placement_error(message, s.where);
        }
        if (here == 0) table_.scopes_[0].is_coroutine = true;
      }
      for (const withitem* item : w.items) {
        if (item == nullptr) continue;
        if (item->context_expr != nullptr) then(walk_step::expr, item->context_expr);
        if (item->optional_vars != nullptr) then(walk_step::expr, item->optional_vars);
      }
      then_stmts(w.body);
      break;
    }
    case stmt_kind::Match: {
      const auto& m = s.as<match_stmt>();
      if (m.subject != nullptr) then(walk_step::expr, m.subject);
      for (const match_case* c : m.cases) {
        if (c == nullptr) continue;
        if (c->pattern_ != nullptr) then(walk_step::pattern, c->pattern_);
        if (c->guard != nullptr) then(walk_step::expr, c->guard);
        then_stmts(c->body);
      }
      break;
    }
    case stmt_kind::Raise:
      if (s.as<raise_stmt>().exc != nullptr) then(walk_step::expr, s.as<raise_stmt>().exc);
      if (s.as<raise_stmt>().cause != nullptr) then(walk_step::expr, s.as<raise_stmt>().cause);
      break;
    case stmt_kind::Try:
    case stmt_kind::TryStar: {
      const auto& t = s.as<try_stmt>();
      then_stmts(t.body);
      then_stmts(t.orelse);
      for (const except_handler* h : t.handlers) {
        if (h != nullptr) then(walk_step::handler, h, s.kind == stmt_kind::TryStar ? 1 : 0);
      }
      then_stmts(t.finalbody);
      break;
    }
    case stmt_kind::Assert:
      if (s.as<assert_stmt>().test != nullptr) then(walk_step::expr, s.as<assert_stmt>().test);
      if (s.as<assert_stmt>().msg != nullptr) then(walk_step::expr, s.as<assert_stmt>().msg);
      break;
    case stmt_kind::Import:
      for (const alias* a : s.as<import_stmt>().names) {
        if (a == nullptr) continue;
        visit_alias(*a);
        if (error_) return;
      }
      break;
    case stmt_kind::ImportFrom:
      if (is_misplaced_future(s)) note_placement_error("from __future__ imports must occur at the beginning of the file", s.where);
      for (const alias* a : s.as<import_from_stmt>().names) {
        if (a == nullptr) continue;
        visit_alias(*a);
        if (error_) return;
      }
      break;
    case stmt_kind::Global:
      visit_global_or_nonlocal(s, true);
      break;
    case stmt_kind::Nonlocal:
      visit_global_or_nonlocal(s, false);
      break;
    case stmt_kind::Expr:
      if (s.as<expr_stmt>().value != nullptr) then(walk_step::expr, s.as<expr_stmt>().value);
      break;
    case stmt_kind::Break:
    case stmt_kind::Continue:
      if (const char* message = loop_exit_misplaced(blocks_, s.kind == stmt_kind::Break)) {
        note_placement_error(message, s.where);
      }
      break;
    case stmt_kind::Pass:
      break;
  }
}

inline void symbol_table_builder::visit_ann_assign(const syntax::ann_assign_stmt& s) {
  using namespace syntax;
  const std::uint32_t here = current();
  const expr* target = s.target;
  if (target != nullptr && target->kind == expr_kind::Name) {
    const std::string_view raw = target->as<name_expr>().id;
    const std::uint16_t flags = flags_of(here, mangled(here, raw));
    if ((flags & (def_global | def_nonlocal)) && here != 0 && s.simple) {
      fail("annotated name '" + std::string(raw) + "' can't be " + ((flags & def_global) ? "global" : "nonlocal"),
           s.where);
      return;
    }
    if (s.simple) {
      if (!add_def(here, raw, def_annot | def_local, target->where)) return;
    } else if (s.value != nullptr) {
      if (!add_def(here, raw, def_local, target->where)) return;
    }
  } else if (target != nullptr) {
    then(walk_step::expr, target);
  }
  if (s.annotation != nullptr && table_.future_annotations_) {
    then(walk_step::stringified_annotation, s.annotation);
  } else if (s.annotation != nullptr) {
    // Functions never evaluate variable annotations: nothing in them is compiled, though the
    // symtable still records their names (and a yield there still makes a generator).
    const scope_kind kind = table_.scopes_[here].kind;
    const bool evaluated = kind == scope_kind::module || kind == scope_kind::class_body;
    if (!evaluated) then(walk_step::uncompiled_in, nullptr);
    then(walk_step::expr, s.annotation);
    if (!evaluated) then(walk_step::uncompiled_out, nullptr);
  }
  if (s.value != nullptr) then(walk_step::expr, s.value);
}

inline void symbol_table_builder::visit_global_or_nonlocal(const syntax::stmt& s, bool is_global) {
  const std::uint32_t here = current();
  const std::span<const std::string_view> names =
      is_global ? s.as<syntax::global_stmt>().names : s.as<syntax::nonlocal_stmt>().names;
  const char* const kind = is_global ? "global" : "nonlocal";
  for (const std::string_view raw : names) {
    const std::uint16_t flags = flags_of(here, mangled(here, raw));
    if (flags & (def_param | def_local | def_use | def_annot)) {
      const std::string quoted = "'" + std::string(raw) + "'";
      if (flags & def_param) {
        fail("name " + quoted + " is parameter and " + kind, s.where);
      } else if (flags & def_use) {
        fail("name " + quoted + " is used prior to " + kind + " declaration", s.where);
      } else if (flags & def_annot) {
        fail("annotated name " + quoted + " can't be " + kind, s.where);
      } else {
        fail("name " + quoted + " is assigned to before " + kind + " declaration", s.where);
      }
      return;
    }
    if (!add_def(here, raw, is_global ? def_global : def_nonlocal, s.where)) return;
    record_directive(here, mangled(here, raw), s.where);
  }
}

inline void symbol_table_builder::visit_alias(const syntax::alias& a) {
  std::string_view bound = a.asname.empty() ? a.name : a.asname;
  if (bound == "*") {
    if (table_.scopes_[current()].kind != scope_kind::module) fail("import * only allowed at module level", a.where);
    return;
  }
  // `import a.b.c` binds `a`.
  const std::size_t dot = bound.find('.');
  if (dot != std::string_view::npos) bound = bound.substr(0, dot);
  add_def(current(), bound, def_import, a.where);
}

inline void symbol_table_builder::visit_named_expr(const syntax::named_expr& e) {
  const std::uint32_t here = current();
  if (states_[here].iter_expr_depth > 0) {
    fail("assignment expression cannot be used in a comprehension iterable expression", e.where);
    return;
  }
  if (table_.scopes_[here].kind == scope_kind::comprehension && e.target != nullptr &&
      e.target->kind == syntax::expr_kind::Name) {
    bind_walrus_target(e.target->as<syntax::name_expr>());
    if (error_) return;
  }
  if (e.value != nullptr) then(walk_step::expr, e.value);
  if (e.target != nullptr) then(walk_step::expr, e.target);
}

// A walrus inside a comprehension binds in the nearest enclosing function (or the module); the
// comprehension itself treats the name as nonlocal (global at module level). CPython looks the
// target up unmangled in this search, so a private name escapes the conflict checks; so do we.
inline void symbol_table_builder::bind_walrus_target(const syntax::name_expr& target) {
  const std::uint32_t here = current();
  const std::string_view raw = target.id;
  for (std::size_t i = stack_.size(); i-- > 0;) {
    const std::uint32_t index = stack_[i];
    switch (table_.scopes_[index].kind) {
      case scope_kind::comprehension:
        if (flags_of(index, raw) & def_comp_iter) {
          fail("assignment expression cannot rebind comprehension iteration variable '" + std::string(raw) + "'",
               target.where);
          return;
        }
        continue;
      case scope_kind::function:
      case scope_kind::lambda: {
        const bool global = (flags_of(index, raw) & def_global) != 0;
        if (!add_def(here, raw, global ? def_global : def_nonlocal, target.where)) return;
        record_directive(here, mangled(here, raw), target.where);
        add_def(index, raw, def_local, target.where);
        return;
      }
      case scope_kind::module:
        if (!add_def(here, raw, def_global, target.where)) return;
        record_directive(here, mangled(here, raw), target.where);
        add_def(0, raw, def_global, target.where);
        return;
      case scope_kind::class_body:
        fail("assignment expression within a comprehension cannot be used in a class body", target.where);
        return;
    }
  }
}

inline void symbol_table_builder::visit_comprehension(const syntax::expr& e,
                                                      syntax::node_list<syntax::comprehension> generators,
                                                      const syntax::expr* element, const syntax::expr* value) {
  const syntax::comprehension* first = generators.empty() ? nullptr : generators[0];
  if (first == nullptr) {  // the parser never builds one; stay safe anyway
    if (value != nullptr) then(walk_step::expr, value);
    if (element != nullptr) then(walk_step::expr, element);
    return;
  }
  // The first iterable is evaluated in the enclosing scope.
  then(walk_step::iter_expr_in, nullptr);
  if (first->iter != nullptr) then(walk_step::expr, first->iter);
  then(walk_step::iter_expr_out, nullptr);
  then(walk_step::enter_comprehension, &e);
  then(walk_step::iter_target_on, nullptr);
  if (first->target != nullptr) then(walk_step::expr, first->target);
  then(walk_step::iter_target_off, nullptr);
  then_exprs(first->ifs);
  for (std::size_t i = 1; i < generators.size(); ++i) {
    const syntax::comprehension* g = generators[i];
    if (g == nullptr) continue;
    then(walk_step::iter_target_on, nullptr);
    if (g->target != nullptr) then(walk_step::expr, g->target);
    then(walk_step::iter_target_off, nullptr);
    then(walk_step::iter_expr_in, nullptr);
    if (g->iter != nullptr) then(walk_step::expr, g->iter);
    then(walk_step::iter_expr_out, nullptr);
    then_exprs(g->ifs);
  }
  if (value != nullptr) then(walk_step::expr, value);
  if (element != nullptr) then(walk_step::expr, element);
  then(walk_step::exit_scope, nullptr);
}

inline void symbol_table_builder::visit_expr(const syntax::expr& e) {
  using namespace syntax;
  const std::uint32_t here = current();
  auto then_expr = [&](const expr* child) {
    if (child != nullptr) then(walk_step::expr, child);
  };
  auto placement = [&](const char* message) {
    if (message != nullptr && uncompiled_depth_ == 0) note_placement_error(message, e.where);
  };
  switch (e.kind) {
    case expr_kind::BoolOp:
      then_exprs(e.as<bool_op_expr>().values);
      break;
    case expr_kind::NamedExpr:
      visit_named_expr(e.as<named_expr>());
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
      visit_arguments_outside(l.args);
      then(walk_step::enter_lambda, &e);
      then_expr(l.body);
      then(walk_step::exit_scope, nullptr);
      break;
    }
    case expr_kind::IfExp:
      then_expr(e.as<if_exp_expr>().test);
      then_expr(e.as<if_exp_expr>().body);
      then_expr(e.as<if_exp_expr>().orelse);
      break;
    case expr_kind::Dict:
      then_exprs(e.as<dict_expr>().keys);
      then_exprs(e.as<dict_expr>().values);
      break;
    case expr_kind::Set:
      then_exprs(e.as<set_expr>().elts);
      break;
    case expr_kind::ListComp:
    case expr_kind::SetComp:
    case expr_kind::GeneratorExp:
      visit_comprehension(e, e.as<list_comp_expr>().generators, e.as<list_comp_expr>().elt, nullptr);
      break;
    case expr_kind::DictComp:
      visit_comprehension(e, e.as<dict_comp_expr>().generators, e.as<dict_comp_expr>().key,
                          e.as<dict_comp_expr>().value);
      break;
    case expr_kind::Await:
      placement(await_misplaced(table_.scopes_[here]));
      table_.scopes_[here].is_coroutine = true;
      then_expr(e.as<await_expr>().value);
      break;
    case expr_kind::Yield:
      placement(yield_misplaced(table_.scopes_[here], false));
      then_expr(e.as<yield_expr>().value);
      then(walk_step::after_yield, &e);
      break;
    case expr_kind::YieldFrom:
      placement(yield_misplaced(table_.scopes_[here], true));
      then_expr(e.as<yield_from_expr>().value);
      then(walk_step::after_yield, &e);
      break;
    case expr_kind::Compare:
      then_expr(e.as<compare_expr>().left);
      then_exprs(e.as<compare_expr>().comparators);
      break;
    case expr_kind::Call: {
      const auto& c = e.as<call_expr>();
      then_expr(c.func);
      then_exprs(c.args);
      for (const keyword* k : c.keywords) {
        if (k != nullptr) then_expr(k->value);
      }
      break;
    }
    case expr_kind::FormattedValue:
      then_expr(e.as<formatted_value_expr>().value);
      then_expr(e.as<formatted_value_expr>().format_spec);
      break;
    case expr_kind::JoinedStr:
      then_exprs(e.as<joined_str_expr>().values);
      break;
    case expr_kind::Constant:
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
    case expr_kind::Name: {
      const auto& n = e.as<name_expr>();
      const bool load = n.ctx == expr_context::load;
      if (!add_def(here, n.id, load ? def_use : def_local, e.where)) return;
      // Zero-argument super() needs the class cell: a use of super counts as a use of __class__.
      if (load && n.id == "super" && table_.scopes_[here].is_function_like()) {
        add_def(here, "__class__", def_use, e.where);
      }
      break;
    }
    case expr_kind::List:
    case expr_kind::Tuple:
      then_exprs(e.as<list_expr>().elts);
      break;
    case expr_kind::Slice:
      then_expr(e.as<slice_expr>().lower);
      then_expr(e.as<slice_expr>().upper);
      then_expr(e.as<slice_expr>().step);
      break;
  }
}

inline void symbol_table_builder::visit_pattern(const syntax::pattern& p) {
  using namespace syntax;
  switch (p.kind) {
    case pattern_kind::MatchValue:
      if (p.as<match_value_pattern>().value != nullptr) then(walk_step::expr, p.as<match_value_pattern>().value);
      break;
    case pattern_kind::MatchSingleton:
      break;
    case pattern_kind::MatchSequence:
      for (const pattern* q : p.as<match_sequence_pattern>().patterns) {
        if (q != nullptr) then(walk_step::pattern, q);
      }
      break;
    case pattern_kind::MatchMapping: {
      const auto& m = p.as<match_mapping_pattern>();
      then_exprs(m.keys);
      for (const pattern* q : m.patterns) {
        if (q != nullptr) then(walk_step::pattern, q);
      }
      if (!m.rest.empty()) then(walk_step::bind_pattern, &p);
      break;
    }
    case pattern_kind::MatchClass: {
      const auto& c = p.as<match_class_pattern>();
      if (c.cls != nullptr) then(walk_step::expr, c.cls);
      for (const pattern* q : c.patterns) {
        if (q != nullptr) then(walk_step::pattern, q);
      }
      for (const pattern* q : c.kwd_patterns) {
        if (q != nullptr) then(walk_step::pattern, q);
      }
      break;
    }
    case pattern_kind::MatchStar:
      if (!p.as<match_star_pattern>().name.empty()) add_def(current(), p.as<match_star_pattern>().name, def_local, p.where);
      break;
    case pattern_kind::MatchAs: {
      const auto& a = p.as<match_as_pattern>();
      if (a.pattern_ != nullptr) then(walk_step::pattern, a.pattern_);
      if (!a.name.empty()) then(walk_step::bind_pattern, &p);
      break;
    }
    case pattern_kind::MatchOr:
      for (const pattern* q : p.as<match_or_pattern>().patterns) {
        if (q != nullptr) then(walk_step::pattern, q);
      }
      break;
  }
}

}  // namespace coil::compiler::detail
