// asyncio.Condition and asyncio.Barrier with CPython 3.12's behaviour step for step: the same
// futures, in the same FIFOs, set at the same moments, so tasks wake in CPython's order.
//
// Their coroutines are native coroutines (runtime/future_object.hpp) that delegate to others the
// way CPython's `await` does: Condition.wait re-acquires its lock through a Lock.acquire
// coroutine, Condition.wait_for loops over Condition.wait, and Barrier.wait is `async with cond`
// around the condition's waits. A delegating step steps its inner coroutine with
// interpreter::step_native_coroutine and yields whatever that yields; the nesting is at most
// three deep (Barrier.wait -> Condition.wait -> Lock.acquire), so the C++ recursion is bounded.
#pragma once

#include <coil/runtime/asyncio_objects.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/future_object.hpp>
#include <coil/runtime/impl/asyncio_method_arguments.ipp>
#include <coil/runtime/impl/asyncio_sync_types.ipp>
#include <coil/runtime/impl/callable_types.ipp>
#include <coil/runtime/impl/future_type.ipp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <string>

namespace coil::runtime {
namespace asyncio_condition_detail {

using coroutine = native_coroutine_object;
namespace arguments = asyncio_arguments;
namespace sync = asyncio_sync_detail;

inline condition_object* as_condition(value v) { return static_cast<condition_object*>(v.as_object()); }
inline barrier_object* as_barrier(value v) { return static_cast<barrier_object*>(v.as_object()); }
inline bool lock_held(condition_object* c) { return sync::as_primitive(c->lock)->count != 0; }

// Condition.notify without the lock check: sets False on the first `n` waiters not done yet.
inline void notify_waiters(interpreter& in, condition_object* c, double n) {
  double woken = 0;
  for (value w : c->waiters) {
    if (woken >= n) break;
    auto* fut = sync::as_future(w);
    if (fut->done()) continue;
    ++woken;
    in.set_future_result(fut, value::from_bool(false));
  }
}
inline void notify_all(interpreter& in, condition_object* c) { notify_waiters(in, c, static_cast<double>(c->waiters.size())); }

inline value new_lock_acquire(interpreter& in, value lock) {
  return new_native_coroutine(in, sync::lock_acquire_step, "Lock.acquire", lock, value::from_bool(true));
}

// Steps the inner coroutine `self.waiting_on`: returns its result, or raised, or (yielded) what
// the task must wait for.
inline value step_inner(interpreter& in, coroutine& self, value exception, bool& yielded) {
  value r = in.step_native_coroutine(self.waiting_on, exception, yielded);
  return r;
}

// Condition.wait. Stage 1: waiting for `waiting_on`, the notify future. Stage 2: re-acquiring
// the lock through `waiting_on`, a Lock.acquire coroutine, retried while it is cancelled
// (`extra` True once it was); `argument` is the exception the wait ended with (None: notified).
inline value condition_wait_step(interpreter& in, coroutine& self, value exception, bool& yielded) {
  auto* c = as_condition(self.owner);
  if (self.stage == 0) {
    if (!exception.is_none()) return in.raise_exception(exception);
    if (!lock_held(c)) return in.raise_error(exception_type(exception_kind::runtime_error), "cannot wait on un-acquired lock");
    sync::lock_release(in, c->lock);
    self.waiting_on = sync::new_waiter(in);
    c->waiters.push_back(self.waiting_on);
    self.stage = 1;
    yielded = true;
    return self.waiting_on;
  }
  if (self.stage == 1) {
    value error = sync::settle_wait(in, self, &c->waiters, exception, yielded);
    if (yielded) return error;
    self.argument = error;
    self.extra = value::from_bool(false);
    self.waiting_on = new_lock_acquire(in, c->lock);
    self.stage = 2;
    exception = value::none();
  }
  // `finally: while True: try: await self.acquire(); break / except CancelledError: cancelled = True`
  for (;;) {
    value r = step_inner(in, self, exception, yielded);
    if (yielded) return r;
    if (!r.is_raised()) break;
    value e = in.take_pending_exception();
    if (!sync::is_cancelled_error(in, e)) return in.raise_exception(e);
    self.extra = value::from_bool(true);
    self.waiting_on = new_lock_acquire(in, c->lock);
    exception = value::none();
  }
  if (self.extra.is_true()) {
    value e = in.make_cancelled_error(value::none());
    if (e.is_raised()) return e;
    return in.raise_exception(e);
  }
  if (!self.argument.is_none()) return in.raise_exception(self.argument);
  return value::from_bool(true);
}

inline value new_condition_wait(interpreter& in, value condition) {
  return new_native_coroutine(in, condition_wait_step, "Condition.wait", condition);
}

// Condition.wait_for(predicate): `argument` the predicate, `waiting_on` the current wait().
inline value condition_wait_for_step(interpreter& in, coroutine& self, value exception, bool& yielded) {
  if (self.stage == 0) {
    if (!exception.is_none()) return in.raise_exception(exception);
  } else {
    value r = step_inner(in, self, exception, yielded);
    if (yielded || r.is_raised()) return r;
  }
  for (;;) {
    value result = in.call(self.argument, std::span<const value>{});
    if (result.is_raised()) return result;
    auto root = in.root(result);
    auto truth = in.truthy(result);
    if (!truth) return value::raised();
    if (*truth) return result;
    self.waiting_on = new_condition_wait(in, self.owner);
    self.stage = 1;
    value r = step_inner(in, self, value::none(), yielded);
    if (yielded || r.is_raised()) return r;
  }
}

inline value construct_condition(interpreter& in, type_object* type, const call_arguments& args) {
  value bound[1];
  if (!arguments::bind(in, args, "Condition.__init__", arguments::self_kind::constructor, {{"lock", false}}, bound)) return value::raised();
  value lock = bound[0];
  if (lock.is_unbound() || lock.is_none()) {
    lock = value::from_object(in.heap().make<sync_primitive_object>(&lock_type, &in.heap()));
  } else if (in.type_of(lock) != &lock_type) {
    auto* lock_type_of = in.type_of(lock);
    if (lock_type_of == &semaphore_type || lock_type_of == &bounded_semaphore_type || lock_type_of == type)
      return in.raise_error(exception_type(exception_kind::not_implemented_error), "coil: asyncio.Condition takes an asyncio.Lock");
    return in.raise_error(exception_type(exception_kind::attribute_error), "'" + std::string(lock_type_of->name) + "' object has no attribute 'locked'");
  }
  auto root = in.root(lock);
  auto* c = in.heap().make<condition_object>(type, &in.heap());
  c->lock = lock;
  return value::from_object(c);
}

inline value condition_locked(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Lock.locked")) return value::raised();
  return value::from_bool(lock_held(as_condition(args.positional[0])));
}
inline value condition_acquire(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Lock.acquire")) return value::raised();
  return new_lock_acquire(in, as_condition(args.positional[0])->lock);
}
inline value condition_release(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Lock.release")) return value::raised();
  return sync::lock_release(in, as_condition(args.positional[0])->lock);
}
inline value condition_aenter(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "_ContextManagerMixin.__aenter__")) return value::raised();
  return new_native_coroutine(in, sync::lock_acquire_step, "_ContextManagerMixin.__aenter__", as_condition(args.positional[0])->lock, value::none());
}
inline value condition_aexit(interpreter& in, const call_arguments& args) {
  value bound[3];
  if (!arguments::bind(in, args, "_ContextManagerMixin.__aexit__", arguments::self_kind::method, {{"exc_type", true}, {"exc", true}, {"tb", true}}, bound))
    return value::raised();
  return new_native_coroutine(in, sync::release_on_exit_step, "_ContextManagerMixin.__aexit__", as_condition(args.positional[0])->lock);
}
inline value condition_wait(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Condition.wait")) return value::raised();
  return new_condition_wait(in, args.positional[0]);
}
inline value condition_wait_for(interpreter& in, const call_arguments& args) {
  value bound[1];
  if (!arguments::bind(in, args, "Condition.wait_for", arguments::self_kind::method, {{"predicate", true}}, bound)) return value::raised();
  return new_native_coroutine(in, condition_wait_for_step, "Condition.wait_for", args.positional[0], bound[0]);
}
inline value condition_notify(interpreter& in, const call_arguments& args) {
  value bound[1];
  if (!arguments::bind(in, args, "Condition.notify", arguments::self_kind::method, {{"n", false}}, bound)) return value::raised();
  auto* c = as_condition(args.positional[0]);
  if (!lock_held(c)) return in.raise_error(exception_type(exception_kind::runtime_error), "cannot notify on un-acquired lock");
  double n = 1;
  value given = bound[0];
  if (given.is_unbound()) n = 1;
  else if (given.is_small_int()) n = static_cast<double>(given.as_small_int());
  else if (given.is_double()) n = given.as_double();
  else if (given.is_bool()) n = given.is_true() ? 1 : 0;
  else if (in.type_of(given) == &int_type) n = 1e300;  // a big int: everyone (or, negative, nobody: see below)
  else if (!c->waiters.empty())
    return in.raise_type_error("'>=' not supported between instances of 'int' and '" + std::string(in.type_of(given)->name) + "'");
  if (in.type_of(given) == &int_type && !given.is_small_int()) {
    value negative = in.compare(compare_operator::less, given, value::from_small_int(0));
    if (negative.is_raised()) return negative;
    if (negative.is_true()) n = -1;
  }
  notify_waiters(in, c, n);
  return value::none();
}
inline value condition_notify_all(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Condition.notify_all")) return value::raised();
  auto* c = as_condition(args.positional[0]);
  if (!lock_held(c)) return in.raise_error(exception_type(exception_kind::runtime_error), "cannot notify on un-acquired lock");
  notify_all(in, c);
  return value::none();
}
inline value condition_repr(interpreter& in, value self) {
  auto* c = as_condition(self);
  return in.make_str("<asyncio.locks.Condition object at " + callable_detail::address_of(self) + " [" + (lock_held(c) ? "locked" : "unlocked") +
                     sync::waiters_suffix(c->waiters.size()) + "]>");
}

// ---------------------------------------------------------------------------------------------
// Barrier

inline condition_object* condition_of(barrier_object* b) { return as_condition(b->condition); }

inline value broken_barrier(interpreter& in, std::string_view message) {
  in.raise_error(&broken_barrier_error_type, message);
  return in.take_pending_exception();
}

// Leaving `async with self._cond`: releases the lock, then the block's outcome (`error`, or
// `result` when error is None) goes on, unless the release itself failed.
inline value leave_condition(interpreter& in, barrier_object* b, value result, value error) {
  if (sync::lock_release(in, condition_of(b)->lock).is_raised()) return value::raised();
  if (!error.is_none()) return in.raise_exception(error);
  return result;
}

// Barrier._exit, in wait()'s `finally`.
inline void barrier_exit(interpreter& in, barrier_object* b) {
  if (b->count != 0) return;
  if (b->state == barrier_state::resetting || b->state == barrier_state::draining) b->state = barrier_state::filling;
  notify_all(in, condition_of(b));
}

// wait()'s `finally: self._count -= 1; self._exit()` and the end of its `async with`.
inline value barrier_finish(interpreter& in, coroutine& self, value error) {
  auto* b = as_barrier(self.owner);
  --b->count;
  barrier_exit(in, b);
  return leave_condition(in, b, self.argument, error);
}

// Barrier.wait (and __aenter__). `waiting_on` the inner coroutine: the lock's acquire (stage 1),
// the condition's wait inside _block (stage 3) or inside _wait (stage 5); `argument` the index.
// Stages 2 and 4 are the loops of _block's and _wait's wait_for, whose predicates look at the
// state only (no Python code runs).
inline value barrier_wait_step(interpreter& in, coroutine& self, value exception, bool& yielded) {
  auto* b = as_barrier(self.owner);
  if (self.stage == 0) {
    if (!exception.is_none()) return in.raise_exception(exception);
    self.waiting_on = new_lock_acquire(in, condition_of(b)->lock);
    self.stage = 1;
  }
  for (;;) {
    switch (self.stage) {
      case 1: {
        value r = step_inner(in, self, exception, yielded);
        exception = value::none();
        if (yielded || r.is_raised()) return r;
        self.stage = 2;
        break;
      }
      case 2:  // _block
        if (b->state == barrier_state::draining || b->state == barrier_state::resetting) {
          self.waiting_on = new_condition_wait(in, b->condition);
          self.stage = 3;
          break;
        }
        if (b->state == barrier_state::broken) return leave_condition(in, b, value::none(), broken_barrier(in, "Barrier aborted"));
        self.argument = in.make_int(b->count);
        ++b->count;
        if (static_cast<double>(b->count) == b->parties_number) {  // _release
          b->state = barrier_state::draining;
          notify_all(in, condition_of(b));
          return barrier_finish(in, self, value::none());
        }
        self.stage = 4;
        break;
      case 3: {
        value r = step_inner(in, self, exception, yielded);
        exception = value::none();
        if (yielded) return r;
        if (r.is_raised()) return leave_condition(in, b, value::none(), in.take_pending_exception());
        self.stage = 2;
        break;
      }
      case 4:  // _wait
        if (b->state == barrier_state::filling) {
          self.waiting_on = new_condition_wait(in, b->condition);
          self.stage = 5;
          break;
        }
        if (b->state == barrier_state::broken || b->state == barrier_state::resetting)
          return barrier_finish(in, self, broken_barrier(in, "Abort or reset of barrier"));
        return barrier_finish(in, self, value::none());
      default: {
        value r = step_inner(in, self, exception, yielded);
        exception = value::none();
        if (yielded) return r;
        if (r.is_raised()) return barrier_finish(in, self, in.take_pending_exception());
        self.stage = 4;
        break;
      }
    }
  }
}

// Barrier.reset and Barrier.abort: `async with self._cond:` around a state change; `argument`
// True for abort.
inline value barrier_change_step(interpreter& in, coroutine& self, value exception, bool& yielded) {
  auto* b = as_barrier(self.owner);
  if (self.stage == 0) {
    if (!exception.is_none()) return in.raise_exception(exception);
    self.waiting_on = new_lock_acquire(in, condition_of(b)->lock);
    self.stage = 1;
    exception = value::none();
  }
  value r = step_inner(in, self, exception, yielded);
  if (yielded || r.is_raised()) return r;
  if (self.argument.is_true()) {
    b->state = barrier_state::broken;
  } else if (b->count > 0) {
    b->state = barrier_state::resetting;
  } else {
    b->state = barrier_state::filling;
  }
  notify_all(in, condition_of(b));
  return leave_condition(in, b, value::none(), value::none());
}

inline value nothing_step(interpreter& in, coroutine&, value exception, bool&) {
  if (!exception.is_none()) return in.raise_exception(exception);
  return value::none();
}

inline value construct_barrier(interpreter& in, type_object* type, const call_arguments& args) {
  value bound[1];
  if (!arguments::bind(in, args, "Barrier.__init__", arguments::self_kind::constructor, {{"parties", true}}, bound)) return value::raised();
  value parties = bound[0];
  double number = 0;
  if (parties.is_small_int()) number = static_cast<double>(parties.as_small_int());
  else if (parties.is_double()) number = parties.as_double();
  else if (parties.is_bool()) number = parties.is_true() ? 1 : 0;
  else if (in.type_of(parties) == &int_type) number = 1e300;  // a big int: never filled (negative ones are refused below)
  else return in.raise_type_error("'<' not supported between instances of '" + std::string(in.type_of(parties)->name) + "' and 'int'");
  if (in.type_of(parties) == &int_type && !parties.is_small_int()) {
    value negative = in.compare(compare_operator::less, parties, value::from_small_int(0));
    if (negative.is_raised()) return negative;
    if (negative.is_true()) number = -1;
  }
  if (number < 1) return in.raise_value_error("parties must be > 0");
  auto root = in.root(parties);
  auto* lock = in.heap().make<sync_primitive_object>(&lock_type, &in.heap());
  value lock_value = value::from_object(lock);
  auto lock_root = in.root(lock_value);
  auto* c = in.heap().make<condition_object>(&condition_type, &in.heap());
  c->lock = lock_value;
  value condition = value::from_object(c);
  auto condition_root = in.root(condition);
  auto* b = in.heap().make<barrier_object>(type);
  b->condition = condition;
  b->parties = parties;
  b->parties_number = number;
  return value::from_object(b);
}

inline value barrier_wait(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Barrier.wait")) return value::raised();
  return new_native_coroutine(in, barrier_wait_step, "Barrier.wait", args.positional[0]);
}
inline value barrier_aenter(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Barrier.__aenter__")) return value::raised();
  return new_native_coroutine(in, barrier_wait_step, "Barrier.__aenter__", args.positional[0]);
}
inline value barrier_aexit(interpreter& in, const call_arguments& args) {
  return new_native_coroutine(in, nothing_step, "Barrier.__aexit__", args.positional[0]);
}
inline value barrier_reset(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Barrier.reset")) return value::raised();
  return new_native_coroutine(in, barrier_change_step, "Barrier.reset", args.positional[0], value::from_bool(false));
}
inline value barrier_abort(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Barrier.abort")) return value::raised();
  return new_native_coroutine(in, barrier_change_step, "Barrier.abort", args.positional[0], value::from_bool(true));
}

inline std::int64_t n_waiting(barrier_object* b) { return b->state == barrier_state::filling ? b->count : 0; }

inline value barrier_get_attribute(interpreter& in, value self, value name) {
  auto* b = as_barrier(self);
  const auto wanted = static_cast<str_object*>(name.as_object())->view();
  if (wanted == "parties") return b->parties;
  if (wanted == "n_waiting") return in.make_int(n_waiting(b));
  if (wanted == "broken") return value::from_bool(b->state == barrier_state::broken);
  return value::unbound();
}

inline value barrier_repr(interpreter& in, value self) {
  auto* b = as_barrier(self);
  static constexpr const char* names[] = {"filling", "draining", "resetting", "broken"};
  std::string extra = names[static_cast<int>(b->state)];
  if (b->state != barrier_state::broken) {
    value parties = in.repr(b->parties);
    if (parties.is_raised()) return parties;
    extra += ", waiters:" + std::to_string(n_waiting(b)) + "/" + std::string(static_cast<str_object*>(parties.as_object())->view());
  }
  return in.make_str("<asyncio.locks.Barrier object at " + callable_detail::address_of(self) + " [" + extra + "]>");
}

}  // namespace asyncio_condition_detail

inline type_object make_condition_type() {
  type_object t = make_plain_type("Condition", &vm::layout_of<condition_object>, asyncio_condition_detail::condition_repr);
  t.module_name = "asyncio.locks";
  return t;
}
inline std::span<native_function_object* const> condition_methods() {
  using namespace asyncio_condition_detail;
  static const auto methods = make_methods(
      "Condition", {{"locked", condition_locked}, {"acquire", condition_acquire}, {"release", condition_release}, {"wait", condition_wait},
                    {"wait_for", condition_wait_for}, {"notify", condition_notify}, {"notify_all", condition_notify_all},
                    {"__aenter__", condition_aenter}, {"__aexit__", condition_aexit}});
  return methods;
}

inline type_object make_barrier_type() {
  type_object t = make_plain_type("Barrier", &vm::layout_of<barrier_object>, asyncio_condition_detail::barrier_repr);
  t.module_name = "asyncio.locks";
  t.get_attribute = asyncio_condition_detail::barrier_get_attribute;
  return t;
}
inline std::span<native_function_object* const> barrier_methods() {
  using namespace asyncio_condition_detail;
  static const auto methods = make_methods("Barrier", {{"wait", barrier_wait}, {"reset", barrier_reset}, {"abort", barrier_abort},
                                                       {"__aenter__", barrier_aenter}, {"__aexit__", barrier_aexit}});
  return methods;
}

}  // namespace coil::runtime
