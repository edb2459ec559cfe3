// The Python face of asyncio's objects: the `coroutine` type (an async def's generator-shaped
// object), `Future`, `Task`, gather's `_GatheringFuture` and the native coroutines. The
// scheduling behind them is vm/impl/event_loop.ipp.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/future_object.hpp>
#include <coil/runtime/generator_object.hpp>
#include <coil/runtime/impl/callable_types.ipp>
#include <coil/runtime/impl/generator_type.ipp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <string>

namespace coil::runtime {
namespace future_detail {

inline future_object* as_future(value v) { return static_cast<future_object*>(v.as_object()); }

inline std::string text_of(interpreter& in, value v, bool use_repr) {
  value s = use_repr ? in.repr(v) : in.str(v);
  if (s.is_raised()) {
    in.take_pending_exception();
    return "?";
  }
  return std::string(static_cast<str_object*>(s.as_object())->view());
}

inline value coroutine_repr(interpreter& in, value self) {
  auto* qualname = static_cast<str_object*>(static_cast<generator_object*>(self.as_object())->qualname.as_object());
  return in.make_str("<coroutine object " + std::string(qualname->view()) + " at " + callable_detail::address_of(self) + ">");
}

inline std::string state_text(interpreter& in, future_object* f) {
  switch (f->state) {
    case future_state::pending: return "pending";
    case future_state::cancelled: return "cancelled";
    case future_state::finished:
      if (!f->exception.is_none()) return "finished exception=" + text_of(in, f->exception, true);
      return "finished result=" + text_of(in, f->result, true);
  }
  return "pending";
}

inline value future_repr(interpreter& in, value self) {
  auto* f = as_future(self);
  std::string text = "<" + std::string(in.type_of(self)->name) + " ";
  if (f->type == &task_type) {
    std::string state = f->state == future_state::pending ? "pending" : f->state == future_state::cancelled ? "cancelled" : "finished";
    text += state + " name=" + text_of(in, f->name, true) + " coro=" + text_of(in, f->coroutine, true);
    if (f->state == future_state::finished) {
      if (!f->exception.is_none()) text += " exception=" + text_of(in, f->exception, true);
      else text += " result=" + text_of(in, f->result, true);
    }
  } else {
    text += state_text(in, f);
  }
  return in.make_str(text + ">");
}

inline bool arity(interpreter& in, const call_arguments& args, std::string_view name, std::size_t most) {
  if (!args.keyword_values.empty() && name != "cancel") {
    in.raise_type_error(std::string(name) + "() takes no keyword arguments");
    return false;
  }
  if (args.positional.size() - 1 > most) {
    in.raise_type_error(std::string(name) + "() takes " + (most == 0 ? "no arguments" : "at most " + std::to_string(most) + " arguments") + " (" +
                        std::to_string(args.positional.size() - 1) + " given)");
    return false;
  }
  return true;
}

inline value invalid_state(interpreter& in, std::string_view message) {
  return in.raise_error(&invalid_state_error_type, message);
}

inline value done(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "done", 0)) return value::raised();
  return value::from_bool(as_future(args.positional[0])->done());
}
inline value cancelled(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "cancelled", 0)) return value::raised();
  return value::from_bool(as_future(args.positional[0])->state == future_state::cancelled);
}
inline value result(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "result", 0)) return value::raised();
  auto* f = as_future(args.positional[0]);
  if (f->state == future_state::pending) return invalid_state(in, "Result is not set.");
  return in.future_outcome(f);
}
inline value exception(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "exception", 0)) return value::raised();
  auto* f = as_future(args.positional[0]);
  if (f->state == future_state::pending) return invalid_state(in, "Exception is not set.");
  if (f->state == future_state::cancelled) return in.future_outcome(f);
  return f->exception;
}
inline value cancel(interpreter& in, const call_arguments& args) {
  value message = value::none();
  if (args.positional.size() > 2) return in.raise_type_error("cancel() takes at most 1 argument");
  if (args.positional.size() == 2) message = args.positional[1];
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i) {
    if (static_cast<str_object*>(args.keyword_names[i].as_object())->view() != "msg")
      return in.raise_type_error("cancel() got an unexpected keyword argument '" +
                                 std::string(static_cast<str_object*>(args.keyword_names[i].as_object())->view()) + "'");
    message = args.keyword_values[i];
  }
  return value::from_bool(in.cancel_future(args.positional[0], message));
}
inline value add_done_callback(interpreter& in, const call_arguments& args) {
  if (args.positional.size() != 2) return in.raise_type_error("add_done_callback() takes exactly one argument");
  in.add_done_callback(as_future(args.positional[0]), callback_kind::call_python, args.positional[1]);
  return value::none();
}
inline value set_result(interpreter& in, const call_arguments& args) {
  if (args.positional.size() != 2) return in.raise_type_error("set_result() takes exactly one argument");
  auto* f = as_future(args.positional[0]);
  if (f->type == &task_type) return in.raise_error(exception_type(exception_kind::runtime_error), "Task does not support set_result operation");
  if (f->done()) return invalid_state(in, "invalid state");
  in.set_future_result(f, args.positional[1]);
  return value::none();
}
inline value set_exception(interpreter& in, const call_arguments& args) {
  if (args.positional.size() != 2) return in.raise_type_error("set_exception() takes exactly one argument");
  auto* f = as_future(args.positional[0]);
  if (f->type == &task_type) return in.raise_error(exception_type(exception_kind::runtime_error), "Task does not support set_exception operation");
  if (f->done()) return invalid_state(in, "invalid state");
  value e = args.positional[1];
  if (in.type_of(e) == &type_type) {
    e = in.call(e, std::span<const value>{});
    if (e.is_raised()) return e;
  }
  if (!is_subtype(in.type_of(e), exception_type(exception_kind::base_exception)))
    return in.raise_type_error("exception must be a BaseException subclass or instance");
  in.set_future_exception(f, e);
  return value::none();
}
inline value remove_done_callback(interpreter& in, const call_arguments& args) {
  if (args.positional.size() != 2 || !args.keyword_values.empty()) return in.raise_type_error("remove_done_callback() takes exactly one argument");
  auto* f = as_future(args.positional[0]);
  // Python callbacks compare equal like CPython's list removal: by ==, identity first.
  std::size_t removed = 0;
  for (std::size_t i = 0; i < f->callbacks.size();) {
    const auto& c = f->callbacks[i];
    bool same = false;
    if (c.kind == callback_kind::call_python) {
      if (c.target.raw_bits() == args.positional[1].raw_bits()) {
        same = true;
      } else {
        auto equal = in.equals(c.target, args.positional[1]);
        if (!equal) return value::raised();
        same = *equal;
      }
    }
    if (same) {
      f->callbacks.erase(f->callbacks.begin() + static_cast<std::ptrdiff_t>(i));
      ++removed;
    } else {
      ++i;
    }
  }
  return in.make_int(static_cast<std::int64_t>(removed));
}
inline value construct_future(interpreter& in, type_object* type, const call_arguments& args) {
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i)
    if (static_cast<str_object*>(args.keyword_names[i].as_object())->view() != "loop")
      return in.raise_type_error("Future() got an unexpected keyword argument '" +
                                 std::string(static_cast<str_object*>(args.keyword_names[i].as_object())->view()) + "'");
  if (!args.positional.empty())
    return in.raise_type_error("Future() takes at most 0 positional arguments (" + std::to_string(args.positional.size()) + " given)");
  return value::from_object(in.new_future(type));
}
inline value get_name(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "get_name", 0)) return value::raised();
  return as_future(args.positional[0])->name;
}
inline value set_name(interpreter& in, const call_arguments& args) {
  if (args.positional.size() != 2) return in.raise_type_error("set_name() takes exactly one argument");
  value name = in.str(args.positional[1]);
  if (name.is_raised()) return name;
  as_future(args.positional[0])->name = name;
  return value::none();
}
inline value get_coro(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "get_coro", 0)) return value::raised();
  return as_future(args.positional[0])->coroutine;
}
inline value cancelling(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "cancelling", 0)) return value::raised();
  return in.make_int(as_future(args.positional[0])->cancel_requests);
}
inline value uncancel(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "uncancel", 0)) return value::raised();
  auto* f = as_future(args.positional[0]);
  if (f->cancel_requests > 0) --f->cancel_requests;
  return in.make_int(f->cancel_requests);
}

inline value native_coroutine_repr(interpreter& in, value self) {
  auto* c = static_cast<native_coroutine_object*>(self.as_object());
  return in.make_str("<coroutine object " + std::string(c->qualname) + " at " + callable_detail::address_of(self) + ">");
}

}  // namespace future_detail

// asyncio.ensure_future(v): a future as it is, a coroutine wrapped in a new task.
inline value ensure_future(interpreter& in, value v) {
  auto* type = in.type_of(v);
  if (is_subtype(type, &future_type)) return v;
  if (type != &coroutine_type && !is_native_coroutine_type(type))
    return in.raise_type_error("An asyncio.Future, a coroutine or an awaitable is required");
  if (!in.loop().running) return in.raise_error(exception_type(exception_kind::runtime_error), "no running event loop");
  const bool taken = type == &coroutine_type ? static_cast<generator_object*>(v.as_object())->awaited ||
                                                   static_cast<generator_object*>(v.as_object())->state != generator_state::created
                                             : static_cast<native_coroutine_object*>(v.as_object())->awaited;
  if (taken) return in.raise_error(exception_type(exception_kind::runtime_error), "cannot reuse already awaited coroutine");
  return in.new_task(v, value::none());
}

// A new native coroutine (runtime/future_object.hpp): `step` drives it; `qualname` is its repr.
inline value new_native_coroutine(interpreter& in, native_coroutine_object::step_function step, std::string_view qualname,
                                  value owner = value::none(), value argument = value::none()) {
  auto* c = in.heap().make<native_coroutine_object>(&native_coroutine_type);
  c->step = step;
  c->qualname = qualname;
  c->owner = owner;
  c->argument = argument;
  return value::from_object(c);
}

inline type_object make_coroutine_type() {
  using namespace generator_detail;
  type_object t = make_plain_type("coroutine", &vm::layout_of<generator_object>, future_detail::coroutine_repr);
  t.methods = make_methods("coroutine", {{"send", send}, {"throw", throw_into}, {"close", close}});
  return t;
}

inline std::span<native_function_object* const> future_methods() {
  using namespace future_detail;
  static const auto methods = make_methods("Future", {{"done", done}, {"result", result}, {"exception", exception}, {"cancel", cancel},
                                                      {"cancelled", cancelled}, {"add_done_callback", add_done_callback},
                                                      {"remove_done_callback", remove_done_callback},
                                                      {"set_result", set_result}, {"set_exception", set_exception}});
  return methods;
}

inline type_object make_future_type(std::string_view name, type_object* base) {
  type_object t = make_plain_type(name, &vm::layout_of<future_object>, future_detail::future_repr);
  t.base = base;
  t.module_name = name == "_GatheringFuture" ? "asyncio.tasks" : "_asyncio";  // where CPython defines them
  return t;
}

inline std::span<native_function_object* const> task_methods() {
  using namespace future_detail;
  static const auto methods = make_methods("Task", {{"done", done}, {"result", result}, {"exception", exception}, {"cancel", cancel},
                                                    {"cancelled", cancelled}, {"add_done_callback", add_done_callback},
                                                    {"remove_done_callback", remove_done_callback}, {"get_name", get_name}, {"set_name", set_name}, {"get_coro", get_coro},
                                                    {"cancelling", cancelling}, {"uncancel", uncancel}});
  return methods;
}

inline type_object make_native_coroutine_type() {
  return make_plain_type("coroutine", &vm::layout_of<native_coroutine_object>, future_detail::native_coroutine_repr);
}

}  // namespace coil::runtime
