// `with` and `async with` statements, and `await`: the context manager's exit runs on every way
// out of the block (normal end, break/continue/return through the finally machinery, and an
// exception, which the exit may suppress by returning a true value).
#pragma once

#include <coil/compiler/impl/code_generator.ipp>

namespace coil::compiler::detail {

// `await x`: the awaitable's iterator is delegated to like `yield from`; the task running the
// coroutine receives whatever it finally yields (a future to wait on, or None to give way).
inline void generator::emit_await(reg awaitable, reg target) {
  const reg mark = f_->next_free_;
  const reg iterator = f_->allocate();
  f_->emit(vm::opcode::get_awaitable, iterator, awaitable);
  f_->emit(vm::opcode::load_none, target);
  f_->emit(vm::opcode::yield_from, target, iterator);
  f_->next_free_ = std::max(mark, static_cast<reg>(target + 1));
}

// Calls the bound exit method in `exit` with (None, None, None), or with the caught exception
// (its type, itself, and None for the traceback coil has no object for); the result lands in
// exit + 1 (awaited for `async with`).
inline void generator::emit_with_exit_call(reg exit, bool is_async, std::optional<reg> exception) {
  const reg mark = f_->next_free_;
  const reg call = f_->allocate(4);
  f_->emit(vm::opcode::move, call, exit);
  if (exception) {
    f_->emit(vm::opcode::exception_type_of, call + 1, *exception);
    f_->emit(vm::opcode::move, call + 2, *exception);
  } else {
    f_->emit(vm::opcode::load_none, call + 1);
    f_->emit(vm::opcode::load_none, call + 2);
  }
  f_->emit(vm::opcode::load_none, call + 3);
  f_->emit(vm::opcode::call, call, 0, 3);
  if (is_async) emit_await(call, call);
  f_->emit(vm::opcode::move, exit + 1, call);
  f_->next_free_ = mark;
}

// `with a as x, b as y: body` is `with a as x: with b as y: body`, so one item per level.
inline void generator::stmt_with(const syntax::with_stmt& s, std::size_t item, bool is_async) {
  const syntax::withitem* w = s.items[item];
  const flow_state before = save_flow();
  const reg exit = f_->allocate(2);  // the bound exit method, then its result / the enter value
  const reg manager = expr(w->context_expr);
  f_->span_ = s.where;
  f_->emit(vm::opcode::before_with, exit, manager, is_async ? 1 : 0);
  if (is_async) emit_await(exit + 1, exit + 1);
  if (w->optional_vars != nullptr) store_target(w->optional_vars, exit + 1);

  const reg caught = f_->allocate();
  const std::uint32_t body_start = f_->here();
  code_holes body_holes;
  f_->finally_blocks_.push_back(finally_block{.saved_handled = exit, .inlined = &body_holes, .is_async_with = is_async});
  if (item + 1 < s.items.size()) {
    stmt_with(s, item + 1, is_async);
  } else {
    statements(s.body);
  }
  f_->finally_blocks_.pop_back();
  const std::uint32_t body_end = f_->here();
  std::uint32_t to_end = UINT32_MAX;
  const flow_state after_body = save_flow();
  const bool body_reaches_end = f_->reachable_;
  if (body_reaches_end) {
    f_->span_ = s.where;
    emit_with_exit_call(exit, is_async, std::nullopt);
    to_end = emit_jump(vm::opcode::jump);
  }
  if (body_end > body_start) {
    add_exception_range(body_start, body_end, f_->here(), caught, body_holes);
    // The exception way out: the exit sees the exception while it is being handled; a true
    // result swallows it.
    restore_flow(before);
    f_->reachable_ = true;
    f_->span_ = s.where;
    const reg saved_handled = f_->allocate();
    const reg cleanup_exception = f_->allocate();
    f_->emit(vm::opcode::push_exception, saved_handled, caught);
    const std::uint32_t handler_start = f_->here();
    emit_with_exit_call(exit, is_async, caught);
    const reg swallow = f_->allocate();
    f_->emit(vm::opcode::move, swallow, exit + 1);
    const std::uint32_t to_reraise = emit_jump(vm::opcode::jump_if_false, swallow);
    f_->emit(vm::opcode::pop_exception, saved_handled);
    const std::uint32_t swallowed = emit_jump(vm::opcode::jump);
    patch_jump(to_reraise, f_->here());
    f_->emit(vm::opcode::pop_exception, saved_handled);
    f_->emit(vm::opcode::reraise, caught);
    const std::uint32_t handler_end = f_->here();
    // An exception from the exit itself restores the previously handled exception first.
    f_->code_->exception_ranges.push_back({handler_start, handler_end, f_->here(), cleanup_exception});
    f_->emit(vm::opcode::pop_exception, saved_handled);
    f_->emit(vm::opcode::reraise, cleanup_exception);
    patch_jump(swallowed, f_->here());
    if (to_end != UINT32_MAX) patch_jump(to_end, f_->here());
    // After a swallowed exception nothing the body assigned is certain.
    restore_flow(join(before, after_body));
    f_->reachable_ = true;
    return;
  }
  if (to_end != UINT32_MAX) patch_jump(to_end, f_->here());
  restore_flow(after_body);
  f_->reachable_ = body_reaches_end;
}

}  // namespace coil::compiler::detail
