// asyncio.timeout() / timeout_at(): the Timeout async context manager of CPython 3.11+, which
// wait_for() also uses. Entering it schedules an expiry on the loop; if the expiry comes first it
// cancels the enclosing task (the CancelledError unwinds the block), and leaving the block turns
// that CancelledError into TimeoutError, unless the task was cancelled for another reason too
// (its cancelling() count is higher than on entry), in which case the cancellation goes on.
#pragma once

#include <coil/runtime/asyncio_objects.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/future_object.hpp>
#include <coil/runtime/impl/asyncio_method_arguments.ipp>
#include <coil/runtime/impl/future_type.ipp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <cmath>
#include <string>

namespace coil::runtime {
namespace asyncio_timeout_detail {

namespace arguments = asyncio_arguments;
using handle = vm::event_loop::handle;

inline timeout_object* as_timeout(value v) { return static_cast<timeout_object*>(v.as_object()); }

inline const char* state_name(timeout_state s) {
  switch (s) {
    case timeout_state::created: return "created";
    case timeout_state::entered: return "active";
    case timeout_state::expiring: return "expiring";
    case timeout_state::expired: return "expired";
    case timeout_state::exited: return "finished";
  }
  return "created";
}

// Timeout._on_timeout, run by the loop at the deadline: cancel the task inside the block.
inline void on_timeout(interpreter& in, value target, value) {
  auto* t = as_timeout(target);
  if (t->state != timeout_state::entered) return;
  t->handler = 0;
  in.cancel_future(t->task, value::none());
  t->state = timeout_state::expiring;
}

// A Python number (int, float or bool) as a double of seconds; false for anything else.
inline bool number_of(value v, double& out) {
  if (v.is_double()) out = v.as_double();
  else if (v.is_small_int()) out = static_cast<double>(v.as_small_int());
  else if (v.is_bool()) out = v.is_true() ? 1 : 0;
  else if (type_of(v) == &int_type) out = 1e300;  // a huge int: practically never
  else return false;
  return true;
}

// The TypeError of `left <= right` (or another operator) between unsupported types.
inline value unsupported(interpreter& in, std::string_view op, value left, std::string_view right_type) {
  return in.raise_type_error("'" + std::string(op) + "' not supported between instances of '" + std::string(in.type_of(left)->name) + "' and '" +
                             std::string(right_type) + "'");
}

// Timeout.reschedule(when): replaces the pending expiry (None: none at all).
inline value reschedule(interpreter& in, value self, value when) {
  auto* t = as_timeout(self);
  if (t->state != timeout_state::entered) {
    if (t->state == timeout_state::created) return in.raise_error(exception_type(exception_kind::runtime_error), "Timeout has not been entered");
    return in.raise_error(exception_type(exception_kind::runtime_error),
                          std::string("Cannot change state of ") + state_name(t->state) + " Timeout");
  }
  double deadline = 0;
  if (!when.is_none() && !number_of(when, deadline)) return unsupported(in, "<=", when, "float");
  t->has_deadline = !when.is_none();
  t->when = deadline;
  in.loop().cancel(t->handler);
  t->handler = 0;
  if (!t->has_deadline) return value::none();
  const handle expiry{handle::kind::done_callback, callback_kind::native, self, value::none(), on_timeout};
  if (deadline <= vm::event_loop::time_of(vm::clock::now())) t->handler = in.loop().call_soon_cancellable(expiry);
  else t->handler = in.loop().add_timer(vm::event_loop::deadline_at(deadline), expiry);
  return value::none();
}

// Timeout.__aenter__'s body.
inline value enter(interpreter& in, value self) {
  auto* t = as_timeout(self);
  if (t->state != timeout_state::created) return in.raise_error(exception_type(exception_kind::runtime_error), "Timeout has already been entered");
  value task = in.loop().current_task;
  if (task.is_none()) return in.raise_error(exception_type(exception_kind::runtime_error), "Timeout should be used inside a task");
  t->state = timeout_state::entered;
  t->task = task;
  t->cancelling = static_cast<future_object*>(task.as_object())->cancel_requests;
  return reschedule(in, self, t->has_deadline ? in.make_float(t->when) : value::none());
}

// Timeout.__aexit__'s body for a block that ended with `exception` (None: normally). Returns
// None (the exception, if any, goes on), or raised: TimeoutError from the CancelledError.
inline value exit(interpreter& in, value self, value exception) {
  auto* t = as_timeout(self);
  if (t->state != timeout_state::entered && t->state != timeout_state::expiring)
    return in.raise_error(exception_type(exception_kind::assertion_error), "");
  in.loop().cancel(t->handler);
  t->handler = 0;
  if (t->state == timeout_state::expiring) {
    t->state = timeout_state::expired;
    auto* task = static_cast<future_object*>(t->task.as_object());
    if (task->cancel_requests > 0) --task->cancel_requests;  // uncancel()
    if (task->cancel_requests <= t->cancelling && !exception.is_none() &&
        in.type_of(exception) == exception_type(exception_kind::cancelled_error)) {
      auto root = in.root(exception);
      value timeout_error = in.call(value::from_object(exception_type(exception_kind::timeout_error)), std::span<const value>{});
      if (timeout_error.is_raised()) return timeout_error;
      auto* e = static_cast<exception_object*>(timeout_error.as_object());
      e->cause = exception;  // raise TimeoutError from exc_val, inside the handler of exc_val
      e->context = exception;
      e->suppress_context = true;
      return in.raise_exception(timeout_error);
    }
  } else {
    t->state = timeout_state::exited;
  }
  return value::none();
}

inline value new_timeout(interpreter& in, value when) {
  double deadline = 0;
  if (!when.is_none() && !number_of(when, deadline)) return unsupported(in, "<=", when, "float");
  auto* t = in.heap().make<timeout_object>(&timeout_type);
  t->has_deadline = !when.is_none();
  t->when = deadline;
  return value::from_object(t);
}

inline value aenter_step(interpreter& in, native_coroutine_object& self, value exception, bool&) {
  if (!exception.is_none()) return in.raise_exception(exception);
  value r = enter(in, self.owner);
  if (r.is_raised()) return r;
  return self.owner;
}
// `argument`: the exception the block ended with (None when it did not fail).
inline value aexit_step(interpreter& in, native_coroutine_object& self, value exception, bool&) {
  if (!exception.is_none()) return in.raise_exception(exception);
  return exit(in, self.owner, self.argument);
}

inline value timeout_aenter(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Timeout.__aenter__")) return value::raised();
  return new_native_coroutine(in, aenter_step, "Timeout.__aenter__", args.positional[0]);
}
inline value timeout_aexit(interpreter& in, const call_arguments& args) {
  value bound[3];
  if (!arguments::bind(in, args, "Timeout.__aexit__", arguments::self_kind::method, {{"exc_type", true}, {"exc_val", true}, {"exc_tb", true}}, bound))
    return value::raised();
  return new_native_coroutine(in, aexit_step, "Timeout.__aexit__", args.positional[0], bound[1]);
}
inline value timeout_when(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Timeout.when")) return value::raised();
  auto* t = as_timeout(args.positional[0]);
  return t->has_deadline ? in.make_float(t->when) : value::none();
}
inline value timeout_reschedule(interpreter& in, const call_arguments& args) {
  value bound[1];
  if (!arguments::bind(in, args, "Timeout.reschedule", arguments::self_kind::method, {{"when", true}}, bound)) return value::raised();
  return reschedule(in, args.positional[0], bound[0]);
}
inline value timeout_expired(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "Timeout.expired")) return value::raised();
  auto s = as_timeout(args.positional[0])->state;
  return value::from_bool(s == timeout_state::expiring || s == timeout_state::expired);
}

inline value timeout_repr(interpreter& in, value self) {
  auto* t = as_timeout(self);
  std::string text = std::string("<Timeout [") + state_name(t->state) + "]";
  if (t->state == timeout_state::entered) {
    text += " when=";
    if (!t->has_deadline) {
      text += "None";
    } else {
      value shown = in.repr(in.make_float(std::round(t->when * 1000) / 1000));
      if (shown.is_raised()) return shown;
      text += static_cast<str_object*>(shown.as_object())->view();
    }
  }
  return in.make_str(text + ">");
}

}  // namespace asyncio_timeout_detail

inline type_object make_timeout_type() {
  type_object t = make_plain_type("Timeout", &vm::layout_of<timeout_object>, asyncio_timeout_detail::timeout_repr);
  t.module_name = "asyncio.timeouts";
  return t;
}
inline std::span<native_function_object* const> timeout_methods() {
  using namespace asyncio_timeout_detail;
  static const auto methods = make_methods("Timeout", {{"when", timeout_when}, {"reschedule", timeout_reschedule}, {"expired", timeout_expired},
                                                       {"__aenter__", timeout_aenter}, {"__aexit__", timeout_aexit}});
  return methods;
}

}  // namespace coil::runtime
