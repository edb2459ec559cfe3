// The `asyncio` module: run, sleep, gather, create_task and the objects they make, over the
// execution's event loop (vm/event_loop.hpp). Host functions registered as async externals
// return futures that these functions accept like any other.
#pragma once

#include <coil/modules/impl/asyncio_waiting.ipp>
#include <coil/modules/module_registry.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/future_object.hpp>
#include <coil/runtime/generator_object.hpp>
#include <coil/runtime/impl/asyncio_loop_type.ipp>
#include <coil/runtime/impl/future_type.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <algorithm>
#include <chrono>
#include <string>

namespace coil::modules {
namespace asyncio_detail {

using runtime::type_of;

inline std::string_view keyword_name(const call_arguments& args, std::size_t i) {
  return static_cast<runtime::str_object*>(args.keyword_names[i].as_object())->view();
}

inline value unexpected_keyword(interpreter& in, std::string_view function, std::string_view name) {
  return in.raise_type_error(std::string(function) + "() got an unexpected keyword argument '" + std::string(name) + "'");
}

// A coroutine in CPython's sense: an async def's, or one of asyncio's own native ones.
inline bool is_coroutine(value v) {
  return v.is_object() && (v.as_object()->type == &runtime::coroutine_type || v.as_object()->type == &runtime::native_coroutine_type);
}

inline value run(interpreter& in, const call_arguments& args) {
  if (args.positional.size() != 1) return in.raise_type_error("run() missing 1 required positional argument: 'main'");
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i)
    if (keyword_name(args, i) != "debug") return unexpected_keyword(in, "run", keyword_name(args, i));
  return in.begin_asyncio_run(args.positional[0]);
}

// asyncio.sleep's coroutine: `number` is the delay, `argument` the result, `waiting_on` the
// future its timer resolves (CPython's call_later of _set_result_unless_cancelled), `timer` that
// timer, cancelled however the sleep ends. sleep(0) yields None once instead (__sleep0).
inline value sleep_step(interpreter& in, runtime::native_coroutine_object& self, value exception, bool& yielded) {
  using handle = vm::event_loop::handle;
  if (!exception.is_none()) {
    in.loop().cancel(self.timer);
    return in.raise_exception(exception);
  }
  switch (self.stage) {
    case 0: {
      yielded = true;
      if (!(self.number > 0)) {
        self.stage = 2;
        return value::none();
      }
      auto* f = in.new_future(&runtime::future_type);
      self.waiting_on = value::from_object(f);
      const auto delay = std::chrono::duration<double>(std::min(self.number, 1e9));
      self.timer = in.loop().add_timer(vm::clock::now() + std::chrono::duration_cast<vm::clock::duration>(delay),
                                       handle{handle::kind::set_result_unless_done, runtime::callback_kind::wake_task, self.waiting_on, self.argument});
      self.stage = 1;
      return self.waiting_on;
    }
    case 1: {
      auto* f = static_cast<runtime::future_object*>(self.waiting_on.as_object());
      if (!f->done()) {
        yielded = true;
        return self.waiting_on;
      }
      in.loop().cancel(self.timer);
      return in.future_outcome(f);
    }
    default:
      return self.argument;
  }
}

inline value sleep(interpreter& in, const call_arguments& args) {
  value delay = args.positional.empty() ? value::unbound() : args.positional[0];
  value result = args.positional.size() > 1 ? args.positional[1] : value::none();
  if (args.positional.size() > 2) return in.raise_type_error("sleep() takes from 1 to 2 positional arguments but " + std::to_string(args.positional.size()) + " were given");
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i) {
    if (keyword_name(args, i) == "delay") delay = args.keyword_values[i];
    else if (keyword_name(args, i) == "result") result = args.keyword_values[i];
    else return unexpected_keyword(in, "sleep", keyword_name(args, i));
  }
  if (delay.is_unbound()) return in.raise_type_error("sleep() missing 1 required positional argument: 'delay'");
  double seconds = 0;
  if (delay.is_double()) seconds = delay.as_double();
  else if (delay.is_small_int()) seconds = static_cast<double>(delay.as_small_int());
  else if (delay.is_bool()) seconds = delay.is_true() ? 1 : 0;
  else if (type_of(delay) == &runtime::int_type) seconds = 1e18;  // a huge int: practically forever
  else return in.raise_type_error("'<=' not supported between instances of '" + std::string(type_of(delay)->name) + "' and 'int'");
  if (seconds != seconds) return in.raise_value_error("Invalid delay: NaN (not a number)");
  value coroutine = runtime::new_native_coroutine(in, sleep_step, "sleep", value::none(), result);
  static_cast<runtime::native_coroutine_object*>(coroutine.as_object())->number = seconds;
  return coroutine;
}

inline value gather(interpreter& in, const call_arguments& args) {
  bool return_exceptions = false;
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i) {
    if (keyword_name(args, i) != "return_exceptions") return unexpected_keyword(in, "gather", keyword_name(args, i));
    auto truth = in.truthy(args.keyword_values[i]);
    if (!truth) return value::raised();
    return_exceptions = *truth;
  }
  return in.gather(args.positional, return_exceptions);
}

inline value create_task(interpreter& in, const call_arguments& args) {
  if (args.positional.size() != 1) return in.raise_type_error("create_task() takes 1 positional argument but " + std::to_string(args.positional.size()) + " were given");
  value name = value::none();
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i) {
    if (keyword_name(args, i) == "name") {
      name = in.str(args.keyword_values[i]);
      if (name.is_raised()) return name;
    } else if (keyword_name(args, i) != "context") {
      return unexpected_keyword(in, "create_task", keyword_name(args, i));
    }
  }
  value coroutine = args.positional[0];
  if (!in.loop().running) return in.raise_error(runtime::exception_type(runtime::exception_kind::runtime_error), "no running event loop");
  if (!is_coroutine(coroutine)) {
    value text = in.repr(coroutine);
    if (text.is_raised()) return text;
    return in.raise_type_error("a coroutine was expected, got " + std::string(static_cast<runtime::str_object*>(text.as_object())->view()));
  }
  if (coroutine.as_object()->type == &runtime::coroutine_type) {
    auto* g = static_cast<runtime::generator_object*>(coroutine.as_object());
    if (g->awaited || g->state != runtime::generator_state::created)
      return in.raise_error(runtime::exception_type(runtime::exception_kind::runtime_error), "cannot reuse already awaited coroutine");
  } else if (static_cast<runtime::native_coroutine_object*>(coroutine.as_object())->awaited) {
    return in.raise_error(runtime::exception_type(runtime::exception_kind::runtime_error), "cannot reuse already awaited coroutine");
  }
  return in.new_task(coroutine, name);
}

inline value ensure_future(interpreter& in, const call_arguments& args) {
  if (args.positional.size() == 1 && args.positional[0].is_object() &&
      runtime::is_subtype(args.positional[0].as_object()->type, &runtime::future_type))
    return args.positional[0];
  if (!in.loop().running) return in.raise_error(runtime::exception_type(runtime::exception_kind::runtime_error), "no running event loop");
  // An async generator's awaitable (anext(g)) is wrapped in a task too, as CPython wraps awaitables.
  if (args.positional.size() == 1 && args.positional[0].is_object() && runtime::is_native_coroutine_type(args.positional[0].as_object()->type))
    return runtime::ensure_future(in, args.positional[0]);
  if (args.positional.size() == 1 && !is_coroutine(args.positional[0]))
    return in.raise_type_error("An asyncio.Future, a coroutine or an awaitable is required");
  return create_task(in, args);
}

inline value current_task(interpreter& in, const call_arguments& args) {
  if (args.positional.size() > 1) return in.raise_type_error("current_task() takes at most 1 argument");
  if (!in.loop().running) return in.raise_error(runtime::exception_type(runtime::exception_kind::runtime_error), "no running event loop");
  return in.loop().current_task;
}

inline value all_tasks(interpreter& in, const call_arguments& args) {
  if (args.positional.size() > 1) return in.raise_type_error("all_tasks() takes at most 1 argument");
  if (!in.loop().running) return in.raise_error(runtime::exception_type(runtime::exception_kind::runtime_error), "no running event loop");
  value set_type = value::from_object(&runtime::set_type);
  auto* tasks = in.new_list();
  value list = value::from_object(tasks);
  auto root = in.root(list);
  for (value t : in.loop().tasks)
    if (!static_cast<runtime::future_object*>(t.as_object())->done()) tasks->items.push_back(t);
  return in.call(set_type, std::span<const value>(&list, 1));
}

inline value get_running_loop(interpreter& in, const call_arguments& args) {
  if (!args.positional.empty() || !args.keyword_values.empty())
    return in.raise_type_error("get_running_loop() takes no arguments (" + std::to_string(args.positional.size() + args.keyword_values.size()) + " given)");
  return runtime::running_loop(in);
}

// inspect.iscoroutinefunction: an async def (also through a bound method). Host functions are
// plain callables to the script, as CPython's stubs would not be: False.
inline value iscoroutinefunction(interpreter& in, const call_arguments& args) {
  if (args.positional.size() != 1 || !args.keyword_values.empty())
    return in.raise_type_error("iscoroutinefunction() takes 1 positional argument but " + std::to_string(args.positional.size()) + " were given");
  value f = args.positional[0];
  if (type_of(f) == &runtime::method_type) f = static_cast<runtime::bound_method_object*>(f.as_object())->function;
  if (type_of(f) != &runtime::function_type) return value::from_bool(false);
  const auto* code = static_cast<runtime::function_object*>(f.as_object())->code;
  return value::from_bool(vm::has(code->flags, vm::code_flags::coroutine));
}

inline value isfuture(interpreter& in, const call_arguments& args) {
  if (args.positional.size() != 1 || !args.keyword_values.empty())
    return in.raise_type_error("isfuture() takes 1 positional argument but " + std::to_string(args.positional.size()) + " were given");
  return value::from_bool(runtime::is_subtype(type_of(args.positional[0]), &runtime::future_type));
}

// wrap_future: an asyncio future as it is; there are no concurrent.futures in the sandbox.
inline value wrap_future(interpreter& in, const call_arguments& args) {
  if (args.positional.size() != 1) return in.raise_type_error("wrap_future() takes 1 positional argument but " + std::to_string(args.positional.size()) + " were given");
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i)
    if (keyword_name(args, i) != "loop") return unexpected_keyword(in, "wrap_future", keyword_name(args, i));
  value f = args.positional[0];
  if (runtime::is_subtype(type_of(f), &runtime::future_type)) return f;
  value text = in.repr(f);
  if (text.is_raised()) return text;
  // CPython asserts here (AssertionError with this text); coil says the same.
  return in.raise_error(runtime::exception_type(runtime::exception_kind::assertion_error),
                        "concurrent.futures.Future is expected, got " + std::string(static_cast<runtime::str_object*>(text.as_object())->view()));
}

inline value iscoroutine(interpreter& in, const call_arguments& args) {
  if (args.positional.size() != 1) return in.raise_type_error("iscoroutine() takes exactly one argument");
  value v = args.positional[0];
  return value::from_bool(is_coroutine(v));
}

}  // namespace asyncio_detail

inline value build_asyncio_module(interpreter& in) {
  using namespace asyncio_detail;
  static const auto functions = runtime::make_methods("asyncio", {
      {"run", run}, {"sleep", sleep}, {"gather", gather}, {"create_task", create_task},
      {"ensure_future", ensure_future}, {"current_task", current_task}, {"all_tasks", all_tasks},
      {"iscoroutine", iscoroutine}, {"get_running_loop", get_running_loop}, {"get_event_loop", get_running_loop},
      {"iscoroutinefunction", iscoroutinefunction}, {"isfuture", isfuture}, {"wrap_future", wrap_future},
      {"to_thread", runtime::asyncio_loop_detail::to_thread},
  });
  value module = new_module(in, "asyncio");
  if (module.is_raised()) return module;
  auto root = in.root(module);
  if (!add_functions(in, module, functions) || !add_functions(in, module, asyncio_waiting_functions())) return value::raised();
  const std::pair<std::string_view, runtime::type_object*> classes[] = {
      {"CancelledError", runtime::exception_type(runtime::exception_kind::cancelled_error)},
      {"TimeoutError", runtime::exception_type(runtime::exception_kind::timeout_error)},
      {"InvalidStateError", &runtime::invalid_state_error_type},
      {"BrokenBarrierError", &runtime::broken_barrier_error_type},
      {"QueueEmpty", &runtime::queue_empty_type},
      {"QueueFull", &runtime::queue_full_type},
      {"Future", &runtime::future_type},
      {"Task", &runtime::task_type},
      {"Lock", &runtime::lock_type},
      {"Event", &runtime::event_type},
      {"Semaphore", &runtime::semaphore_type},
      {"BoundedSemaphore", &runtime::bounded_semaphore_type},
      {"Queue", &runtime::queue_type},
      {"LifoQueue", &runtime::lifo_queue_type},
      {"PriorityQueue", &runtime::priority_queue_type},
      {"Condition", &runtime::condition_type},
      {"Barrier", &runtime::barrier_type},
      {"Handle", &runtime::handle_type},
      {"TimerHandle", &runtime::timer_handle_type},
      {"Timeout", &runtime::timeout_type},
      {"TaskGroup", &runtime::task_group_type},
  };
  for (const auto& [name, type] : classes)
    if (!set_member(in, module, name, value::from_object(type))) return value::raised();
  // wait()'s return_when values (concurrent.futures' constants, plain strings).
  for (std::string_view name : {"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"})
    if (!set_member(in, module, name, in.make_str(name))) return value::raised();
  return module;
}

}  // namespace coil::modules
