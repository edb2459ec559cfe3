// The interpreter's side of asyncio: futures settling and scheduling their callbacks, task
// steps (CPython's Task.__step and __wakeup), gather's bookkeeping, asyncio.run suspending the
// script's own frames, and `advance`, which runs the loop until everything waits.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/future_object.hpp>
#include <coil/runtime/generator_object.hpp>
#include <coil/runtime/impl/async_generator_type.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <algorithm>
#include <string>
#include <unordered_map>

namespace coil::vm {
namespace event_loop_detail {

inline runtime::future_object* as_future(value v) { return static_cast<runtime::future_object*>(v.as_object()); }
inline bool is_future(value v) { return v.is_object() && runtime::is_subtype(v.as_object()->type, &runtime::future_type); }
inline bool is_task(value v) { return v.is_object() && v.as_object()->type == &runtime::task_type; }
inline bool is_coroutine(value v) { return v.is_object() && v.as_object()->type == &runtime::coroutine_type; }
inline bool is_native_coroutine(value v) { return v.is_object() && runtime::is_native_coroutine_type(v.as_object()->type); }

}  // namespace event_loop_detail

COIL_DECL runtime::future_object* interpreter::new_future(runtime::type_object* type) {
  return heap_.make<runtime::future_object>(type, &heap_);
}

COIL_DECL value interpreter::new_task(value coroutine, value name) {
  // The coroutine is not marked as awaited: as in CPython, an `await` on it before the task's
  // first step runs it there, and the task then fails with "cannot reuse already awaited coroutine".
  auto root = this->root(coroutine);
  auto* task = new_future(&runtime::task_type);
  value t = value::from_object(task);
  task->coroutine = coroutine;
  ++loop_.tasks_created;
  if (name.is_none()) {
    auto name_root = this->root(t);
    name = make_str("Task-" + std::to_string(loop_.tasks_created));
  }
  task->name = name;
  // Forget finished tasks now and then, so all_tasks() and the shutdown stay cheap.
  if (loop_.tasks.size() >= 64 && loop_.tasks.size() % 64 == 0)
    std::erase_if(loop_.tasks, [](value v) { return event_loop_detail::as_future(v)->done(); });
  loop_.tasks.push_back(t);
  loop_.call_soon({event_loop::handle::kind::step_task, runtime::callback_kind::wake_task, t, value::none()});
  return t;
}

COIL_DECL void interpreter::add_done_callback(runtime::future_object* f, runtime::callback_kind kind, value target,
                                              runtime::native_callback function) {
  if (f->done()) {
    loop_.call_soon({event_loop::handle::kind::done_callback, kind, target, value::from_object(f), function});
    return;
  }
  f->callbacks.push_back({kind, target, function});
}

COIL_DECL std::size_t interpreter::remove_done_callback(runtime::future_object* f, runtime::callback_kind kind, value target,
                                                        runtime::native_callback function) {
  return std::erase_if(f->callbacks, [&](const runtime::future_callback& c) {
    return c.kind == kind && c.function == function && c.target.raw_bits() == target.raw_bits();
  });
}

namespace event_loop_detail {
inline void schedule_callbacks(event_loop& loop, runtime::future_object* f) {
  for (const auto& c : f->callbacks)
    loop.call_soon({event_loop::handle::kind::done_callback, c.kind, c.target, value::from_object(f), c.function});
  f->callbacks.clear();
}
}  // namespace event_loop_detail

COIL_DECL void interpreter::set_future_result(runtime::future_object* f, value result) {
  if (f->done()) return;
  f->state = runtime::future_state::finished;
  f->result = result;
  event_loop_detail::schedule_callbacks(loop_, f);
}

COIL_DECL void interpreter::set_future_exception(runtime::future_object* f, value exception) {
  if (f->done()) return;
  f->state = runtime::future_state::finished;
  f->exception = exception;
  event_loop_detail::schedule_callbacks(loop_, f);
}

COIL_DECL bool interpreter::cancel_future(value future, value message) {
  using namespace event_loop_detail;
  auto* f = as_future(future);
  if (f->done()) return false;
  if (f->type == &runtime::task_type) {
    ++f->cancel_requests;
    if (is_future(f->waiting_on) && cancel_future(f->waiting_on, message)) return true;
    f->must_cancel = true;
    f->cancel_message = message;
    return true;
  }
  if (f->type == &runtime::gathering_future_type) {
    bool any = false;
    for (std::size_t i = 0; i < f->children.size(); ++i)
      if (cancel_future(f->children[i], message)) any = true;
    if (any) f->cancel_requested = true;
    return any;
  }
  f->state = runtime::future_state::cancelled;
  f->cancel_message = message;
  if (f->host_call != 0 && host_ != nullptr) host_->cancel_host_call(f->host_call);
  schedule_callbacks(loop_, f);
  return true;
}

COIL_DECL value interpreter::make_cancelled_error(value message) {
  value type = value::from_object(runtime::exception_type(runtime::exception_kind::cancelled_error));
  if (message.is_none()) return call(type, std::span<const value>{});
  return call(type, std::span<const value>(&message, 1));
}

COIL_DECL value interpreter::future_outcome(runtime::future_object* f) {
  if (f->state == runtime::future_state::cancelled) {
    if (f->exception.is_object()) return raise_exception(f->exception);  // the task's own CancelledError
    value e = make_cancelled_error(f->cancel_message);
    if (e.is_raised()) return e;
    return raise_exception(e);
  }
  if (f->state == runtime::future_state::pending) return raise_error(&runtime::invalid_state_error_type, "Result is not set.");
  if (!f->exception.is_none()) return raise_exception(f->exception);
  return f->result;
}

COIL_DECL value interpreter::new_host_future(std::uint64_t& call_id) {
  auto* f = new_future(&runtime::future_type);
  call_id = next_host_call_++;
  f->host_call = call_id;
  host_calls_.emplace_back(call_id, value::from_object(f));
  ++host_calls_pending_;
  return value::from_object(f);
}

COIL_DECL void interpreter::settle_host_call(std::uint64_t call_id, value outcome, bool failed) {
  auto found = std::lower_bound(host_calls_.begin(), host_calls_.end(), call_id,
                               [](const std::pair<std::uint64_t, value>& call, std::uint64_t id) { return call.first < id; });
  if (found == host_calls_.end() || found->first != call_id || found->second.is_none()) return;
  auto* f = event_loop_detail::as_future(found->second);
  found->second = value::none();
  --host_calls_pending_;
  while (!host_calls_.empty() && host_calls_.front().second.is_none()) host_calls_.pop_front();
  while (!host_calls_.empty() && host_calls_.back().second.is_none()) host_calls_.pop_back();
  if (failed) set_future_exception(f, outcome);
  else set_future_result(f, outcome);
}

// ---------------------------------------------------------------------------------------------
// Tasks.

COIL_DECL void interpreter::step_task(value task_value, value exception) {
  using namespace event_loop_detail;
  auto* task = as_future(task_value);
  if (task->done()) return;
  auto root = this->root(task_value);
  if (task->must_cancel) {
    task->must_cancel = false;
    exception = make_cancelled_error(task->cancel_message);
    if (exception.is_raised()) exception = take_pending_exception();
  }
  task->waiting_on = value::none();
  auto exception_root = this->root(exception);
  loop_.current_task = task_value;
  // The exception being handled belongs to the task (CPython keeps it per coroutine): a task
  // suspended inside an `except` block must not lend it to the tasks that run meanwhile.
  const value outer_handled = handled_;
  auto outer_handled_root = this->root(outer_handled);
  handled_ = task->handled_exception;
  bool yielded = false;
  value r;
  if (is_native_coroutine(task->coroutine)) {
    r = step_native_coroutine(task->coroutine, exception, yielded);
  } else {
    auto* coro = static_cast<runtime::generator_object*>(task->coroutine.as_object());
    if (coro->state == runtime::generator_state::finished && exception.is_none()) {
      r = raise_error(runtime::exception_type(runtime::exception_kind::runtime_error), "cannot reuse already awaited coroutine");
    } else {
      preemptible_entry_ = coro->frame;
      r = resume_generator(coro, exception, !exception.is_none(), yielded);
      preemptible_entry_ = nullptr;
      if (preempted_top_ != nullptr) {
        // Stopped mid-step to give the executor a turn: resume_preempted() finishes the step.
        preempted_task_ = task_value;
        preempted_outer_handled_ = outer_handled;
        return;
      }
    }
  }
  finish_task_step(task_value, r, yielded, outer_handled);
}

// The caller keeps the task rooted (step_task, resume_preempted).
COIL_DECL void interpreter::finish_task_step(value task_value, value r, bool yielded, value outer_handled) {
  using namespace event_loop_detail;
  auto* task = as_future(task_value);
  task->handled_exception = yielded && !r.is_raised() ? handled_ : value::none();
  handled_ = outer_handled;
  loop_.current_task = value::none();
  if (terminated_ != termination::none) return;
  if (r.is_raised()) {
    value e = take_pending_exception();
    if (runtime::is_subtype(type_of(e), runtime::exception_type(runtime::exception_kind::cancelled_error))) {
      // The task let its cancellation through: it is cancelled, and awaiting it raises this
      // same exception.
      task->state = runtime::future_state::cancelled;
      task->exception = e;
      schedule_callbacks(loop_, task);
    } else {
      set_future_exception(task, e);
    }
    return;
  }
  if (!yielded) {
    if (task->must_cancel) {
      task->must_cancel = false;
      task->state = runtime::future_state::cancelled;
      schedule_callbacks(loop_, task);
    } else {
      set_future_result(task, r);
    }
    return;
  }
  if (is_future(r) && !as_future(r)->done()) {
    if (r.as_object() == task) {
      value e = make_runtime_error_instance("Task cannot await on itself");
      loop_.call_soon({event_loop::handle::kind::step_task, runtime::callback_kind::wake_task, task_value, e});
      return;
    }
    add_done_callback(as_future(r), runtime::callback_kind::wake_task, task_value);
    task->waiting_on = r;
    if (task->must_cancel && cancel_future(r, task->cancel_message)) task->must_cancel = false;
    return;
  }
  if (r.is_none() || is_future(r)) {
    // A bare yield (asyncio.sleep(0)) gives way for one loop iteration.
    loop_.call_soon({event_loop::handle::kind::step_task, runtime::callback_kind::wake_task, task_value, value::none()});
    return;
  }
  value text = repr(r);
  std::string shown = text.is_raised() ? std::string("?") : std::string(static_cast<runtime::str_object*>(text.as_object())->view());
  if (text.is_raised()) take_pending_exception();
  value e = make_runtime_error_instance("Task got bad yield: " + shown);
  loop_.call_soon({event_loop::handle::kind::step_task, runtime::callback_kind::wake_task, task_value, e});
}

COIL_DECL value interpreter::make_runtime_error_instance(std::string_view message) {
  value text = make_str(message);
  auto root = this->root(text);
  value e = call(value::from_object(runtime::exception_type(runtime::exception_kind::runtime_error)), std::span<const value>(&text, 1));
  if (e.is_raised()) return take_pending_exception();
  return e;
}

// ---------------------------------------------------------------------------------------------
// gather: an outer future that collects its children's outcomes in argument order.

COIL_DECL value interpreter::gather(std::span<const value> awaitables, bool return_exceptions) {
  using namespace event_loop_detail;
  auto* outer = new_future(&runtime::gathering_future_type);
  value outer_value = value::from_object(outer);
  auto root = this->root(outer_value);
  outer->return_exceptions = return_exceptions;
  if (awaitables.empty()) {
    set_future_result(outer, value::from_object(new_list()));
    return outer_value;
  }
  std::unordered_map<std::uint64_t, std::size_t> first_index;  // the same awaitable given twice is one child (CPython's arg_to_fut)
  for (std::size_t i = 0; i < awaitables.size(); ++i) {
    value a = awaitables[i];
    auto [seen, inserted] = first_index.emplace(a.raw_bits(), i);
    if (!inserted) {
      outer->children.push_back(outer->children[seen->second]);
      continue;
    }
    value child;
    if (is_future(a)) {
      child = a;
    } else if (is_coroutine(a) || is_native_coroutine(a)) {
      // asyncio.sleep(...) is a coroutine in CPython: it becomes a task of its own too.
      if (is_coroutine(a)) {
        auto* g = static_cast<runtime::generator_object*>(a.as_object());
        if (g->awaited || g->state != runtime::generator_state::created)
          return raise_error(runtime::exception_type(runtime::exception_kind::runtime_error), "cannot reuse already awaited coroutine");
      } else if (static_cast<runtime::native_coroutine_object*>(a.as_object())->awaited) {
        return raise_error(runtime::exception_type(runtime::exception_kind::runtime_error), "cannot reuse already awaited coroutine");
      }
      child = new_task(a, value::none());
    } else {
      return raise_type_error("An asyncio.Future, a coroutine or an awaitable is required");
    }
    outer->children.push_back(child);
    ++outer->distinct_children;
    add_done_callback(as_future(child), runtime::callback_kind::gather_child, outer_value);
  }
  return outer_value;
}

COIL_DECL void interpreter::gather_child_done(value outer_value, value child_value) {
  using namespace event_loop_detail;
  auto* outer = as_future(outer_value);
  auto* child = as_future(child_value);
  ++outer->finished_children;
  if (outer->done()) return;
  if (!outer->return_exceptions) {
    if (child->state == runtime::future_state::cancelled) {
      value e = make_cancelled_error(child->cancel_message);
      if (e.is_raised()) e = take_pending_exception();
      set_future_exception(outer, e);
      return;
    }
    if (!child->exception.is_none()) {
      set_future_exception(outer, child->exception);
      return;
    }
  }
  if (outer->finished_children < outer->distinct_children) return;
  auto* results = new_list();
  value results_value = value::from_object(results);
  auto root = this->root(results_value);
  for (value c : outer->children) {
    auto* f = as_future(c);
    value item;
    if (f->state == runtime::future_state::cancelled) {
      item = make_cancelled_error(f->cancel_message);
      if (item.is_raised()) item = take_pending_exception();
    } else if (!f->exception.is_none()) {
      item = f->exception;
    } else {
      item = f->result;
    }
    results->items.push_back(item);
  }
  if (outer->cancel_requested) {
    value e = make_cancelled_error(value::none());
    if (e.is_raised()) e = take_pending_exception();
    set_future_exception(outer, e);
    return;
  }
  set_future_result(outer, results_value);
}

COIL_DECL value interpreter::step_native_coroutine(value coroutine, value exception, bool& yielded) {
  auto* c = static_cast<runtime::native_coroutine_object*>(coroutine.as_object());
  yielded = false;
  if (c->stage == runtime::native_coroutine_object::finished) {
    if (!exception.is_none()) return raise_exception(exception);
    return raise_error(runtime::exception_type(runtime::exception_kind::runtime_error), runtime::awaitable_reuse_message(c->type));
  }
  auto root = this->root(coroutine);
  value r = c->step(*this, *c, exception, yielded);
  if (!yielded || r.is_raised()) {
    yielded = false;
    c->stage = runtime::native_coroutine_object::finished;
  }
  return r;
}

COIL_DECL value interpreter::step_awaitable(value awaitable, value exception, bool& yielded) {
  using namespace event_loop_detail;
  yielded = false;
  if (is_native_coroutine(awaitable)) {
    // Native coroutines delegating to native coroutines recurse on the C++ stack: bounded.
    if (awaitable_depth_ >= COIL_MAX_NATIVE_REENTRY_DEPTH)
      return raise_error(runtime::exception_type(runtime::exception_kind::recursion_error), "maximum recursion depth exceeded");
    ++awaitable_depth_;
    value r = step_native_coroutine(awaitable, exception, yielded);
    --awaitable_depth_;
    return r;
  }
  if (is_future(awaitable)) {
    if (!exception.is_none()) return raise_exception(exception);
    auto* f = as_future(awaitable);
    if (!f->done()) {
      yielded = true;
      return awaitable;
    }
    return future_outcome(f);
  }
  auto* type = type_of(awaitable);
  if (type == &runtime::coroutine_type || type == &runtime::generator_type) {
    auto root = this->root(awaitable);
    auto* g = static_cast<runtime::generator_object*>(awaitable.as_object());
    return resume_generator(g, exception, !exception.is_none(), yielded);
  }
  return raise_type_error("object " + std::string(type->name) + " can't be used in 'await' expression");
}

// ---------------------------------------------------------------------------------------------
// Running the loop.

COIL_DECL void interpreter::run_handle(const event_loop::handle& h) {
  using kind = event_loop::handle::kind;
  switch (h.what) {
    case kind::step_task: step_task(h.a, h.b); return;
    case kind::set_result_unless_done: {
      auto* f = event_loop_detail::as_future(h.a);
      if (!f->done()) set_future_result(f, h.b);
      return;
    }
    case kind::done_callback:
      switch (h.callback) {
        case runtime::callback_kind::wake_task: step_task(h.a, value::none()); return;
        case runtime::callback_kind::gather_child: gather_child_done(h.a, h.b); return;
        case runtime::callback_kind::native:
          h.function(*this, h.a, h.b);
          if (has_pending_exception() && terminated_ == termination::none) take_pending_exception();  // they report nothing
          return;
        case runtime::callback_kind::call_python: {
          value r = call(h.a, std::span<const value>(&h.b, 1));
          // CPython logs an exception from a done callback and goes on; so does coil, on stderr.
          if (r.is_raised() && terminated_ == termination::none) {
            value e = take_pending_exception();
            value text = repr(e);
            if (!text.is_raised())
              write_output(true, "Exception in callback: " + std::string(static_cast<runtime::str_object*>(text.as_object())->view()) + "\n");
            else
              take_pending_exception();
          }
          return;
        }
      }
      return;
  }
}

COIL_DECL value interpreter::make_module_coroutine(frame*& module_frame) {
  const code_object* code = program_.module;
  auto* g = heap_.make<runtime::generator_object>(&runtime::coroutine_type, &heap_);
  value result = value::from_object(g);
  g->name = make_str("<module>");
  g->qualname = g->name;
  g->frame_bytes = sizeof(frame) + code->register_count * sizeof(value);
  void* memory = heap_.allocate(g->frame_bytes, alignof(frame));
  frame* f = ::new (memory) frame();
  f->code = code;
  f->register_count = code->register_count;
  f->generator = g;
  for (std::uint16_t i = 0; i < code->register_count; ++i) f->registers()[i] = value::unbound();
  g->frame = f;
  module_frame = f;
  return result;
}

COIL_DECL value interpreter::begin_asyncio_run(value coroutine) {
  if (loop_.running)
    return raise_error(runtime::exception_type(runtime::exception_kind::runtime_error), "asyncio.run() cannot be called from a running event loop");
  // Only coroutines: the awaitables of async generators are refused, as CPython does.
  if (!event_loop_detail::is_coroutine(coroutine) && !(coroutine.is_object() && coroutine.as_object()->type == &runtime::native_coroutine_type)) {
    value text = repr(coroutine);
    if (text.is_raised()) return text;
    return raise_value_error("a coroutine was expected, got " + std::string(static_cast<runtime::str_object*>(text.as_object())->view()));
  }
  if (native_depth_ != 0 || root_entry_ == nullptr)
    return raise_error(runtime::exception_type(runtime::exception_kind::runtime_error),
                       "coil runs asyncio.run() only when the script calls it directly, not through a builtin");
  loop_.running = true;
  loop_.main_task = new_task(coroutine, value::none());
  suspend_requested_ = true;
  return value::raised();
}

COIL_DECL bool interpreter::advance(value& result) {
  if (!started_) {
    started_ = true;
    if (has(program_.module->flags, code_flags::coroutine)) {
      frame* module_frame = nullptr;
      value coroutine = make_module_coroutine(module_frame);
      loop_.running = true;
      loop_.main_task = new_task(coroutine, value::none());
    } else {
      frame* f = push_frame(program_.module, nullptr);
      f->returns_to_native = true;
      root_entry_ = f;
      preempt_armed_ = true;
      value r = execute_root(f, false, nullptr);
      if (preempted_top_ != nullptr) return false;
      if (root_top_ == nullptr) {
        result = r;
        return true;
      }
    }
  }
  // The slice starts at the first limits check of this turn (reading the clock here would cost as
  // much as a host call's round trip).
  preempt_armed_ = true;
  preempt_at_.reset();
  return run_loop(result);
}

COIL_DECL bool interpreter::run_loop(value& result) {
  using namespace event_loop_detail;
  // The clock is read only when timers or the slice need it: a host call awaited in a loop comes
  // back here once per call, and a clock read costs as much as the rest of that round trip. So
  // the slice is timed from the end of its first iteration (an iteration is never cut anyway).
  std::optional<clock::time_point> slice_start;
  // Back from waiting for the next timer: release what CPython's wait would have covered.
  std::optional<clock::time_point> release_until;
  if (loop_.idle_since && loop_.idle_deadline) {
    const auto now = clock::now();
    if (now >= *loop_.idle_deadline)
      release_until = std::max(now, loop_.idle_since.value() + std::chrono::ceil<std::chrono::milliseconds>(
                                                                 *loop_.idle_deadline - *loop_.idle_since));
  }
  loop_.idle_since.reset();
  loop_.idle_deadline.reset();
  // Back from a preemption: finish the interrupted step, then the rest of its iteration.
  std::size_t resumed_iteration = 0;
  bool resuming = false;
  if (preempted_top_ != nullptr) {
    bool root_finished = false;
    if (!resume_preempted(result, root_finished)) return false;
    if (root_finished) return true;
    resumed_iteration = iteration_left_;
    resuming = true;
  }
  for (;;) {
    if (terminated_ != termination::none) {
      result = value::raised();
      return true;
    }
    if (!resuming) {
      if (!loop_.timers.empty()) {
        const auto now = clock::now();
        loop_.release_due_timers(release_until ? std::max(*release_until, now) : now);
      }
      release_until.reset();  // only the first iteration after the wait
    }
    if (loop_.ready.empty() && !resuming) {
      if (shutting_down_ || as_future(loop_.main_task)->done()) {
        if (!shutting_down_) {
          // asyncio.run's epilogue: cancel what is still running and let it finish.
          shutting_down_ = true;
          for (value t : loop_.tasks)
            if (!as_future(t)->done()) cancel_future(t, value::none());
          continue;
        }
        bool all_done = true;
        for (value t : loop_.tasks) all_done = all_done && as_future(t)->done();
        if (all_done && !closing_async_generators_) {
          // Then, as loop.shutdown_asyncgens(): aclose() every async generator left suspended,
          // gathered, errors ignored (CPython logs them).
          closing_async_generators_ = true;
          if (close_async_generators()) continue;
        }
        if (all_done) {
          if (finish_main_task(result)) return true;
          if (preempted_top_ != nullptr) return false;
          continue;
        }
      }
      if (loop_.timers.empty() && host_calls_pending_ == 0) {
        // Nothing can ever wake a task again: CPython would hang here; a sandbox ends the run.
        result = raise_error(runtime::exception_type(runtime::exception_kind::runtime_error),
                             "coil: every task is waiting and nothing is left that could wake one (the script would hang)");
        return true;
      }
      loop_.idle_deadline = loop_.next_timer();
      if (loop_.idle_deadline) loop_.idle_since = clock::now();  // only a timer's release needs it
      return false;
    }
    for (std::size_t todo = resuming ? resumed_iteration : loop_.ready.size(); todo > 0 && !loop_.ready.empty(); --todo) {
      const event_loop::handle h = loop_.ready.front();
      loop_.ready.pop_front();
      if (!loop_.take(h)) continue;
      run_handle(h);
      if (terminated_ != termination::none) break;
      if (preempted_top_ != nullptr) {
        iteration_left_ = todo - 1;
        return false;
      }
      if (!check_limits()) break;
    }
    resuming = false;
    // CPython polls for I/O on every iteration, even with callbacks ready: give the driver the
    // same chance to deliver host results (a task spinning on sleep(0) while it waits for one
    // must see it), and other runs on the executor a turn after a slice of work.
    if (!loop_.ready.empty() && terminated_ == termination::none) {
      if (host_calls_pending_ != 0) return false;
      const auto now = clock::now();
      if (!slice_start) slice_start = now;
      else if (now - *slice_start >= std::chrono::milliseconds(COIL_RUN_SLICE_MS)) return false;
    }
  }
}

COIL_DECL bool interpreter::close_async_generators() {
  std::vector<value> closers;
  for (value g : async_generators_) {
    if (static_cast<runtime::generator_object*>(g.as_object())->state == runtime::generator_state::finished) continue;
    value c = runtime::async_generator_detail::new_operation(*this, g, runtime::async_generator_detail::operation::close,
                                                             value::none(), value::unbound());
    closers.push_back(c);
    native_roots_.push_back(c);
  }
  async_generators_.clear();
  if (closers.empty()) return false;
  value outer = gather(closers, true);
  native_roots_.resize(native_roots_.size() - closers.size());
  if (outer.is_raised()) {
    take_pending_exception();
    return false;
  }
  return true;
}

COIL_DECL bool interpreter::finish_main_task(value& result) {
  using namespace event_loop_detail;
  value main = loop_.main_task;
  auto root = this->root(main);
  loop_.running = false;
  loop_.main_task = value::none();
  loop_.tasks.clear();
  loop_.clear_handles();
  shutting_down_ = false;
  closing_async_generators_ = false;
  async_generators_.clear();
  value outcome = future_outcome(as_future(main));
  if (root_top_ == nullptr) {
    result = outcome;
    return true;
  }
  // The script's frames waiting in asyncio.run() go on with its outcome.
  frame* top = root_top_;
  root_top_ = nullptr;
  value r;
  if (outcome.is_raised()) {
    r = execute_root(root_entry_, true, top);
  } else {
    top->registers()[root_result_register_] = outcome;
    r = execute_root(root_entry_, false, top);
  }
  if (root_top_ != nullptr || preempted_top_ != nullptr) return false;  // another asyncio.run(), or preempted
  result = r;
  return true;
}

COIL_DECL value interpreter::execute_root(frame* entry, bool raise_first, frame* start) {
  preemptible_entry_ = entry;
  value r = execute(entry, raise_first, start);
  preemptible_entry_ = nullptr;
  return r;
}

COIL_DECL bool interpreter::resume_preempted(value& result, bool& root_finished) {
  using namespace event_loop_detail;
  root_finished = false;
  frame* top = preempted_top_;
  frame* entry = preempted_entry_;
  preempted_top_ = nullptr;
  preempted_entry_ = nullptr;
  if (preempted_task_.is_none()) {
    value r = execute_root(entry, false, top);
    if (preempted_top_ != nullptr || root_top_ != nullptr) return false;
    result = r;
    root_finished = true;
    return true;
  }
  value task = preempted_task_;
  value outer_handled = preempted_outer_handled_;
  auto task_root = this->root(task);
  auto handled_root = this->root(outer_handled);
  preempted_task_ = value::none();
  preempted_outer_handled_ = value::none();
  loop_.current_task = task;
  preemptible_entry_ = entry;
  ++native_depth_;
  value r = execute(entry, false, top);
  --native_depth_;
  preemptible_entry_ = nullptr;
  if (preempted_top_ != nullptr) {
    preempted_task_ = task;
    preempted_outer_handled_ = outer_handled;
    return false;
  }
  const bool yielded = !r.is_raised() && last_yielded_;
  finish_task_step(task, r, yielded, outer_handled);
  return true;
}

}  // namespace coil::vm
