// Statements: assignment and its targets, control flow with `else` clauses, try/except/finally
// (exception ranges plus inlined finally bodies on every exit), functions, raise, assert, del.
#pragma once

#include <coil/compiler/impl/code_generator.ipp>

namespace coil::compiler::detail {

using syntax::stmt_kind;

inline void generator::statements(const syntax::node_list<syntax::stmt>& body) {
  for (const auto* s : body) statement(s);
}

inline void generator::statement(const syntax::stmt* s) {
  f_->span_ = s->where;
  const reg mark = f_->next_free_;
  switch (s->kind) {
    case stmt_kind::Expr: expr(s->as<syntax::expr_stmt>().value); break;
    case stmt_kind::Assign: stmt_assign(s->as<syntax::assign_stmt>()); break;
    case stmt_kind::AugAssign: stmt_aug_assign(s->as<syntax::aug_assign_stmt>()); break;
    case stmt_kind::AnnAssign: {
      const auto& a = s->as<syntax::ann_assign_stmt>();
      if (a.value != nullptr) store_target(a.target, expr(a.value));
      // CPython stores a module-level annotation under the name as a constant (constant_sets.ipp).
      if (a.simple && f_->scope_.kind == scope_kind::module && a.target->kind == syntax::expr_kind::Name)
        note_cached_string(a.target->as<syntax::name_expr>().id, true);
      break;
    }
    case stmt_kind::If: stmt_if(s->as<syntax::if_stmt>()); break;
    case stmt_kind::While: stmt_while(s->as<syntax::while_stmt>()); break;
    case stmt_kind::For: stmt_for(s->as<syntax::for_stmt>()); break;
    case stmt_kind::Try: stmt_try(s->as<syntax::try_stmt>()); break;
    case stmt_kind::Raise: stmt_raise(s->as<syntax::raise_stmt>()); break;
    case stmt_kind::Return: stmt_return(s->as<syntax::return_stmt>()); break;
    case stmt_kind::Break: stmt_break_continue(true, s->where); break;
    case stmt_kind::Continue: stmt_break_continue(false, s->where); break;
    case stmt_kind::Pass: break;
    case stmt_kind::Delete: stmt_delete(s->as<syntax::delete_stmt>()); break;
    case stmt_kind::FunctionDef: stmt_function_def(s->as<syntax::function_def_stmt>()); break;
    case stmt_kind::Assert: stmt_assert(s->as<syntax::assert_stmt>()); break;
    case stmt_kind::Global:
    case stmt_kind::Nonlocal: break;  // resolved by the symbol table
    case stmt_kind::AsyncFunctionDef: stmt_function_def(s->as<syntax::function_def_stmt>()); break;
    case stmt_kind::ClassDef: unsupported(s->where, "class definitions");
    case stmt_kind::With: stmt_with(s->as<syntax::with_stmt>(), 0, false); break;
    case stmt_kind::AsyncWith: stmt_with(s->as<syntax::with_stmt>(), 0, true); break;
    case stmt_kind::AsyncFor: stmt_async_for(s->as<syntax::for_stmt>()); break;
    case stmt_kind::Match: unsupported(s->where, "match statements");
    case stmt_kind::TryStar: stmt_try(s->as<syntax::try_stmt>()); break;
    case stmt_kind::Import: stmt_import(s->as<syntax::import_stmt>()); break;
    case stmt_kind::ImportFrom: stmt_import_from(s->as<syntax::import_from_stmt>()); break;
    case stmt_kind::TypeAlias: unsupported(s->where, "type aliases");
  }
  f_->next_free_ = mark;
}

inline void generator::store_target(const syntax::expr* target, reg value) {
  f_->span_ = target->where;
  switch (target->kind) {
    case expr_kind::Name: store_name(target->as<syntax::name_expr>().id, value); return;
    case expr_kind::Subscript: {
      const auto& s = target->as<syntax::subscript_expr>();
      const reg mark = f_->next_free_;
      const reg object = expr(s.value);
      const reg key = expr(s.slice);
      f_->span_ = target->where;
      f_->emit(vm::opcode::set_item, object, key, value);
      f_->next_free_ = mark;
      return;
    }
    case expr_kind::Attribute: unsupported(target->where, "attribute assignment");
    case expr_kind::Tuple:
    case expr_kind::List: {
      const auto& t = target->as<syntax::list_expr>();
      std::size_t starred = t.elts.size();  // the index of the starred target, if any
      for (std::size_t i = 0; i < t.elts.size(); ++i) {
        if (t.elts[i]->kind != expr_kind::Starred) continue;
        if (starred != t.elts.size()) fail(target->where, "SyntaxError", "multiple starred expressions in assignment");
        starred = i;
      }
      const reg mark = f_->next_free_;
      const reg first = f_->allocate(t.elts.size());
      if (starred == t.elts.size()) {
        f_->emit(vm::opcode::unpack_sequence, first, value, t.elts.size());
      } else {
        // unpack_starred packs both counts in 16 bits; CPython itself allows fewer than 256 before the star.
        const std::size_t before = starred, after = t.elts.size() - starred - 1;
        if (before > 255) fail(target->where, "SyntaxError", "too many expressions in star-unpacking assignment");
        if (after > 255) unsupported(target->where, "more than 255 targets after a starred target");
        f_->emit(vm::opcode::unpack_starred, first, value, before | (after << 8));
      }
      for (std::size_t i = 0; i < t.elts.size(); ++i) {
        const syntax::expr* item = t.elts[i];
        if (i == starred) item = item->as<syntax::starred_expr>().value;
        store_target(item, static_cast<reg>(first + i));
      }
      f_->next_free_ = mark;
      return;
    }
    case expr_kind::Starred: fail(target->where, "SyntaxError", "starred assignment target must be in a list or tuple");
    default: fail(target->where, "SyntaxError", "cannot assign to this expression");
  }
}

inline void generator::stmt_assign(const syntax::assign_stmt& s) {
  // `x = value` compiles the value straight into x's register when x is a plain local.
  if (s.targets.size() == 1 && s.targets[0]->kind == expr_kind::Name) {
    const auto& name = s.targets[0]->as<syntax::name_expr>();
    const symbol* sym = f_->scope_.find(name.id);
    if (f_->scope_.is_function_like() && sym != nullptr && sym->scope == name_scope::local) {
      expr(s.value, *local_register(sym->name));
      mark_assigned(sym->name, true);
      return;
    }
  }
  // a, b = b, a: evaluate every item before storing any.
  if (s.targets.size() == 1 && s.targets[0]->kind == expr_kind::Tuple && s.value->kind == expr_kind::Tuple) {
    const auto& targets = s.targets[0]->as<syntax::list_expr>();
    const auto& values = s.value->as<syntax::list_expr>();
    bool plain = targets.elts.size() == values.elts.size();
    for (const auto* v : values.elts) plain = plain && v->kind != expr_kind::Starred;
    for (const auto* t : targets.elts) plain = plain && t->kind != expr_kind::Starred;
    if (plain) {
      const reg first = f_->allocate(values.elts.size());
      for (std::size_t i = 0; i < values.elts.size(); ++i) expr(values.elts[i], static_cast<reg>(first + i));
      for (std::size_t i = 0; i < targets.elts.size(); ++i) store_target(targets.elts[i], static_cast<reg>(first + i));
      return;
    }
  }
  const reg value = expr_into_new(s.value);
  for (const auto* target : s.targets) store_target(target, value);
}

inline void generator::stmt_aug_assign(const syntax::aug_assign_stmt& s) {
  const auto op = static_cast<std::uint32_t>(s.op);
  if (s.target->kind == expr_kind::Name) {
    const reg current = expr_into_new(s.target);
    const reg operand = expr(s.value);
    f_->span_ = s.where;
    f_->emit(vm::opcode::inplace_binary, current, operand, op);
    store_name(s.target->as<syntax::name_expr>().id, current);
    return;
  }
  if (s.target->kind == expr_kind::Subscript) {
    const auto& sub = s.target->as<syntax::subscript_expr>();
    const reg object = expr(sub.value);
    const reg key = expr(sub.slice);
    const reg current = f_->allocate();
    f_->span_ = s.target->where;
    f_->emit(vm::opcode::get_item, current, object, key);
    const reg operand = expr(s.value);
    f_->span_ = s.where;
    f_->emit(vm::opcode::inplace_binary, current, operand, op);
    f_->emit(vm::opcode::set_item, object, key, current);
    return;
  }
  unsupported(s.where, "augmented assignment to attributes");
}

inline void generator::stmt_if(const syntax::if_stmt& s) {
  std::vector<std::uint32_t> to_else;
  condition_jump(s.test, false, to_else);
  const flow_state before = save_flow();
  statements(s.body);
  const flow_state after_body = save_flow();
  std::uint32_t to_end = UINT32_MAX;
  if (!s.orelse.empty() && f_->reachable_) to_end = emit_jump(vm::opcode::jump);
  for (auto j : to_else) patch_jump(j, f_->here());
  restore_flow(before);
  statements(s.orelse);
  if (to_end != UINT32_MAX) patch_jump(to_end, f_->here());
  restore_flow(join(after_body, save_flow()));
}

inline void generator::stmt_while(const syntax::while_stmt& s) {
  const flow_state before = save_flow();
  const std::uint32_t start = f_->here();
  std::vector<std::uint32_t> to_else;
  condition_jump(s.test, false, to_else);
  f_->loops_.push_back(loop_context{start, {}, f_->finally_blocks_.size(), false, 0});
  statements(s.body);
  if (f_->reachable_) emit_jump_to(vm::opcode::jump, start);
  for (auto j : to_else) patch_jump(j, f_->here());
  auto breaks = std::move(f_->loops_.back().break_jumps);
  f_->loops_.pop_back();
  restore_flow(before);
  statements(s.orelse);
  for (auto j : breaks) patch_jump(j, f_->here());
  flow_state after = before;
  after.reachable = true;
  restore_flow(after);
}

inline void generator::stmt_for(const syntax::for_stmt& s) {
  const flow_state before = save_flow();
  const reg iterator = f_->allocate();
  const reg iterable = expr_iterable(s.iter);
  f_->span_ = s.iter->where;
  f_->emit(vm::opcode::get_iter, iterator, iterable);
  const reg item = f_->allocate();
  const std::uint32_t start = f_->here();
  f_->span_ = s.where;
  const std::uint32_t exit = f_->emit(vm::opcode::for_iter, item, iterator, 0);
  const bool owns = owns_iterator(s.iter);
  owned_iterator owned{iterator};
  if (owns) begin_owned_iterator(owned);
  f_->loops_.push_back(loop_context{start, {}, f_->finally_blocks_.size(), true, iterator, owns});
  store_target(s.target, item);
  statements(s.body);
  if (f_->reachable_) emit_jump_to(vm::opcode::jump, start);
  if (owns) end_owned_iterator(owned);
  patch_jump(exit, f_->here());
  auto breaks = std::move(f_->loops_.back().break_jumps);
  f_->loops_.pop_back();
  restore_flow(before);
  statements(s.orelse);
  for (auto j : breaks) patch_jump(j, f_->here());
  flow_state after = before;
  after.reachable = true;
  restore_flow(after);
}

// `async for`: each item is `await anext(it)`; the StopAsyncIteration that ends the loop is
// caught by a handler covering just that await, as CPython's END_ASYNC_FOR does.
inline void generator::stmt_async_for(const syntax::for_stmt& s) {
  const flow_state before = save_flow();
  const reg iterator = f_->allocate();
  const reg iterable = expr(s.iter);
  f_->span_ = s.iter->where;
  f_->emit(vm::opcode::get_aiter, iterator, iterable);
  const reg item = f_->allocate();
  const reg caught = f_->allocate();
  const std::uint32_t start = f_->here();
  f_->span_ = s.where;
  const std::uint32_t await_end = emit_async_next(iterator, item);
  const bool owns = owns_iterator(s.iter);
  owned_iterator owned{iterator};
  if (owns) begin_owned_iterator(owned);
  f_->loops_.push_back(loop_context{start, {}, f_->finally_blocks_.size(), true, iterator, owns});
  store_target(s.target, item);
  statements(s.body);
  if (f_->reachable_) emit_jump_to(vm::opcode::jump, start);
  if (owns) end_owned_iterator(owned);
  f_->code_->exception_ranges.push_back({start, await_end, f_->here(), caught});
  f_->span_ = s.where;
  f_->emit(vm::opcode::end_async_for, caught);
  auto breaks = std::move(f_->loops_.back().break_jumps);
  f_->loops_.pop_back();
  restore_flow(before);
  f_->reachable_ = true;
  statements(s.orelse);
  for (auto j : breaks) patch_jump(j, f_->here());
  flow_state after = before;
  after.reachable = true;
  restore_flow(after);
}

// item = await anext(iterator); returns the end of the instructions a StopAsyncIteration may
// come from.
inline std::uint32_t generator::emit_async_next(reg iterator, reg item) {
  const reg mark = f_->next_free_;
  const reg awaitable = f_->allocate();
  f_->emit(vm::opcode::get_anext, awaitable, iterator);
  f_->emit(vm::opcode::load_none, item);
  f_->emit(vm::opcode::yield_from, item, awaitable);
  f_->next_free_ = mark;
  return f_->here();
}

// A loop over the result of a call owns its iterator (nothing else can refer to a generator made
// there): CPython closes such a generator as soon as the loop is left early, through its
// reference count, so its `finally` runs then (an async generator's aclose() is scheduled on
// the loop, as CPython's finaliser hook does). Loops over a name share the iterator: no release.
inline bool generator::owns_iterator(const syntax::expr* iterable) const { return iterable->kind == expr_kind::Call; }

inline void generator::begin_owned_iterator(owned_iterator& owned) {
  finally_block block{nullptr, owned.iterator, false, &owned.holes};
  block.releases_iterator = true;
  f_->finally_blocks_.push_back(block);
  owned.body_start = f_->here();
}

// After the loop body: an exception leaving the body releases the iterator and goes on.
inline void generator::end_owned_iterator(owned_iterator& owned) {
  f_->finally_blocks_.pop_back();
  const std::uint32_t body_end = f_->here();
  if (body_end == owned.body_start) return;
  const reg caught = f_->allocate();
  add_exception_range(owned.body_start, body_end, f_->here(), caught, owned.holes);
  f_->emit(vm::opcode::release_iterator, owned.iterator);
  f_->emit(vm::opcode::reraise, caught);
  f_->next_free_ = caught;
}

inline void generator::stmt_break_continue(bool is_break, const syntax::source_span& where) {
  if (f_->loops_.empty()) fail(where, "SyntaxError", is_break ? "'break' outside loop" : "'continue' not properly in loop");
  loop_context& loop = f_->loops_.back();
  run_finally_blocks(loop.finally_depth);
  if (is_break) {
    // The loop's own block (just below finally_depth): release_iterator never raises, so no
    // exception range needs a hole for it.
    if (loop.releases_iterator) f_->emit(vm::opcode::release_iterator, loop.iterator);
    loop.break_jumps.push_back(emit_jump(vm::opcode::jump));
  } else {
    emit_jump_to(vm::opcode::jump, loop.continue_target);
  }
  f_->reachable_ = false;
}

// Runs the finally bodies (and exit calls, and restores handled exceptions) between here and an
// outer level, innermost first, for a break, continue or return that leaves them.
inline void generator::run_finally_blocks(std::size_t down_to) {
  auto saved = f_->finally_blocks_;
  for (std::size_t i = saved.size(); i-- > down_to;) {
    f_->finally_blocks_.resize(i);
    const finally_block& block = saved[i];
    if (block.range_only) continue;
    const std::uint32_t start = f_->here();
    if (block.releases_iterator) {
      f_->emit(vm::opcode::release_iterator, block.saved_handled);
    } else if (block.is_handler) {
      f_->emit(vm::opcode::pop_exception, block.saved_handled);
      if (!block.handler_name.empty()) {
        const reg none = f_->allocate();
        f_->emit(vm::opcode::load_none, none);
        store_name(block.handler_name, none);
        delete_name(block.handler_name, block.handler_where);
        f_->next_free_ = none;
      }
    } else if (block.body == nullptr) {
      // Leaving a with block: its exit is called with three Nones.
      emit_with_exit_call(block.saved_handled, block.is_async_with, std::nullopt);
    } else {
      const flow_state flow = save_flow();
      statements(*block.body);
      restore_flow(flow);
      f_->reachable_ = true;
    }
    // This code runs outside block i: no exception range of it or of an inner block covers it.
    for (std::size_t j = i; j < saved.size(); ++j)
      if (saved[j].inlined != nullptr) saved[j].inlined->emplace_back(start, f_->here());
  }
  f_->finally_blocks_ = std::move(saved);
}

inline void generator::stmt_return(const syntax::return_stmt& s) {
  if (!f_->scope_.is_function_like()) fail(s.where, "SyntaxError", "'return' outside function");
  reg value;
  if (s.value != nullptr) {
    value = expr_into_new(s.value);
  } else {
    value = f_->allocate();
    f_->emit(vm::opcode::load_none, value);
  }
  run_finally_blocks(0);
  f_->span_ = s.where;
  f_->emit(vm::opcode::return_value, value);
  f_->reachable_ = false;
}

inline void generator::stmt_raise(const syntax::raise_stmt& s) {
  if (s.exc == nullptr) {
    f_->emit(vm::opcode::raise, 0, 0, 0);
  } else {
    const reg exception = expr_into_new(s.exc);
    reg cause = 0;
    if (s.cause != nullptr) cause = expr_into_new(s.cause);
    f_->span_ = s.where;
    f_->emit(vm::opcode::raise, exception, cause, s.cause != nullptr ? 3 : 1);
  }
  f_->reachable_ = false;
}

inline void generator::stmt_assert(const syntax::assert_stmt& s) {
  std::vector<std::uint32_t> passed;
  condition_jump(s.test, true, passed);
  const reg message = f_->allocate();
  if (s.msg != nullptr) expr(s.msg, message);
  f_->span_ = s.where;
  f_->emit(vm::opcode::assert_failed, message, s.msg == nullptr ? 1 : 0);
  for (auto j : passed) patch_jump(j, f_->here());
}

inline void generator::stmt_delete(const syntax::delete_stmt& s) {
  for (const auto* target : s.targets) {
    f_->span_ = target->where;
    switch (target->kind) {
      case expr_kind::Name: delete_name(target->as<syntax::name_expr>().id, target->where); break;
      case expr_kind::Subscript: {
        const auto& sub = target->as<syntax::subscript_expr>();
        const reg mark = f_->next_free_;
        const reg object = expr(sub.value);
        const reg key = expr(sub.slice);
        f_->span_ = target->where;
        f_->emit(vm::opcode::delete_item, object, key);
        f_->next_free_ = mark;
        break;
      }
      case expr_kind::Tuple:
      case expr_kind::List: {
        for (const auto* item : target->as<syntax::list_expr>().elts) {
          syntax::delete_stmt single{};
          (void)single;
          if (item->kind != expr_kind::Name) unsupported(item->where, "nested deletion targets");
          delete_name(item->as<syntax::name_expr>().id, item->where);
        }
        break;
      }
      default: unsupported(target->where, "this deletion target");
    }
  }
}

// import a.b.c binds a (the top module); import a.b.c as d binds d to a.b.c itself.
inline void generator::stmt_import(const syntax::import_stmt& s) {
  for (const auto* alias : s.names) {
    const reg module = f_->allocate();
    f_->span_ = alias->where;
    f_->emit(vm::opcode::import_name, module, str_constant(alias->name));
    if (!alias->asname.empty()) {
      store_name(alias->asname, module);
    } else {
      const auto dot = alias->name.find('.');
      if (dot != std::string_view::npos) f_->emit(vm::opcode::import_name, module, str_constant(alias->name.substr(0, dot)));
      store_name(alias->name.substr(0, dot), module);
    }
    f_->next_free_ = module;
  }
}

inline void generator::stmt_import_from(const syntax::import_from_stmt& s) {
  const reg module = f_->allocate();
  f_->emit(vm::opcode::import_name, module, str_constant(s.module));
  for (const auto* alias : s.names) {
    if (alias->name == "*") unsupported(alias->where, "star imports (from m import *)");
    const reg member = f_->allocate();
    f_->span_ = alias->where;
    f_->emit(vm::opcode::import_from, member, module, str_constant(alias->name));
    store_name(alias->asname.empty() ? alias->name : alias->asname, member);
    f_->next_free_ = member;
  }
}

inline void generator::stmt_function_def(const syntax::function_def_stmt& s) {
  const scope* sc = symbols_.scope_of(&s);
  if (!s.decorator_list.empty()) {
    // Decorators are evaluated before the function is made, applied innermost first.
    const reg first = f_->allocate(s.decorator_list.size());
    for (std::size_t i = 0; i < s.decorator_list.size(); ++i) expr(s.decorator_list[i], static_cast<reg>(first + i));
    note_signature_constants(s.args, s.returns);
    vm::code_object* code = compile_function_code(*sc, s.args, &s.body, nullptr, nullptr);
    const reg function = f_->allocate();
    f_->span_ = s.where;
    emit_make_function(*sc, code, s.args, function);
    for (std::size_t i = s.decorator_list.size(); i-- > 0;) {
      const reg call = f_->allocate(2);
      f_->emit(vm::opcode::move, call, first + i);
      f_->emit(vm::opcode::move, call + 1, function);
      f_->emit(vm::opcode::call, call, 0, 1);
      f_->emit(vm::opcode::move, function, call);
      f_->next_free_ = call;
    }
    store_name(s.name, function);
    return;
  }
  note_signature_constants(s.args, s.returns);
  vm::code_object* code = compile_function_code(*sc, s.args, &s.body, nullptr, nullptr);
  f_->span_ = s.where;
  const reg function = f_->allocate();
  emit_make_function(*sc, code, s.args, function);
  store_name(s.name, function);
}

// try/except/else/finally (and try/except*, whose handler is in compile_try_star.ipp). The body
// is one exception range whose handler tests each except clause in turn; the finally body is compiled once per way out (normal end, exception,
// break/continue/return through run_finally_blocks).
inline void generator::stmt_try(const syntax::try_stmt& s) {
  const flow_state before = save_flow();
  const bool has_finally = !s.finalbody.empty();
  const reg finally_exception = has_finally ? f_->allocate() : 0;
  const std::uint32_t finally_start = f_->here();
  code_holes inlined;
  if (has_finally) f_->finally_blocks_.push_back(finally_block{.body = &s.finalbody, .inlined = &inlined});

  std::vector<std::uint32_t> to_finally;  // normal exits of the try/except part
  if (s.handlers.empty()) {
    statements(s.body);
    if (f_->reachable_) to_finally.push_back(emit_jump(vm::opcode::jump));
  } else if (s.kind == stmt_kind::TryStar) {
    try_star_handlers(s, before, to_finally);  // compile_try_star.ipp
  } else {
    const reg caught = f_->allocate();
    const std::uint32_t body_start = f_->here();
    code_holes body_holes;
    f_->finally_blocks_.push_back(finally_block{.inlined = &body_holes, .range_only = true});
    statements(s.body);
    f_->finally_blocks_.pop_back();
    const std::uint32_t body_end = f_->here();
    statements(s.orelse);
    flow_state after_normal = save_flow();
    if (f_->reachable_) to_finally.push_back(emit_jump(vm::opcode::jump));
    add_exception_range(body_start, body_end, f_->here(), caught, body_holes);
    // The handler: make `caught` the handled exception, then test the clauses.
    restore_flow(before);
    f_->reachable_ = true;
    const reg saved_handled = f_->allocate();
    const std::uint32_t handler_start = f_->here();
    f_->span_ = s.handlers[0]->where;
    f_->emit(vm::opcode::push_exception, saved_handled, caught);
    const reg cleanup_exception = f_->allocate();
    std::vector<flow_state> handler_ends{after_normal};
    for (const auto* h : s.handlers) {
      f_->span_ = h->where;
      std::uint32_t to_next = UINT32_MAX;
      if (h->type != nullptr) {
        const reg mark = f_->next_free_;
        const reg classes = expr(h->type);
        const reg matched = f_->allocate();
        f_->span_ = h->where;
        f_->emit(vm::opcode::match_exception, matched, caught, classes);
        to_next = emit_jump(vm::opcode::jump_if_false, matched);
        f_->next_free_ = mark;
      }
      restore_flow(before);
      f_->reachable_ = true;
      if (!h->name.empty()) store_name(h->name, caught);
      code_holes clause_holes;
      f_->finally_blocks_.push_back(finally_block{.saved_handled = saved_handled, .is_handler = true, .inlined = &clause_holes,
                                                  .handler_name = h->name, .handler_where = h->where});
      const std::uint32_t handler_body_start = f_->here();
      statements(h->body);
      const std::uint32_t handler_body_end = f_->here();
      f_->finally_blocks_.pop_back();
      if (f_->reachable_) {
        f_->emit(vm::opcode::pop_exception, saved_handled);
        if (!h->name.empty()) {
          // `except E as e` unbinds e at the end of the clause, as CPython does.
          const reg none = f_->allocate();
          f_->emit(vm::opcode::load_none, none);
          store_name(h->name, none);
          delete_name(h->name, h->where);
          f_->next_free_ = none;
        }
        handler_ends.push_back(save_flow());
        to_finally.push_back(emit_jump(vm::opcode::jump));
      }
      // An exception escaping the clause restores the previously handled exception first.
      if (handler_body_end > handler_body_start) {
        add_exception_range(handler_body_start, handler_body_end, f_->here(), cleanup_exception, clause_holes);
        f_->reachable_ = true;
        f_->emit(vm::opcode::pop_exception, saved_handled);
        f_->emit(vm::opcode::reraise, cleanup_exception);
      }
      if (to_next != UINT32_MAX) patch_jump(to_next, f_->here());
      f_->reachable_ = h->type != nullptr;
    }
    if (f_->reachable_) {
      // No clause matched: restore and re-raise.
      f_->emit(vm::opcode::pop_exception, saved_handled);
      f_->emit(vm::opcode::reraise, caught);
    }
    (void)handler_start;
    flow_state joined{before.assigned, false};
    for (const auto& end : handler_ends) joined = join(joined, end);
    restore_flow(joined);
    f_->reachable_ = !to_finally.empty();
  }
  if (has_finally) {
    f_->finally_blocks_.pop_back();
    const std::uint32_t protected_end = f_->here();
    const flow_state after = save_flow();
    // The exception way out: run the finally body, then re-raise.
    std::uint32_t skip = UINT32_MAX;
    if (!to_finally.empty()) skip = emit_jump(vm::opcode::jump);
    add_exception_range(finally_start, protected_end, f_->here(), finally_exception, inlined);
    // The exception is the one being handled while the body runs (the context of what it raises);
    // leaving the body in any way restores the previous one.
    restore_flow(before);
    f_->reachable_ = true;
    const reg saved_handled = f_->allocate();
    const reg cleanup_exception = f_->allocate();
    f_->emit(vm::opcode::push_exception, saved_handled, finally_exception);
    code_holes handler_holes;
    f_->finally_blocks_.push_back(finally_block{.saved_handled = saved_handled, .is_handler = true, .inlined = &handler_holes});
    const std::uint32_t body_start = f_->here();
    statements(s.finalbody);
    const std::uint32_t body_end = f_->here();
    f_->finally_blocks_.pop_back();
    if (f_->reachable_) {
      f_->emit(vm::opcode::pop_exception, saved_handled);
      f_->emit(vm::opcode::reraise, finally_exception);
    }
    if (body_end > body_start) {
      add_exception_range(body_start, body_end, f_->here(), cleanup_exception, handler_holes);
      f_->reachable_ = true;
      f_->emit(vm::opcode::pop_exception, saved_handled);
      f_->emit(vm::opcode::reraise, cleanup_exception);
    }
    // The normal way out.
    if (skip != UINT32_MAX) patch_jump(skip, f_->here());
    for (auto j : to_finally) patch_jump(j, f_->here());
    restore_flow(after);
    f_->reachable_ = !to_finally.empty();
    if (f_->reachable_) statements(s.finalbody);
    return;
  }
  for (auto j : to_finally) patch_jump(j, f_->here());
}

}  // namespace coil::compiler::detail
