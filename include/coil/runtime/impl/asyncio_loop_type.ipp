// What asyncio.get_running_loop() returns: a small face of the execution's event loop
// (vm/event_loop.hpp) with the methods scripts use on it: time() (the clock of timeout_at and
// call_at deadlines), create_future(), create_task(), is_running(), call_soon/call_later/call_at
// (returning asyncio.Handle/TimerHandle objects) and run_in_executor. One object per execution,
// kept by the event loop, so `get_running_loop() is get_running_loop()` as in CPython.
//
// The sandbox has no threads: run_in_executor (and asyncio.to_thread, built on the same helper)
// calls the function at once, on the loop, and hands its outcome to a future that completes one
// loop iteration later, as a thread's result arrives through call_soon_threadsafe in CPython.
// The call blocks the loop while it runs; a host function that blocks should be registered as an
// async external (or with the host's offload policy) instead.
#pragma once

#include <coil/runtime/asyncio_objects.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/future_object.hpp>
#include <coil/runtime/generator_object.hpp>
#include <coil/runtime/impl/asyncio_method_arguments.ipp>
#include <coil/runtime/impl/callable_types.ipp>
#include <coil/runtime/impl/future_type.ipp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <cmath>
#include <string>

namespace coil::runtime {

// The loop object carries no state of its own: everything is the interpreter's event loop.
struct event_loop_object : vm::object {
  static constexpr const char* layout_name = "event loop";
  void trace(vm::tracer&) {}
};

namespace asyncio_loop_detail {

namespace arguments = asyncio_arguments;

inline value loop_time(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "BaseEventLoop.time")) return value::raised();
  return in.make_float(vm::event_loop::time_of(vm::clock::now()));
}
inline value loop_create_future(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "BaseEventLoop.create_future")) return value::raised();
  return value::from_object(in.new_future(&future_type));
}
inline value loop_is_running(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "BaseEventLoop.is_running")) return value::raised();
  return value::from_bool(in.loop().running);
}
inline value loop_create_task(interpreter& in, const call_arguments& args) {
  value bound[3];
  if (!arguments::bind(in, args, "BaseEventLoop.create_task", arguments::self_kind::method, {{"coro", true}, {"name", false, true}, {"context", false, true}}, bound))
    return value::raised();
  auto* type = in.type_of(bound[0]);
  if (type != &coroutine_type && type != &native_coroutine_type) {
    value text = in.repr(bound[0]);
    if (text.is_raised()) return text;
    return in.raise_type_error("a coroutine was expected, got " + std::string(static_cast<str_object*>(text.as_object())->view()));
  }
  value task = ensure_future(in, bound[0]);
  if (task.is_raised() || bound[1].is_unbound() || bound[1].is_none()) return task;
  auto root = in.root(task);
  value name = in.str(bound[1]);
  if (name.is_raised()) return name;
  static_cast<future_object*>(task.as_object())->name = name;
  return task;
}

// ---------------------------------------------------------------------------------------------
// Handles: call_soon, call_later, call_at.

inline loop_handle_object* as_handle(value v) { return static_cast<loop_handle_object*>(v.as_object()); }

inline std::string text_of(interpreter& in, value v) {
  value s = in.repr(v);
  if (s.is_raised()) {
    in.take_pending_exception();
    return "?";
  }
  return std::string(static_cast<str_object*>(s.as_object())->view());
}

// format_helpers._format_callback: the callable's __qualname__ (or __name__, or repr) and the
// arguments' reprs. (CPython shortens long arguments with reprlib and adds a Python function's
// source location; coil shows plain reprs and no location.)
inline std::string callback_text(interpreter& in, value callback, value args) {
  std::string text;
  for (std::string_view attribute : {"__qualname__", "__name__"}) {
    value name = in.make_str(attribute);
    auto name_root = in.root(name);
    value found = in.get_attribute(callback, name);
    if (found.is_raised()) {
      in.take_pending_exception();
      continue;
    }
    if (in.type_of(found) == &str_type && !static_cast<str_object*>(found.as_object())->view().empty()) {
      text = std::string(static_cast<str_object*>(found.as_object())->view());
      break;
    }
  }
  if (text.empty()) text = text_of(in, callback);
  text += "(";
  if (args.is_object() && in.type_of(args) == &tuple_type) {
    auto* t = static_cast<tuple_object*>(args.as_object());
    for (std::size_t i = 0; i < t->size; ++i) text += (i ? ", " : "") + text_of(in, t->items()[i]);
  }
  return text + ")";
}

inline value handle_repr(interpreter& in, value self) {
  auto* h = as_handle(self);
  auto root = in.root(self);
  std::string text = "<" + std::string(in.type_of(self)->name);
  if (h->cancelled) text += " cancelled";
  if (h->timer) text += " when=" + text_of(in, in.make_float(h->when));
  if (!h->callback.is_none()) text += " " + callback_text(in, h->callback, h->args);
  return in.make_str(text + ">");
}

// The loop callback of a handle: callback(*args); an exception is reported on stderr and the
// loop goes on, as CPython's default exception handler does.
inline void run_handle_callback(interpreter& in, value target, value) {
  auto root = in.root(target);
  auto* h = as_handle(target);
  if (h->cancelled) return;
  value callback = h->callback;
  value args = h->args;
  auto callback_root = in.root(callback);
  auto args_root = in.root(args);
  auto* t = static_cast<tuple_object*>(args.as_object());
  value r = in.call(callback, std::span<const value>(t->items(), t->size));
  if (!r.is_raised() || in.terminated() != vm::termination::none) return;
  value e = in.take_pending_exception();
  auto e_root = in.root(e);
  const std::string shown = callback_text(in, callback, args);
  in.write_output(true, "Exception in callback " + shown + "\nhandle: <Handle " + shown + ">\n" + in.exception_summary(e) + "\n");
}

// A number of seconds for call_later's delay / call_at's when: nullopt with TypeError raised.
inline std::optional<double> seconds_of(interpreter& in, value v, bool is_delay) {
  if (v.is_double()) return v.as_double();
  if (v.is_small_int()) return static_cast<double>(v.as_small_int());
  if (v.is_bool()) return v.is_true() ? 1.0 : 0.0;
  if (in.type_of(v) == &int_type) {
    value negative = in.compare(compare_operator::less, v, value::from_small_int(0));
    if (negative.is_raised()) return std::nullopt;
    return negative.is_true() ? -1e18 : 1e18;  // beyond any deadline the loop can keep: now, or never
  }
  if (is_delay) in.raise_type_error("unsupported operand type(s) for +: 'float' and '" + std::string(in.type_of(v)->name) + "'");
  else in.raise_type_error("'<' not supported between instances of '" + std::string(in.type_of(v)->name) + "' and 'float'");
  return std::nullopt;
}

// call_soon(callback, *args, context=None) (`leading` 0) and the forms with a parameter before
// `callback`: call_later's delay (`leading` 1) and call_at's deadline (`leading` 2).
inline value schedule_callback(interpreter& in, const call_arguments& args, std::string_view qualname, int leading) {
  for (std::size_t k = 0; k < args.keyword_values.size(); ++k) {
    const auto name = static_cast<str_object*>(args.keyword_names[k].as_object())->view();
    if (name != "context")
      return in.raise_type_error(std::string(qualname) + "() got an unexpected keyword argument '" + std::string(name) + "'");
  }
  const std::size_t first_arg = leading == 0 ? 2 : 3;  // after self, [delay or when,] callback
  if (args.positional.size() < first_arg) {
    std::string missing = leading == 0 ? "'callback'" : args.positional.size() == 1 ? std::string(leading == 1 ? "'delay'" : "'when'") + " and 'callback'" : "'callback'";
    const int count = leading != 0 && args.positional.size() == 1 ? 2 : 1;
    return in.raise_type_error(std::string(qualname) + "() missing " + std::to_string(count) + " required positional argument" + (count == 1 ? "" : "s") + ": " + missing);
  }
  double when = 0;
  if (leading == 1 && args.positional[1].is_none()) return in.raise_type_error("delay must not be None");
  if (leading != 0) {
    auto seconds = seconds_of(in, args.positional[1], leading == 1);
    if (!seconds) return value::raised();
    when = leading == 1 ? vm::event_loop::time_of(vm::clock::now()) + *seconds : *seconds;
    if (std::isnan(when)) return in.raise_value_error("coil: a NaN deadline");
  }
  value callback = args.positional[first_arg - 1];
  value call_args = in.make_tuple(args.positional.subspan(first_arg));
  auto args_root = in.root(call_args);
  auto* h = in.heap().make<loop_handle_object>(leading == 0 ? &handle_type : &timer_handle_type);
  h->callback = callback;
  h->args = call_args;
  value handle_value = value::from_object(h);
  using handle = vm::event_loop::handle;
  const handle what{handle::kind::done_callback, callback_kind::native, handle_value, value::none(), run_handle_callback};
  if (leading == 0) {
    h->id = in.loop().call_soon_cancellable(what);
  } else {
    h->timer = true;
    h->when = when;
    h->id = in.loop().add_timer(vm::event_loop::deadline_at(when), what);
  }
  return handle_value;
}

inline value loop_call_soon(interpreter& in, const call_arguments& args) { return schedule_callback(in, args, "BaseEventLoop.call_soon", 0); }
inline value loop_call_later(interpreter& in, const call_arguments& args) { return schedule_callback(in, args, "BaseEventLoop.call_later", 1); }
inline value loop_call_at(interpreter& in, const call_arguments& args) { return schedule_callback(in, args, "BaseEventLoop.call_at", 2); }

inline value handle_cancel(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Handle.cancel")) return value::raised();
  auto* h = as_handle(args.positional[0]);
  if (!h->cancelled) {
    h->cancelled = true;
    in.loop().cancel(h->id);
    h->callback = value::none();
    h->args = value::none();
  }
  return value::none();
}
inline value handle_cancelled(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Handle.cancelled")) return value::raised();
  return value::from_bool(as_handle(args.positional[0])->cancelled);
}
inline value handle_when(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "TimerHandle.when")) return value::raised();
  return in.make_float(as_handle(args.positional[0])->when);
}

// ---------------------------------------------------------------------------------------------
// run_in_executor and to_thread: the call runs now; its outcome completes `future` one loop
// iteration later.

inline void set_exception_callback(interpreter& in, value future, value exception) {
  auto* f = static_cast<future_object*>(future.as_object());
  if (!f->done()) in.set_future_exception(f, exception);
}

// Calls `callable` and returns a future for its outcome, or raised when the run must stop (a
// limit): the exceptions of the call itself go to the future.
inline value call_into_future(interpreter& in, value callable, const call_arguments& call) {
  auto* f = in.new_future(&future_type);
  value future = value::from_object(f);
  auto root = in.root(future);
  value r = in.call(callable, call);
  using handle = vm::event_loop::handle;
  if (r.is_raised()) {
    if (in.terminated() != vm::termination::none) return r;
    value e = in.take_pending_exception();
    in.loop().call_soon({handle::kind::done_callback, callback_kind::native, future, e, set_exception_callback});
  } else {
    in.loop().call_soon({handle::kind::set_result_unless_done, callback_kind::wake_task, future, r});
  }
  return future;
}

inline value loop_run_in_executor(interpreter& in, const call_arguments& args) {
  if (!args.keyword_values.empty())
    return in.raise_type_error("BaseEventLoop.run_in_executor() got an unexpected keyword argument '" +
                               std::string(static_cast<str_object*>(args.keyword_names[0].as_object())->view()) + "'");
  if (args.positional.size() < 3) {
    const bool both = args.positional.size() == 1;
    return in.raise_type_error(std::string("BaseEventLoop.run_in_executor() missing ") + (both ? "2 required positional arguments: 'executor' and 'func'" : "1 required positional argument: 'func'"));
  }
  if (!args.positional[1].is_none())
    return in.raise_error(exception_type(exception_kind::not_implemented_error), "coil: run_in_executor() takes only the default executor (None)");
  call_arguments call{args.positional.subspan(3), {}, {}};
  return call_into_future(in, args.positional[2], call);
}

// asyncio.to_thread's coroutine: `owner` the function, `argument` the positional arguments (a
// tuple), `extra` None or a tuple (keyword names tuple, keyword values tuple); then `waiting_on`
// the future of the call's outcome.
inline value to_thread_step(interpreter& in, native_coroutine_object& self, value exception, bool& yielded) {
  if (!exception.is_none()) return in.raise_exception(exception);
  if (self.stage == 0) {
    auto* positional = static_cast<tuple_object*>(self.argument.as_object());
    call_arguments call{std::span<const value>(positional->items(), positional->size), {}, {}};
    if (self.extra.is_object()) {
      auto* pair = static_cast<tuple_object*>(self.extra.as_object());
      auto* names = static_cast<tuple_object*>(pair->items()[0].as_object());
      auto* values = static_cast<tuple_object*>(pair->items()[1].as_object());
      call.keyword_names = std::span<const value>(names->items(), names->size);
      call.keyword_values = std::span<const value>(values->items(), values->size);
    }
    value future = call_into_future(in, self.owner, call);
    if (future.is_raised()) return future;
    self.waiting_on = future;
    self.stage = 1;
  }
  auto* f = static_cast<future_object*>(self.waiting_on.as_object());
  if (!f->done()) {
    yielded = true;
    return self.waiting_on;
  }
  return in.future_outcome(f);
}

inline value to_thread(interpreter& in, const call_arguments& args) {
  if (args.positional.empty()) return in.raise_type_error("to_thread() missing 1 required positional argument: 'func'");
  value positional = in.make_tuple(args.positional.subspan(1));
  auto positional_root = in.root(positional);
  value keywords = value::none();
  if (!args.keyword_values.empty()) {
    value names = in.make_tuple(args.keyword_names);
    auto names_root = in.root(names);
    value values = in.make_tuple(args.keyword_values);
    auto values_root = in.root(values);
    const value pair[2] = {names, values};
    keywords = in.make_tuple(pair);
  }
  auto keywords_root = in.root(keywords);
  value coroutine = new_native_coroutine(in, to_thread_step, "to_thread", args.positional[0], positional);
  static_cast<native_coroutine_object*>(coroutine.as_object())->extra = keywords;
  return coroutine;
}

inline value loop_repr(interpreter& in, value) {
  return in.make_str(std::string("<_UnixSelectorEventLoop running=") + (in.loop().running ? "True" : "False") + " closed=False debug=False>");
}

}  // namespace asyncio_loop_detail

// asyncio.get_running_loop(): the execution's loop object (RuntimeError outside a running loop).
inline value running_loop(interpreter& in) {
  if (!in.loop().running) return in.raise_error(exception_type(exception_kind::runtime_error), "no running event loop");
  if (in.loop().loop_object.is_none()) in.loop().loop_object = value::from_object(in.heap().make<event_loop_object>(&event_loop_type));
  return in.loop().loop_object;
}

inline type_object make_event_loop_type() {
  type_object t = make_plain_type("_UnixSelectorEventLoop", &vm::layout_of<event_loop_object>, asyncio_loop_detail::loop_repr);
  t.module_name = "asyncio.unix_events";
  return t;
}
inline std::span<native_function_object* const> event_loop_methods() {
  using namespace asyncio_loop_detail;
  static const auto methods = make_methods("_UnixSelectorEventLoop", {{"time", loop_time}, {"create_future", loop_create_future},
                                                                      {"create_task", loop_create_task}, {"is_running", loop_is_running},
                                                                      {"call_soon", loop_call_soon}, {"call_later", loop_call_later},
                                                                      {"call_at", loop_call_at}, {"run_in_executor", loop_run_in_executor}});
  return methods;
}

inline type_object make_handle_type(std::string_view name, type_object* base) {
  type_object t = make_plain_type(name, &vm::layout_of<loop_handle_object>, asyncio_loop_detail::handle_repr);
  if (base != nullptr) t.base = base;
  t.module_name = "asyncio.events";
  return t;
}
inline std::span<native_function_object* const> handle_methods() {
  using namespace asyncio_loop_detail;
  static const auto methods = make_methods("Handle", {{"cancel", handle_cancel}, {"cancelled", handle_cancelled}});
  return methods;
}
inline std::span<native_function_object* const> timer_handle_methods() {
  using namespace asyncio_loop_detail;
  static const auto methods = make_methods("TimerHandle", {{"cancel", handle_cancel}, {"cancelled", handle_cancelled}, {"when", handle_when}});
  return methods;
}

}  // namespace coil::runtime
