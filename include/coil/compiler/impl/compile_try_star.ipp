// try/except* (PEP 654): the body's exception goes to one handler that runs every clause in
// turn on what is left of it, collects what the clauses raise, and re-raises the combination at
// the end (vm/impl/exception_groups.ipp has the rules). stmt_try compiles the body, else and
// finally parts around this, as for a plain try/except.
#pragma once

#include <coil/compiler/impl/code_generator.ipp>

namespace coil::compiler::detail {

// Compiles the body and else clause, then the except* handler. Normal exits (the else clause's
// end, or a handled exception) are jumps added to `to_finally`; the flow state on return is the
// join of those exits.
inline void generator::try_star_handlers(const syntax::try_stmt& s, const flow_state& before, std::vector<std::uint32_t>& to_finally) {
  const reg caught = f_->allocate();
  const std::uint32_t body_start = f_->here();
  code_holes body_holes;
  f_->finally_blocks_.push_back(finally_block{.inlined = &body_holes, .range_only = true});
  statements(s.body);
  f_->finally_blocks_.pop_back();
  const std::uint32_t body_end = f_->here();
  statements(s.orelse);
  const flow_state after_normal = save_flow();
  if (f_->reachable_) to_finally.push_back(emit_jump(vm::opcode::jump));
  add_exception_range(body_start, body_end, f_->here(), caught, body_holes);

  // The handler. `remaining` is what no clause has taken yet; `outcomes` collects what the clauses
  // raise, and at the end what is left.
  restore_flow(before);
  f_->reachable_ = true;
  f_->span_ = s.handlers[0]->where;
  const reg saved_handled = f_->allocate();
  const reg outcomes = f_->allocate();
  const reg remaining = f_->allocate();
  const reg match = f_->allocate();
  const reg raised_in_clause = f_->allocate();
  const reg cleanup_exception = f_->allocate();
  const std::uint32_t handler_start = f_->here();
  f_->emit(vm::opcode::push_exception, saved_handled, caught);
  f_->emit(vm::opcode::build_list, outcomes, 0, 0);
  f_->emit(vm::opcode::move, remaining, caught);
  for (const auto* h : s.handlers) {
    f_->span_ = h->where;
    const reg mark = f_->next_free_;
    const reg classes = expr(h->type);
    f_->span_ = h->where;
    f_->emit(vm::opcode::match_exception_star, match, remaining, classes);
    f_->next_free_ = mark;
    const flow_state unmatched = save_flow();
    const std::uint32_t to_clause = emit_jump(vm::opcode::jump_if_not_none, match);
    const std::uint32_t to_next = emit_jump(vm::opcode::jump);
    patch_jump(to_clause, f_->here());
    if (!h->name.empty()) store_name(h->name, match);
    const flow_state bound = save_flow();
    auto unbind_name = [&] {
      // `except* E as e` unbinds e when the clause ends, either way, as CPython does.
      if (h->name.empty()) return;
      const reg none = f_->allocate();
      f_->emit(vm::opcode::load_none, none);
      store_name(h->name, none);
      delete_name(h->name, h->where);
      f_->next_free_ = none;
    };
    const std::uint32_t clause_start = f_->here();
    statements(h->body);
    const std::uint32_t clause_end = f_->here();
    flow_state next = unmatched;
    std::uint32_t to_next_after_body = UINT32_MAX;
    if (f_->reachable_) {
      unbind_name();
      next = join(next, save_flow());
      to_next_after_body = emit_jump(vm::opcode::jump);
    }
    if (clause_end > clause_start) {
      // An exception escaping the clause joins the outcomes; the next clauses still run.
      f_->code_->exception_ranges.push_back({clause_start, clause_end, f_->here(), raised_in_clause});
      restore_flow(bound);
      f_->reachable_ = true;
      unbind_name();
      f_->emit(vm::opcode::list_append, outcomes, raised_in_clause);
      next = join(next, save_flow());
    }
    patch_jump(to_next, f_->here());
    if (to_next_after_body != UINT32_MAX) patch_jump(to_next_after_body, f_->here());
    restore_flow(next);
    f_->reachable_ = true;
  }
  f_->emit(vm::opcode::list_append, outcomes, remaining);
  f_->emit(vm::opcode::prepare_reraise_star, match, caught, outcomes);
  const std::uint32_t handler_end = f_->here();
  const std::uint32_t to_reraise = emit_jump(vm::opcode::jump_if_not_none, match);
  f_->emit(vm::opcode::pop_exception, saved_handled);
  const flow_state handled = save_flow();
  to_finally.push_back(emit_jump(vm::opcode::jump));
  patch_jump(to_reraise, f_->here());
  f_->emit(vm::opcode::pop_exception, saved_handled);
  f_->emit(vm::opcode::reraise, match);
  // An error while matching (a clause's classes raising NameError, or being ExceptionGroup)
  // restores the handled exception and leaves the statement. The clauses' own ranges were added
  // first, so they take precedence inside the bodies.
  f_->code_->exception_ranges.push_back({handler_start, handler_end, f_->here(), cleanup_exception});
  f_->emit(vm::opcode::pop_exception, saved_handled);
  f_->emit(vm::opcode::reraise, cleanup_exception);
  restore_flow(join(after_normal, handled));
  f_->reachable_ = !to_finally.empty();
}

}  // namespace coil::compiler::detail
