// The `generator` type: iteration (next), send, throw and close, with CPython's rules for a
// generator that is running, finished, or ignores GeneratorExit.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/generator_object.hpp>
#include <coil/runtime/impl/callable_types.ipp>
#include <coil/runtime/impl/sequence_types.ipp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <string>

namespace coil::runtime {
namespace generator_detail {

inline generator_object* as_generator(value v) { return static_cast<generator_object*>(v.as_object()); }

inline value generator_repr(interpreter& in, value self) {
  auto* qualname = static_cast<str_object*>(as_generator(self)->qualname.as_object());
  return in.make_str("<generator object " + std::string(qualname->view()) + " at " + callable_detail::address_of(self) + ">");
}

inline value generator_next(interpreter& in, value self) {
  bool yielded = false;
  auto root = in.root(self);
  value r = in.resume_generator(as_generator(self), value::none(), false, yielded);
  if (r.is_raised() || yielded) return r;
  return value::unbound();
}

// A generator's return value leaves through StopIteration(value) for send() and throw().
inline value stop_iteration(interpreter& in, value returned) {
  if (returned.is_none()) return in.raise_error(exception_type(exception_kind::stop_iteration), "");
  value exception = in.call(value::from_object(exception_type(exception_kind::stop_iteration)), std::span<const value>(&returned, 1));
  if (exception.is_raised()) return exception;
  return in.raise_exception(exception);
}

inline value send(interpreter& in, const call_arguments& args) {
  if (args.positional.size() != 2 || !args.keyword_values.empty())
    return in.raise_type_error("generator.send() takes exactly one argument (" + std::to_string(args.positional.size() - 1) + " given)");
  bool yielded = false;
  value r = in.resume_generator(as_generator(args.positional[0]), args.positional[1], false, yielded);
  if (r.is_raised() || yielded) return r;
  return stop_iteration(in, r);
}

// What throw()/athrow() throw: an exception instance, or an exception class called with no
// arguments; anything else is CPython's TypeError.
inline value exception_to_throw(interpreter& in, value exception) {
  auto* type = in.type_of(exception);
  if (type == &type_type && is_subtype(static_cast<type_object*>(exception.as_object()), exception_type(exception_kind::base_exception)))
    return in.call(exception, std::span<const value>{});
  if (!is_subtype(type, exception_type(exception_kind::base_exception)))
    return in.raise_type_error("exceptions must be classes or instances deriving from BaseException, not " + std::string(type->name));
  return exception;
}

inline value throw_into(interpreter& in, const call_arguments& args) {
  if (args.positional.size() < 2 || args.positional.size() > 4 || !args.keyword_values.empty())
    return in.raise_type_error("throw expected at least 1 argument, got " + std::to_string(args.positional.size() - 1));
  value exception = exception_to_throw(in, args.positional[1]);
  if (exception.is_raised()) return exception;
  bool yielded = false;
  auto root = in.root(exception);
  value r = in.resume_generator(as_generator(args.positional[0]), exception, true, yielded);
  if (r.is_raised() || yielded) return r;
  return stop_iteration(in, r);
}

// generator.close(), also what a loop leaving a generator it made does (vm release_iterator):
// None, or raised.
inline value close_generator(interpreter& in, generator_object* g) {
  if (g->state == generator_state::created || g->state == generator_state::finished) {
    g->state = generator_state::finished;
    g->release_frame();
    return value::none();
  }
  value exit = in.call(value::from_object(exception_type(exception_kind::generator_exit)), std::span<const value>{});
  if (exit.is_raised()) return exit;
  bool yielded = false;
  value r = in.resume_generator(g, exit, true, yielded);
  if (r.is_raised()) {
    auto* raised = in.type_of(in.pending_exception());
    if (is_subtype(raised, exception_type(exception_kind::generator_exit)) || is_subtype(raised, exception_type(exception_kind::stop_iteration))) {
      in.take_pending_exception();
      return value::none();
    }
    return r;
  }
  if (yielded) return in.raise_error(exception_type(exception_kind::runtime_error), "generator ignored GeneratorExit");
  return value::none();
}

inline value close(interpreter& in, const call_arguments& args) {
  if (args.positional.size() != 1 || !args.keyword_values.empty()) return in.raise_type_error("generator.close() takes no arguments");
  return close_generator(in, as_generator(args.positional[0]));
}

}  // namespace generator_detail

inline type_object make_generator_type() {
  using namespace generator_detail;
  type_object t = make_plain_type("generator", &vm::layout_of<generator_object>, generator_repr);
  t.iter = sequence_detail::iterator_self;
  t.next = generator_next;
  t.methods = make_methods("generator", {{"send", send}, {"throw", throw_into}, {"close", close}});
  return t;
}

}  // namespace coil::runtime
