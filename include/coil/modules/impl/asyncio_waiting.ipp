// The waiting functions of the asyncio module, as CPython 3.12 writes them: wait_for (a Timeout
// around `await fut`, or cancel-and-wait for a timeout <= 0), wait (a waiter future released by
// the done callbacks or the timeout), shield (an outer future that mirrors the inner one), and
// the entry points of as_completed, timeout and timeout_at, whose objects live in
// runtime/impl/asyncio_as_completed_type.ipp and asyncio_timeout_type.ipp.
#pragma once

#include <coil/modules/module_registry.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/future_object.hpp>
#include <coil/runtime/generator_object.hpp>
#include <coil/runtime/impl/asyncio_as_completed_type.ipp>
#include <coil/runtime/impl/asyncio_method_arguments.ipp>
#include <coil/runtime/impl/asyncio_timeout_type.ipp>
#include <coil/runtime/impl/future_type.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <string>

namespace coil::modules {
namespace asyncio_waiting_detail {

using runtime::future_object;
using runtime::native_coroutine_object;
namespace arguments = runtime::asyncio_arguments;
namespace timeouts = runtime::asyncio_timeout_detail;
using handle = vm::event_loop::handle;

inline future_object* as_future(value v) { return static_cast<future_object*>(v.as_object()); }
inline runtime::type_object* error_type(runtime::exception_kind kind) { return runtime::exception_type(kind); }

// tasks._release_waiter: a done callback (or timer) that lets a waiter future go.
inline void release_waiter(interpreter& in, value waiter, value) {
  if (!as_future(waiter)->done()) in.set_future_result(as_future(waiter), value::none());
}

// What `await x` checks before delegating to x (the dispatch loop's get_awaitable).
inline value check_awaitable(interpreter& in, value awaitable) {
  auto* type = in.type_of(awaitable);
  if (type == &runtime::coroutine_type) {
    auto* g = static_cast<runtime::generator_object*>(awaitable.as_object());
    if (g->state == runtime::generator_state::finished) return in.raise_error(error_type(runtime::exception_kind::runtime_error), "cannot reuse already awaited coroutine");
    if (g->awaited || g->state != runtime::generator_state::created)
      return in.raise_error(error_type(runtime::exception_kind::runtime_error), "coroutine is being awaited already");
    g->awaited = true;
  } else if (runtime::is_native_coroutine_type(type)) {
    auto* c = static_cast<native_coroutine_object*>(awaitable.as_object());
    if (c->stage == native_coroutine_object::finished) return in.raise_error(error_type(runtime::exception_kind::runtime_error), "cannot reuse already awaited coroutine");
    if (c->awaited || c->stage != 0)
      return in.raise_error(error_type(runtime::exception_kind::runtime_error), "coroutine is being awaited already");
    c->awaited = true;
  } else if (!runtime::is_subtype(type, &runtime::future_type)) {
    return in.raise_type_error("object " + std::string(type->name) + " can't be used in 'await' expression");
  }
  return value::none();
}

// `raise TimeoutError from exc` inside the handler of exc.
inline value raise_timeout_from(interpreter& in, value cause) {
  auto root = in.root(cause);
  value e = in.call(value::from_object(error_type(runtime::exception_kind::timeout_error)), std::span<const value>{});
  if (e.is_raised()) return e;
  auto* exception = static_cast<runtime::exception_object*>(e.as_object());
  exception->cause = cause;
  exception->context = cause;
  exception->suppress_context = true;
  return in.raise_exception(e);
}

// ---------------------------------------------------------------------------------------------
// wait_for(fut, timeout)
//
// `argument` the awaitable, `extra` the timeout as given. Stage 1: inside `async with
// timeout(...)` (`owner` the Timeout), awaiting `waiting_on`. Stage 2: the timeout <= 0 path,
// `waiting_on` the future from ensure_future, `owner` the waiter of _cancel_and_wait.
inline value wait_for_step(interpreter& in, native_coroutine_object& self, value exception, bool& yielded) {
  if (self.stage == 0) {
    if (!exception.is_none()) return in.raise_exception(exception);
    const value timeout = self.extra;
    double seconds = 0;
    if (!timeout.is_none() && !timeouts::number_of(timeout, seconds)) return timeouts::unsupported(in, "<=", timeout, "int");
    if (!timeout.is_none() && seconds <= 0) {
      value fut = runtime::ensure_future(in, self.argument);
      if (fut.is_raised()) return fut;
      self.waiting_on = fut;
      if (as_future(fut)->done()) return in.future_outcome(as_future(fut));
      // _cancel_and_wait(fut)
      self.owner = value::from_object(in.new_future(&runtime::future_type));
      in.add_done_callback(as_future(fut), runtime::callback_kind::native, self.owner, release_waiter);
      in.cancel_future(fut, value::none());
      self.stage = 2;
      yielded = true;
      return self.owner;
    }
    value when = timeout.is_none() ? value::none() : in.make_float(vm::event_loop::time_of(vm::clock::now()) + seconds);
    self.owner = timeouts::new_timeout(in, when);
    if (self.owner.is_raised()) return self.owner;
    if (value entered = timeouts::enter(in, self.owner); entered.is_raised()) return entered;
    self.stage = 1;
    if (check_awaitable(in, self.argument).is_raised()) {
      value error = in.take_pending_exception();
      auto root = in.root(error);
      if (timeouts::exit(in, self.owner, error).is_raised()) return value::raised();
      return in.raise_exception(error);
    }
    self.waiting_on = self.argument;
  }
  if (self.stage == 1) {
    value r = in.step_awaitable(self.waiting_on, exception, yielded);
    if (yielded) return r;
    if (r.is_raised()) {
      value error = in.take_pending_exception();
      auto root = in.root(error);
      if (timeouts::exit(in, self.owner, error).is_raised()) return value::raised();
      return in.raise_exception(error);
    }
    auto root = in.root(r);
    if (timeouts::exit(in, self.owner, value::none()).is_raised()) return value::raised();
    return r;
  }
  auto* waiter = as_future(self.owner);
  if (exception.is_none() && !waiter->done()) {
    yielded = true;
    return self.owner;
  }
  in.remove_done_callback(as_future(self.waiting_on), runtime::callback_kind::native, self.owner, release_waiter);
  if (!exception.is_none()) return in.raise_exception(exception);
  if (in.future_outcome(waiter).is_raised()) return value::raised();
  value r = in.future_outcome(as_future(self.waiting_on));
  if (!r.is_raised()) return r;
  if (!runtime::is_subtype(in.type_of(in.pending_exception()), error_type(runtime::exception_kind::cancelled_error))) return r;
  return raise_timeout_from(in, in.take_pending_exception());
}

inline value wait_for(interpreter& in, const call_arguments& args) {
  value bound[2];
  if (!arguments::bind(in, args, "wait_for", arguments::self_kind::none, {{"fut", true}, {"timeout", true}}, bound)) return value::raised();
  value coroutine = runtime::new_native_coroutine(in, wait_for_step, "wait_for", value::none(), bound[0]);
  static_cast<native_coroutine_object*>(coroutine.as_object())->extra = bound[1];
  return coroutine;
}

// ---------------------------------------------------------------------------------------------
// wait(fs, *, timeout=None, return_when=ALL_COMPLETED)
//
// Before the first step: `argument` the iterable, `extra` (timeout, return_when). Then `owner`
// is the list of futures, `argument` the return_when code, `extra` the counter of futures not
// done (as a small int), `waiting_on` the waiter, `timer` the timeout's handle.
enum class return_when : std::int64_t { first_completed, first_exception, all_completed };

inline void wait_on_completion(interpreter& in, value target, value future) {
  auto& self = *static_cast<native_coroutine_object*>(target.as_object());
  const std::int64_t counter = self.extra.as_small_int() - 1;
  self.extra = value::from_small_int(counter);
  const auto when = static_cast<return_when>(self.argument.as_small_int());
  auto* f = as_future(future);
  const bool failed = f->state == runtime::future_state::finished && !f->exception.is_none();
  if (counter <= 0 || when == return_when::first_completed || (when == return_when::first_exception && failed)) {
    in.loop().cancel(self.timer);
    self.timer = 0;
    if (!as_future(self.waiting_on)->done()) in.set_future_result(as_future(self.waiting_on), value::none());
  }
}

inline value wait_step(interpreter& in, native_coroutine_object& self, value exception, bool& yielded) {
  using runtime::str_object;
  if (self.stage == 0) {
    if (!exception.is_none()) return in.raise_exception(exception);
    value given = self.argument;
    auto* settings = static_cast<runtime::tuple_object*>(self.extra.as_object());
    const value timeout = settings->items()[0];
    const value when = settings->items()[1];
    auto* given_type = in.type_of(given);
    if (runtime::is_subtype(given_type, &runtime::future_type) || given_type == &runtime::coroutine_type || given_type == &runtime::native_coroutine_type)
      return in.raise_type_error("expect a list of futures, not " + std::string(given_type->name));
    auto truth = in.truthy(given);
    if (!truth) return value::raised();
    if (!*truth) return in.raise_value_error("Set of Tasks/Futures is empty.");
    return_when code = return_when::all_completed;
    std::string_view name = in.type_of(when) == &runtime::str_type ? static_cast<str_object*>(when.as_object())->view() : std::string_view();
    if (name == "FIRST_COMPLETED") code = return_when::first_completed;
    else if (name == "FIRST_EXCEPTION") code = return_when::first_exception;
    else if (name != "ALL_COMPLETED") {
      value shown = in.str(when);
      if (shown.is_raised()) return shown;
      return in.raise_value_error("Invalid return_when value: " + std::string(static_cast<str_object*>(shown.as_object())->view()));
    }
    value distinct = in.call(value::from_object(&runtime::set_type), std::span<const value>(&given, 1));
    if (distinct.is_raised()) return distinct;
    auto distinct_root = in.root(distinct);
    value items = in.call(value::from_object(&runtime::list_type), std::span<const value>(&distinct, 1));
    if (items.is_raised()) return items;
    auto items_root = in.root(items);
    auto* futures = static_cast<runtime::list_object*>(items.as_object());
    for (value f : futures->items) {
      auto* type = in.type_of(f);
      if (type == &runtime::coroutine_type || type == &runtime::native_coroutine_type)
        return in.raise_type_error("Passing coroutines is forbidden, use tasks explicitly.");
    }
    double seconds = 0;
    if (!timeout.is_none() && !timeouts::number_of(timeout, seconds))
      return in.raise_type_error("unsupported operand type(s) for +: 'float' and '" + std::string(in.type_of(timeout)->name) + "'");
    for (value f : futures->items)
      if (!runtime::is_subtype(in.type_of(f), &runtime::future_type))
        return in.raise_error(error_type(runtime::exception_kind::attribute_error),
                              "'" + std::string(in.type_of(f)->name) + "' object has no attribute 'add_done_callback'");
    // _wait(fs, timeout, return_when, loop)
    self.owner = items;
    self.argument = value::from_small_int(static_cast<std::int64_t>(code));
    self.extra = value::from_small_int(static_cast<std::int64_t>(futures->items.size()));
    self.waiting_on = value::from_object(in.new_future(&runtime::future_type));
    if (!timeout.is_none()) {
      const handle expiry{handle::kind::done_callback, runtime::callback_kind::native, self.waiting_on, value::none(), release_waiter};
      self.timer = in.loop().add_timer(vm::event_loop::deadline_at(vm::event_loop::time_of(vm::clock::now()) + seconds), expiry);
    }
    value me = value::from_object(&self);
    for (value f : futures->items) in.add_done_callback(as_future(f), runtime::callback_kind::native, me, wait_on_completion);
    self.stage = 1;
    yielded = true;
    return self.waiting_on;
  }
  auto* waiter = as_future(self.waiting_on);
  if (exception.is_none() && !waiter->done()) {
    yielded = true;
    return self.waiting_on;
  }
  // finally: the timeout and the callbacks go, however the wait ended
  in.loop().cancel(self.timer);
  self.timer = 0;
  auto* futures = static_cast<runtime::list_object*>(self.owner.as_object());
  value me = value::from_object(&self);
  for (value f : futures->items) in.remove_done_callback(as_future(f), runtime::callback_kind::native, me, wait_on_completion);
  if (!exception.is_none()) return in.raise_exception(exception);
  if (in.future_outcome(waiter).is_raised()) return value::raised();
  auto* done = in.new_list();
  value done_value = value::from_object(done);
  auto done_root = in.root(done_value);
  auto* pending = in.new_list();
  value pending_value = value::from_object(pending);
  auto pending_root = in.root(pending_value);
  for (value f : futures->items) (as_future(f)->done() ? done : pending)->items.push_back(f);
  value sets[2] = {in.call(value::from_object(&runtime::set_type), std::span<const value>(&done_value, 1)), value::none()};
  if (sets[0].is_raised()) return sets[0];
  auto set_root = in.root(sets[0]);
  sets[1] = in.call(value::from_object(&runtime::set_type), std::span<const value>(&pending_value, 1));
  if (sets[1].is_raised()) return sets[1];
  return in.make_tuple(std::span<const value>(sets, 2));
}

inline value wait(interpreter& in, const call_arguments& args) {
  value bound[3];
  if (!arguments::bind(in, args, "wait", arguments::self_kind::none, {{"fs", true}, {"timeout", false, true}, {"return_when", false, true}}, bound))
    return value::raised();
  value settings[2] = {bound[1].is_unbound() ? value::none() : bound[1],
                       bound[2].is_unbound() ? in.make_str("ALL_COMPLETED") : bound[2]};
  auto root = in.root(settings[1]);
  value settings_tuple = in.make_tuple(std::span<const value>(settings, 2));
  auto tuple_root = in.root(settings_tuple);
  value coroutine = runtime::new_native_coroutine(in, wait_step, "wait", value::none(), bound[0]);
  static_cast<native_coroutine_object*>(coroutine.as_object())->extra = settings_tuple;
  return coroutine;
}

// ---------------------------------------------------------------------------------------------
// shield(arg)

inline void shield_outer_done(interpreter& in, value inner, value outer);

// _inner_done_callback: the outer future mirrors the inner one, unless it was cancelled itself.
inline void shield_inner_done(interpreter& in, value outer, value inner) {
  auto* o = as_future(outer);
  auto* i = as_future(inner);
  if (o->state == runtime::future_state::cancelled) return;
  if (i->state == runtime::future_state::cancelled) in.cancel_future(outer, value::none());
  else if (!i->exception.is_none()) in.set_future_exception(o, i->exception);
  else in.set_future_result(o, i->result);
}

inline void shield_outer_done(interpreter& in, value inner, value outer) {
  if (!as_future(inner)->done()) in.remove_done_callback(as_future(inner), runtime::callback_kind::native, outer, shield_inner_done);
}

inline value shield(interpreter& in, const call_arguments& args) {
  value bound[1];
  if (!arguments::bind(in, args, "shield", arguments::self_kind::none, {{"arg", true}}, bound)) return value::raised();
  value inner = runtime::ensure_future(in, bound[0]);
  if (inner.is_raised() || as_future(inner)->done()) return inner;
  auto root = in.root(inner);
  value outer = value::from_object(in.new_future(&runtime::future_type));
  in.add_done_callback(as_future(inner), runtime::callback_kind::native, outer, shield_inner_done);
  in.add_done_callback(as_future(outer), runtime::callback_kind::native, inner, shield_outer_done);
  return outer;
}

// ---------------------------------------------------------------------------------------------
// as_completed, timeout, timeout_at

inline value as_completed(interpreter& in, const call_arguments& args) {
  value bound[2];
  if (!arguments::bind(in, args, "as_completed", arguments::self_kind::none, {{"fs", true}, {"timeout", false, true}}, bound)) return value::raised();
  return runtime::new_as_completed(in, bound[0], bound[1].is_unbound() ? value::none() : bound[1]);
}

inline value timeout(interpreter& in, const call_arguments& args) {
  value bound[1];
  if (!arguments::bind(in, args, "timeout", arguments::self_kind::none, {{"delay", true}}, bound)) return value::raised();
  if (!in.loop().running) return in.raise_error(error_type(runtime::exception_kind::runtime_error), "no running event loop");
  if (bound[0].is_none()) return timeouts::new_timeout(in, value::none());
  double delay = 0;
  if (!timeouts::number_of(bound[0], delay))
    return in.raise_type_error("unsupported operand type(s) for +: 'float' and '" + std::string(in.type_of(bound[0])->name) + "'");
  return timeouts::new_timeout(in, in.make_float(vm::event_loop::time_of(vm::clock::now()) + delay));
}

inline value timeout_at(interpreter& in, const call_arguments& args) {
  value bound[1];
  if (!arguments::bind(in, args, "timeout_at", arguments::self_kind::none, {{"when", true}}, bound)) return value::raised();
  return timeouts::new_timeout(in, bound[0]);
}

}  // namespace asyncio_waiting_detail

inline std::span<runtime::native_function_object* const> asyncio_waiting_functions() {
  using namespace asyncio_waiting_detail;
  static const auto functions = runtime::make_methods("asyncio", {{"wait_for", wait_for}, {"wait", wait}, {"shield", shield},
                                                                  {"as_completed", as_completed}, {"timeout", timeout}, {"timeout_at", timeout_at}});
  return functions;
}

}  // namespace coil::modules
