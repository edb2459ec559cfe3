// asyncio.TaskGroup (CPython 3.12): `async with TaskGroup() as tg: tg.create_task(...)` waits
// for every child on the way out. The first child that fails (with anything but CancelledError)
// cancels its siblings and the task running the block; leaving the block then waits for the
// cancelled children and raises BaseExceptionGroup('unhandled errors in a TaskGroup', errors),
// which the group constructor turns into an ExceptionGroup when every error is an Exception.
//
// The children are kept in creation order: CPython keeps them in a set, so when several are
// cancelled at once their order there follows their addresses; coil's order is the creation
// order, the one CPython shows for small groups in practice.
#pragma once

#include <coil/runtime/asyncio_objects.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/future_object.hpp>
#include <coil/runtime/generator_object.hpp>
#include <coil/runtime/impl/asyncio_method_arguments.ipp>
#include <coil/runtime/impl/callable_types.ipp>
#include <coil/runtime/impl/future_type.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <algorithm>
#include <string>

namespace coil::runtime {
namespace asyncio_task_group_detail {

namespace arguments = asyncio_arguments;

inline task_group_object* as_group(value v) { return static_cast<task_group_object*>(v.as_object()); }
inline future_object* as_future(value v) { return static_cast<future_object*>(v.as_object()); }

inline bool is_base_error(interpreter& in, value e) {
  return is_subtype(in.type_of(e), exception_type(exception_kind::system_exit)) ||
         is_subtype(in.type_of(e), exception_type(exception_kind::keyboard_interrupt));
}

inline std::string text_of(interpreter& in, value v) {
  value s = in.repr(v);
  if (s.is_raised()) {
    in.take_pending_exception();
    return "?";
  }
  return std::string(static_cast<str_object*>(s.as_object())->view());
}

inline value group_repr(interpreter& in, value self) {
  auto* g = as_group(self);
  std::string text = "<TaskGroup";
  if (!g->tasks.empty()) text += " tasks=" + std::to_string(g->tasks.size());
  if (g->errors.is_object()) {
    const auto errors = static_cast<list_object*>(g->errors.as_object())->items.size();
    if (errors > 0) text += " errors=" + std::to_string(errors);
  }
  if (g->aborting) text += " cancelling";
  else if (g->entered) text += " entered";
  return in.make_str(text + ">");
}

inline value runtime_error(interpreter& in, value self, std::string_view what) {
  return in.raise_error(exception_type(exception_kind::runtime_error), "TaskGroup " + text_of(in, self) + " " + std::string(what));
}

inline void abort(interpreter& in, task_group_object* g) {
  g->aborting = true;
  // cancel() schedules callbacks only, so `tasks` does not change while this runs.
  for (std::size_t i = 0; i < g->tasks.size(); ++i)
    if (!as_future(g->tasks[i])->done()) in.cancel_future(g->tasks[i], value::none());
}

// TaskGroup._on_task_done, a done callback of every child.
inline void on_task_done(interpreter& in, value target, value task_value) {
  auto* g = as_group(target);
  auto it = std::find_if(g->tasks.begin(), g->tasks.end(), [&](value t) { return t.raw_bits() == task_value.raw_bits(); });
  if (it != g->tasks.end()) g->tasks.erase(it);
  if (g->on_completed.is_object() && g->tasks.empty() && !as_future(g->on_completed)->done())
    in.set_future_result(as_future(g->on_completed), value::from_bool(true));
  auto* task = as_future(task_value);
  if (task->state == future_state::cancelled || task->exception.is_none()) return;
  value error = task->exception;
  if (g->errors.is_object()) static_cast<list_object*>(g->errors.as_object())->items.push_back(error);
  if (is_base_error(in, error) && g->base_error.is_none()) g->base_error = error;
  if (as_future(g->parent_task)->done()) {
    // CPython logs this through the loop's exception handler and goes on.
    in.write_output(true, "Task " + text_of(in, task_value) + " has errored out but its parent task " + text_of(in, g->parent_task) +
                              " is already completed\n");
    return;
  }
  if (!g->aborting && !g->parent_cancel_requested) {
    abort(in, g);
    g->parent_cancel_requested = true;
    in.cancel_future(g->parent_task, value::none());
  }
}

inline value aenter_step(interpreter& in, native_coroutine_object& self, value exception, bool&) {
  if (!exception.is_none()) return in.raise_exception(exception);
  auto* g = as_group(self.owner);
  if (g->entered) return runtime_error(in, self.owner, "has already been entered");
  g->parent_task = in.loop().current_task;
  if (g->parent_task.is_none()) return runtime_error(in, self.owner, "cannot determine the parent task");
  g->entered = true;
  return self.owner;
}

// TaskGroup.__aexit__: `owner` the group, `argument` the exception the block ended with (or
// None), `extra` the CancelledError to propagate (CPython's propagate_cancellation_error),
// stage 1 while it waits on the group's on_completed future.
inline value aexit_step(interpreter& in, native_coroutine_object& self, value exception, bool& yielded) {
  auto* g = as_group(self.owner);
  const value block_error = self.argument;
  const auto* cancelled_error = exception_type(exception_kind::cancelled_error);
  if (self.stage == 0) {
    if (!exception.is_none()) return in.raise_exception(exception);
    g->exiting = true;
    if (!block_error.is_none() && is_base_error(in, block_error) && g->base_error.is_none()) g->base_error = block_error;
    if (!block_error.is_none() && in.type_of(block_error) == cancelled_error) self.extra = block_error;
    if (g->parent_cancel_requested) {
      auto* parent = as_future(g->parent_task);
      if (parent->cancel_requests > 0) --parent->cancel_requests;  // uncancel()
      if (parent->cancel_requests == 0) self.extra = value::none();
    }
    if (!block_error.is_none() && !g->aborting) abort(in, g);
  } else {
    auto* waiter = as_future(g->on_completed);
    if (exception.is_none() && !waiter->done()) {
      yielded = true;
      return g->on_completed;
    }
    if (exception.is_none() && waiter->state == future_state::cancelled) {
      value raised = in.future_outcome(waiter);
      if (raised.is_raised()) exception = in.take_pending_exception();
    }
    if (!exception.is_none()) {
      if (!is_subtype(in.type_of(exception), cancelled_error)) return in.raise_exception(exception);
      if (!g->aborting) {
        self.extra = exception;
        abort(in, g);
      }
    }
    g->on_completed = value::none();
  }
  if (!g->tasks.empty()) {
    if (g->on_completed.is_none()) g->on_completed = value::from_object(in.new_future(&future_type));
    self.stage = 1;
    yielded = true;
    return g->on_completed;
  }
  if (!g->base_error.is_none()) return in.raise_exception(g->base_error);
  auto* errors = static_cast<list_object*>(g->errors.as_object());
  if (!self.extra.is_none() && errors->items.empty()) return in.raise_exception(self.extra);
  if (!block_error.is_none() && in.type_of(block_error) != cancelled_error) errors->items.push_back(block_error);
  if (errors->items.empty()) return value::none();
  value group_arguments[2] = {g->errors, value::none()};
  auto errors_root = in.root(group_arguments[0]);
  g->errors = value::none();
  group_arguments[1] = group_arguments[0];
  group_arguments[0] = in.make_str("unhandled errors in a TaskGroup");
  auto message_root = in.root(group_arguments[0]);
  value group = in.call(value::from_object(exception_type(exception_kind::base_exception_group)), std::span<const value>(group_arguments, 2));
  if (group.is_raised()) return group;
  auto* e = static_cast<exception_object*>(group.as_object());
  e->cause = value::none();  // raise me from None
  e->suppress_context = true;
  return in.raise_exception(group);
}

inline value construct_task_group(interpreter& in, type_object* type, const call_arguments& args) {
  if (!arguments::bind(in, args, "TaskGroup.__init__", arguments::self_kind::constructor, {}, nullptr)) return value::raised();
  auto* errors = in.new_list();
  value errors_value = value::from_object(errors);
  auto root = in.root(errors_value);
  auto* g = in.heap().make<task_group_object>(type, &in.heap());
  g->errors = errors_value;
  return value::from_object(g);
}

inline value task_group_aenter(interpreter& in, const call_arguments& args) {
  if (!arguments::none(in, args, "TaskGroup.__aenter__")) return value::raised();
  return new_native_coroutine(in, aenter_step, "TaskGroup.__aenter__", args.positional[0]);
}
inline value task_group_aexit(interpreter& in, const call_arguments& args) {
  value bound[3];
  if (!arguments::bind(in, args, "TaskGroup.__aexit__", arguments::self_kind::method, {{"et", true}, {"exc", true}, {"tb", true}}, bound)) return value::raised();
  return new_native_coroutine(in, aexit_step, "TaskGroup.__aexit__", args.positional[0], bound[1]);
}

inline value task_group_create_task(interpreter& in, const call_arguments& args) {
  value bound[3];
  if (!arguments::bind(in, args, "TaskGroup.create_task", arguments::self_kind::method, {{"coro", true}, {"name", false, true}, {"context", false, true}}, bound))
    return value::raised();
  value self = args.positional[0];
  auto* g = as_group(self);
  if (!g->entered) return runtime_error(in, self, "has not been entered");
  if (g->exiting && g->tasks.empty()) return runtime_error(in, self, "is finished");
  if (g->aborting) return runtime_error(in, self, "is shutting down");
  value coroutine = bound[0];
  auto* type = in.type_of(coroutine);
  if (type != &coroutine_type && type != &native_coroutine_type) {
    value text = in.repr(coroutine);
    if (text.is_raised()) return text;
    return in.raise_type_error("a coroutine was expected, got " + std::string(static_cast<str_object*>(text.as_object())->view()));
  }
  const bool taken = type == &coroutine_type ? static_cast<generator_object*>(coroutine.as_object())->awaited ||
                                                   static_cast<generator_object*>(coroutine.as_object())->state != generator_state::created
                                             : static_cast<native_coroutine_object*>(coroutine.as_object())->awaited;
  if (taken) return in.raise_error(exception_type(exception_kind::runtime_error), "cannot reuse already awaited coroutine");
  value name = value::none();
  if (!bound[1].is_unbound() && !bound[1].is_none()) {
    name = in.str(bound[1]);
    if (name.is_raised()) return name;
  }
  auto name_root = in.root(name);
  value task = in.new_task(coroutine, name);
  g->tasks.push_back(task);
  in.add_done_callback(as_future(task), callback_kind::native, self, on_task_done);
  return task;
}

}  // namespace asyncio_task_group_detail

inline type_object make_task_group_type() {
  type_object t = make_plain_type("TaskGroup", &vm::layout_of<task_group_object>, asyncio_task_group_detail::group_repr);
  t.module_name = "asyncio.taskgroups";
  return t;
}
inline std::span<native_function_object* const> task_group_methods() {
  using namespace asyncio_task_group_detail;
  static const auto methods = make_methods("TaskGroup", {{"create_task", task_group_create_task}, {"__aenter__", task_group_aenter},
                                                         {"__aexit__", task_group_aexit}});
  return methods;
}

}  // namespace coil::runtime
