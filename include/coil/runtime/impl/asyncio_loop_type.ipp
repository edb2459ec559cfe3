// What asyncio.get_running_loop() returns: a small face of the execution's event loop
// (vm/event_loop.hpp) with the methods scripts use on it: time() (the clock of timeout_at and
// call_at deadlines), create_future(), create_task() and is_running(). One object per execution,
// kept by the event loop, so `get_running_loop() is get_running_loop()` as in CPython.
#pragma once

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
                                                                      {"create_task", loop_create_task}, {"is_running", loop_is_running}});
  return methods;
}

}  // namespace coil::runtime
