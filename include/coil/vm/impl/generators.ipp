// Calls that start frames, and generators: creating one (its frame bound to the arguments but
// not started), and resuming one from native code (next(), send(), throw(), close()). Resuming
// from the dispatch loop itself (for loops, `yield from`) happens in dispatch.ipp without C++
// recursion.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/generator_object.hpp>
#include <coil/runtime/impl/async_generator_type.ipp>
#include <coil/runtime/impl/generator_type.ipp>
#include <coil/vm/interpreter.hpp>

#include <algorithm>

namespace coil::vm {

COIL_DECL frame* interpreter::begin_call(runtime::function_object* function, const runtime::call_arguments& args, value& result) {
  if (call_depth() >= limits_.max_recursion_depth) {
    result = raise_error(exception_type(exception_kind::recursion_error), "maximum recursion depth exceeded");
    return nullptr;
  }
  if (has(function->code->flags, code_flags::generator) || has(function->code->flags, code_flags::coroutine)) {
    result = make_generator(function, args);
    return nullptr;
  }
  frame* callee = push_frame(function->code, function);
  if (!bind_arguments(callee, function, args)) {
    current_ = callee->caller;
    frames_.pop();
    result = value::raised();
    return nullptr;
  }
  return callee;
}

COIL_DECL value interpreter::make_generator(runtime::function_object* function, const runtime::call_arguments& args) {
  const code_object* code = function->code;
  const bool is_coroutine = has(code->flags, code_flags::coroutine);
  const bool is_generator = has(code->flags, code_flags::generator);
  auto* g = heap_.make<runtime::generator_object>(is_coroutine && is_generator ? &runtime::async_generator_type
                                                  : is_coroutine             ? &runtime::coroutine_type
                                                                             : &runtime::generator_type,
                                                  &heap_);
  value result = value::from_object(g);
  g->name = function->name;
  g->qualname = function->qualname;
  g->frame_bytes = sizeof(frame) + code->register_count * sizeof(value);
  void* memory = heap_.allocate(g->frame_bytes, alignof(frame));
  frame* f = ::new (memory) frame();
  f->code = code;
  f->function = function;
  f->register_count = code->register_count;
  f->generator = g;
  for (std::uint16_t i = 0; i < code->register_count; ++i) f->registers()[i] = value::unbound();
  g->frame = f;
  if (!bind_arguments(f, function, args)) return value::raised();
  return result;
}

COIL_DECL value interpreter::resume_generator(runtime::generator_object* g, value sent, bool throwing, bool& yielded) {
  using runtime::generator_state;
  yielded = false;
  last_async_yield_ = false;
  if (g->state == generator_state::running) return raise_value_error("generator already executing");
  if (g->state == generator_state::finished || (throwing && g->state == generator_state::created)) {
    if (g->state == generator_state::created) {
      g->state = generator_state::finished;
      g->release_frame();
    }
    if (throwing) return raise_exception(sent);
    return value::none();
  }
  if (g->state == generator_state::created && !sent.is_none())
    return raise_type_error("can't send non-None value to a just-started generator");
  if (call_depth() >= limits_.max_recursion_depth || native_depth_ >= COIL_MAX_NATIVE_REENTRY_DEPTH)
    return raise_error(exception_type(exception_kind::recursion_error), "maximum recursion depth exceeded");
  frame* f = g->frame;
  // A generator suspended in `yield from` passes a throw on to the generator it delegates to.
  if (throwing && g->delegating) {
    const instruction& delegation = f->code->instructions[f->pc];
    value inner = f->registers()[delegation.b];
    const bool native_inner = runtime::is_native_coroutine_type(type_of(inner));
    if (type_of(inner) == &runtime::generator_type || type_of(inner) == &runtime::coroutine_type || native_inner) {
      auto root = this->root(inner);
      bool inner_yielded = false;
      // A native coroutine sees the exception too, so it can clean up (leave a Lock's waiters).
      value r = native_inner ? step_native_coroutine(inner, sent, inner_yielded)
                             : resume_generator(static_cast<runtime::generator_object*>(inner.as_object()), sent, true, inner_yielded);
      if (!r.is_raised() && inner_yielded) {
        yielded = true;
        return r;
      }
      if (r.is_raised()) {
        sent = take_pending_exception();  // the inner generator's exception surfaces at the yield from
      } else {
        // The inner generator finished: its return value is the value of the `yield from`.
        f->registers()[delegation.a] = r;
        ++f->pc;
        g->delegating = false;
        g->state = generator_state::running;
        g->enter(handled_);
        f->caller = current_;
        current_ = f;
        ++linked_generators_;
        g->resumer = runtime::resumer_kind::native;
        ++native_depth_;
        value result = execute(f);
        --native_depth_;
        if (result.is_raised()) return result;
        yielded = last_yielded_;
        return result;
      }
    }
  }
  if (g->state == generator_state::suspended && !throwing) f->registers()[g->send_register] = sent;
  g->state = generator_state::running;
  g->enter(handled_);
  g->resumer = runtime::resumer_kind::native;
  f->caller = current_;
  current_ = f;
  ++linked_generators_;
  if (throwing) raise_exception(sent);
  ++native_depth_;
  value result = execute(f, throwing);
  --native_depth_;
  if (result.is_raised()) return result;
  yielded = last_yielded_;
  return result;
}

COIL_DECL std::string interpreter::exception_summary(value exception) {
  auto exception_root = root(exception);
  std::string line(type_of(exception)->name);
  value message = str(exception);
  if (message.is_raised()) {
    take_pending_exception();
  } else if (auto text = static_cast<runtime::str_object*>(message.as_object())->view(); !text.empty()) {
    line += ": " + std::string(text);
  }
  return line;
}

COIL_DECL void interpreter::report_unraisable(value where) {
  value e = take_pending_exception();
  auto e_root = root(e);
  value shown = repr(where);
  std::string where_text = "?";
  if (shown.is_raised()) take_pending_exception();
  else where_text = std::string(static_cast<runtime::str_object*>(shown.as_object())->view());
  write_output(true, "Exception ignored in: " + where_text + "\n" + exception_summary(e) + "\n");
}

COIL_DECL void interpreter::release_iterator(value iterator) {
  if (!iterator.is_object() || terminated_ != termination::none) return;
  auto* type = iterator.as_object()->type;
  auto iterator_root = root(iterator);
  if (type == &runtime::generator_type) {
    // Closed now, as when CPython drops the last reference: GeneratorExit thrown in at its yield;
    // what goes wrong is reported, not raised.
    if (runtime::generator_detail::close_generator(*this, static_cast<runtime::generator_object*>(iterator.as_object())).is_raised() &&
        terminated_ == termination::none)
      report_unraisable(iterator);
    return;
  }
  if (type == &runtime::async_generator_type) {
    // CPython's finaliser hook: aclose() made now, run as a task created on the next loop turn.
    auto* g = static_cast<runtime::generator_object*>(iterator.as_object());
    if (g->state != runtime::generator_state::suspended || !loop_.running) return;
    auto found = std::find_if(async_generators_.begin(), async_generators_.end(),
                              [&](value v) { return v.raw_bits() == iterator.raw_bits(); });
    if (found == async_generators_.end()) return;
    async_generators_.erase(found);
    value closer = runtime::async_generator_detail::new_operation(*this, iterator, runtime::async_generator_detail::operation::close,
                                                                  value::none(), value::unbound());
    event_loop::handle h{event_loop::handle::kind::done_callback, runtime::callback_kind::native, closer, value::none()};
    h.function = [](interpreter& in, value target, value) {
      value task = in.new_task(target, value::none());
      if (task.is_raised()) in.take_pending_exception();
    };
    loop_.call_soon(h);
  }
}

COIL_DECL void interpreter::remember_async_generator(value generator) {
  if (!loop_.running) return;
  // Finished ones are dropped whenever the list doubles, so a loop making many short-lived async
  // generators keeps it proportional to the ones still suspended.
  if (async_generators_.size() >= 64 && async_generators_.size() == async_generators_.capacity()) {
    std::erase_if(async_generators_, [](value g) {
      return static_cast<runtime::generator_object*>(g.as_object())->state == runtime::generator_state::finished;
    });
  }
  async_generators_.push_back(generator);
}

}  // namespace coil::vm
