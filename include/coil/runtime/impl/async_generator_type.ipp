// Async generators (`async def` with `yield`), and the awaitables their methods return.
//
// An async generator is a generator_object of its own type whose frame both awaits (its
// `yield_from`s pass futures up to the task) and yields values (`yield_value`). It is never
// resumed by the dispatch loop directly: `__anext__()`, `asend()`, `athrow()` and `aclose()`
// return a native coroutine (runtime/future_object.hpp) whose step resumes the generator's frame
// from native code. A step ends in one of three ways, told apart by the interpreter's
// last_async_yield flag: the frame awaited something (the step yields the future up to the task,
// and the generator is "running" until the same awaitable steps again), the frame yielded a
// value (the awaitable's result), or the frame finished (StopAsyncIteration, or the default of
// anext(it, default), or None for aclose()).
//
// CPython finalises an abandoned async generator through the event loop; coil has no reference
// counts, so every async generator a loop started is remembered and the ones left suspended are
// closed in asyncio.run's epilogue, as CPython's loop.shutdown_asyncgens() does (vm/impl/event_loop.ipp).
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/future_object.hpp>
#include <coil/runtime/generator_object.hpp>
#include <coil/runtime/impl/callable_types.ipp>
#include <coil/runtime/impl/generator_type.ipp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <string>

namespace coil::runtime {
namespace async_generator_detail {

inline generator_object* as_async_generator(value v) { return static_cast<generator_object*>(v.as_object()); }

inline value async_generator_repr(interpreter& in, value self) {
  auto* qualname = static_cast<str_object*>(as_async_generator(self)->qualname.as_object());
  return in.make_str("<async_generator object " + std::string(qualname->view()) + " at " + callable_detail::address_of(self) + ">");
}

inline value async_generator_get_attribute(interpreter& in, value self, value name) {
  auto wanted = static_cast<str_object*>(name.as_object())->view();
  auto* g = as_async_generator(self);
  if (wanted == "__name__") return g->name;
  if (wanted == "__qualname__") return g->qualname;
  // ag_running: inside one of its awaitables' steps, or suspended at an await within one.
  if (wanted == "ag_running") return value::from_bool(g->state == generator_state::running || g->delegating);
  (void)in;
  return value::unbound();
}

// What one of the awaitables does to the generator when it is first stepped.
enum class operation : std::uint8_t { send, throw_in, close };

inline std::string_view operation_name(operation op) {
  switch (op) {
    case operation::send: return "anext";
    case operation::throw_in: return "athrow";
    case operation::close: return "aclose";
  }
  return "anext";
}

inline bool is_stop_async_iteration_or_exit(interpreter& in) {
  auto* raised = in.type_of(in.pending_exception());
  return is_subtype(raised, exception_type(exception_kind::generator_exit)) ||
         is_subtype(raised, exception_type(exception_kind::stop_async_iteration));
}

// The generator finished (returned) during the operation.
inline value finished_outcome(interpreter& in, native_coroutine_object& self, operation op) {
  if (op == operation::close) return value::none();
  if (!self.extra.is_unbound()) return self.extra;  // anext(it, default)
  return in.raise_error(exception_type(exception_kind::stop_async_iteration), "");
}

// One step of an asend/athrow/aclose awaitable: `argument` is the value to send (asend) or the
// exception to throw (athrow); `extra` is anext()'s default (unbound: none).
inline value step_operation(interpreter& in, native_coroutine_object& self, value exception, bool& yielded, operation op) {
  auto* g = as_async_generator(self.owner);
  value outcome;
  bool resumed_yield = false;
  if (self.stage == 0) {
    self.stage = 1;
    if (!exception.is_none()) return in.raise_exception(exception);  // cancelled before it started
    if (g->state == generator_state::running || g->delegating)
      return in.raise_error(exception_type(exception_kind::runtime_error),
                            std::string(operation_name(op)) + "(): asynchronous generator is already running");
    if (g->state == generator_state::finished) {
      if (op == operation::send) return finished_outcome(in, self, op);
      return value::none();  // athrow()/aclose() of a finished generator: nothing to do
    }
    if (op == operation::close && g->state == generator_state::created) {
      g->state = generator_state::finished;
      g->release_frame();
      return value::none();
    }
    if (g->state == generator_state::created) {
      if (op == operation::send && !self.argument.is_none())
        return in.raise_type_error("can't send non-None value to a just-started async generator");
      in.remember_async_generator(self.owner);
    }
    if (op == operation::send) {
      outcome = in.resume_generator(g, self.argument, false, resumed_yield);
    } else {
      value thrown = self.argument;
      if (op == operation::close) {
        thrown = in.call(value::from_object(exception_type(exception_kind::generator_exit)), std::span<const value>{});
        if (thrown.is_raised()) return thrown;
      }
      auto root = in.root(thrown);
      outcome = in.resume_generator(g, thrown, true, resumed_yield);
    }
  } else {
    // Back from an await inside the generator: the task resumes the frame (or throws into it).
    outcome = in.resume_generator(g, exception, !exception.is_none(), resumed_yield);
  }
  if (outcome.is_raised()) {
    if (op == operation::close && is_stop_async_iteration_or_exit(in)) {
      in.take_pending_exception();
      return value::none();
    }
    return outcome;
  }
  if (resumed_yield && !in.last_yield_was_async_yield()) {
    yielded = true;  // the frame awaits `outcome`: the task waits for it
    return outcome;
  }
  if (resumed_yield) {
    if (op == operation::close)
      return in.raise_error(exception_type(exception_kind::runtime_error), "async generator ignored GeneratorExit");
    return outcome;  // the value the generator yielded
  }
  return finished_outcome(in, self, op);
}

inline value step_send(interpreter& in, native_coroutine_object& self, value exception, bool& yielded) {
  return step_operation(in, self, exception, yielded, operation::send);
}
inline value step_throw(interpreter& in, native_coroutine_object& self, value exception, bool& yielded) {
  return step_operation(in, self, exception, yielded, operation::throw_in);
}
inline value step_close(interpreter& in, native_coroutine_object& self, value exception, bool& yielded) {
  return step_operation(in, self, exception, yielded, operation::close);
}

inline value new_operation(interpreter& in, value generator, operation op, value argument, value default_value) {
  auto* c = in.heap().make<native_coroutine_object>(op == operation::send ? &async_generator_asend_type : &async_generator_athrow_type);
  c->step = op == operation::send ? step_send : op == operation::throw_in ? step_throw : step_close;
  c->qualname = op == operation::send ? "async_generator_asend" : "async_generator_athrow";
  c->owner = generator;
  c->argument = argument;
  c->extra = default_value;
  return value::from_object(c);
}

inline value check_self(interpreter& in, const call_arguments& args, std::string_view method, std::size_t arguments) {
  if (!args.keyword_values.empty())
    return in.raise_type_error("async_generator." + std::string(method) + "() takes no keyword arguments");
  if (args.positional.size() - 1 != arguments) {
    if (arguments == 0) return in.raise_type_error("async_generator." + std::string(method) + "() takes no arguments (" + std::to_string(args.positional.size() - 1) + " given)");
    return in.raise_type_error("async_generator." + std::string(method) + "() takes exactly one argument (" + std::to_string(args.positional.size() - 1) + " given)");
  }
  return value::none();
}

inline value anext_method(interpreter& in, const call_arguments& args) {
  if (value ok = check_self(in, args, "__anext__", 0); ok.is_raised()) return ok;
  return new_operation(in, args.positional[0], operation::send, value::none(), value::unbound());
}

inline value asend(interpreter& in, const call_arguments& args) {
  if (value ok = check_self(in, args, "asend", 1); ok.is_raised()) return ok;
  return new_operation(in, args.positional[0], operation::send, args.positional[1], value::unbound());
}

inline value athrow(interpreter& in, const call_arguments& args) {
  if (!args.keyword_values.empty()) return in.raise_type_error("async_generator.athrow() takes no keyword arguments");
  if (args.positional.size() < 2 || args.positional.size() > 4)
    return in.raise_type_error("athrow expected at least 1 argument, got " + std::to_string(args.positional.size() - 1));
  value exception = generator_detail::exception_to_throw(in, args.positional[1]);
  if (exception.is_raised()) return exception;
  return new_operation(in, args.positional[0], operation::throw_in, exception, value::unbound());
}

inline value aclose(interpreter& in, const call_arguments& args) {
  if (value ok = check_self(in, args, "aclose", 0); ok.is_raised()) return ok;
  return new_operation(in, args.positional[0], operation::close, value::none(), value::unbound());
}

inline value aiter_method(interpreter& in, const call_arguments& args) {
  if (value ok = check_self(in, args, "__aiter__", 0); ok.is_raised()) return ok;
  return args.positional[0];
}

inline value operation_repr(interpreter& in, value self) {
  return in.make_str("<" + std::string(in.type_of(self)->name) + " object at " + callable_detail::address_of(self) + ">");
}

}  // namespace async_generator_detail

// aiter(x): what `async for` iterates; only async generators are async iterables in coil
// (there are no classes to define __aiter__ yet).
inline value async_iterator_of(interpreter& in, value iterable, bool for_statement) {
  if (in.type_of(iterable) == &async_generator_type) return iterable;
  if (for_statement)
    return in.raise_type_error("'async for' requires an object with __aiter__ method, got " + std::string(in.type_of(iterable)->name));
  return in.raise_type_error("'" + std::string(in.type_of(iterable)->name) + "' object is not an async iterable");
}

// anext(it[, default]): the awaitable of its next item. `default_value` unbound: no default.
inline value async_next_of(interpreter& in, value iterator, value default_value, bool for_statement) {
  if (in.type_of(iterator) != &async_generator_type) {
    if (for_statement)
      return in.raise_type_error("'async for' received an object from __aiter__ that does not implement __anext__: " +
                                 std::string(in.type_of(iterator)->name));
    return in.raise_type_error("'" + std::string(in.type_of(iterator)->name) + "' object is not an async iterator");
  }
  return async_generator_detail::new_operation(in, iterator, async_generator_detail::operation::send, value::none(), default_value);
}

// What awaiting a finished native coroutine again says.
inline std::string_view awaitable_reuse_message(const type_object* type) {
  if (type == &async_generator_asend_type) return "cannot reuse already awaited __anext__()/asend()";
  if (type == &async_generator_athrow_type) return "cannot reuse already awaited aclose()/athrow()";
  return "cannot reuse already awaited coroutine";
}

inline type_object make_async_generator_type() {
  using namespace async_generator_detail;
  type_object t = make_plain_type("async_generator", &vm::layout_of<generator_object>, async_generator_repr);
  t.get_attribute = async_generator_get_attribute;
  t.methods = make_methods("async_generator", {{"__anext__", anext_method}, {"__aiter__", aiter_method}, {"asend", asend},
                                               {"athrow", athrow}, {"aclose", aclose}});
  return t;
}

inline type_object make_async_generator_operation_type(std::string_view name) {
  return make_plain_type(name, &vm::layout_of<native_coroutine_object>, async_generator_detail::operation_repr);
}

}  // namespace coil::runtime
