// Definitions for vm/interpreter.hpp, except the dispatch loop (dispatch.ipp) and argument
// binding (calls.ipp): construction, object creation, raising, limits and garbage collection,
// and the Python-level operations shared by natives and the loop (repr, str, truthiness,
// hashing, equality, binary operators, comparison, iteration, attributes).
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/impl/builtin_functions.ipp>
#include <coil/runtime/impl/builtin_types.ipp>
#include <coil/runtime/impl/str_percent_format.ipp>
#include <coil/runtime/int_object.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/runtime/stream_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <cstring>
#include <thread>
#include <string>

namespace coil::vm {

using runtime::exception_kind;
using runtime::exception_type;

COIL_DECL interpreter::interpreter(const program_image& program, interpreter_limits limits, output_function output)
    : program_(program),
      limits_(limits),
      output_(std::move(output)),
      heap_(heap_limits{limits.max_memory, limits.max_allocations}),
      globals_(program.global_names.size(), value::unbound()),
      builtin_for_global_(program.global_names.size(), value::unbound()),
      safe_point_budget_(COIL_SAFE_POINT_INTERVAL) {
  if (program.builtins.size() == program.global_names.size()) {
    std::copy(program.builtins.begin(), program.builtins.end(), builtin_for_global_.begin());
  } else {
    for (std::size_t slot = 0; slot < program.global_names.size(); ++slot)
      builtin_for_global_[slot] = runtime::find_builtin(program.global_names[slot]);
  }
}

COIL_DECL interpreter::~interpreter() = default;

COIL_DECL value interpreter::run_module() {
  // Without a driver there are no host calls to wait for: only timers, slept through here.
  value result;
  while (!advance(result)) {
    if (has_ready_work()) continue;
    if (auto when = next_timer()) {
      if (limits_.deadline && *when > *limits_.deadline) {
        std::this_thread::sleep_until(*limits_.deadline);
        terminate_for_duration();
      } else {
        std::this_thread::sleep_until(*when);
      }
    } else if (outstanding_host_calls() > 0) {
      return raise_error(exception_type(exception_kind::runtime_error), "coil: host calls need a driver (coil::run)");
    }
  }
  return result;
}

COIL_DECL value interpreter::enter_context(value manager, bool is_async, value& exit, value& entered) {
  const std::string_view enter_name = is_async ? "__aenter__" : "__enter__";
  const std::string_view exit_name = is_async ? "__aexit__" : "__exit__";
  const std::string protocol = "'" + std::string(type_of(manager)->name) + "' object does not support the " +
                               (is_async ? "asynchronous " : "") + "context manager protocol";
  auto lookup = [&](std::string_view name) -> value {
    value key = make_str(name);
    value found = get_attribute(manager, key);
    if (found.is_raised() && runtime::is_subtype(type_of(pending_), exception_type(exception_kind::attribute_error))) {
      take_pending_exception();
      return value::unbound();
    }
    return found;
  };
  value enter = lookup(enter_name);
  if (enter.is_raised()) return enter;
  if (enter.is_unbound()) return raise_type_error(protocol);
  auto enter_root = root(enter);
  value exit_method = lookup(exit_name);
  if (exit_method.is_raised()) return exit_method;
  if (exit_method.is_unbound()) return raise_type_error(protocol + " (missed " + std::string(exit_name) + " method)");
  exit = exit_method;
  value r = call(enter, std::span<const value>{});
  if (r.is_raised()) return r;
  entered = r;
  return r;
}

COIL_DECL frame* interpreter::push_frame(const code_object* code, runtime::function_object* function) {
  frame* f = frames_.push(code);
  f->function = function;
  f->caller = current_;
  current_ = f;
  return f;
}

// ---------------------------------------------------------------------------------------------
// Making objects.

COIL_DECL value interpreter::make_str(std::string_view text) {
  auto* s = heap_.make_with_trailing<runtime::str_object>(&runtime::str_type, text.size() + 1);
  s->byte_length = static_cast<std::uint32_t>(text.size());
  if (!text.empty()) std::memcpy(s->data(), text.data(), text.size());
  runtime::finish_str(s);
  return value::from_object(s);
}

COIL_DECL runtime::tuple_object* interpreter::new_tuple(std::size_t size) {
  auto* t = heap_.make_with_trailing<runtime::tuple_object>(&runtime::tuple_type, size * sizeof(value));
  t->size = static_cast<std::uint32_t>(size);
  for (std::size_t i = 0; i < size; ++i) t->items()[i] = value::none();
  return t;
}

COIL_DECL value interpreter::make_tuple(std::span<const value> items) {
  auto* t = new_tuple(items.size());
  std::copy(items.begin(), items.end(), t->items());
  return value::from_object(t);
}

COIL_DECL runtime::list_object* interpreter::new_list() { return heap_.make<runtime::list_object>(&runtime::list_type, &heap_); }

COIL_DECL value interpreter::make_big_int(runtime::big_int i) {
  if (auto small = i.to_int64(); small && value::fits_small_int(*small)) return value::from_small_int(*small);
  return value::from_object(heap_.make<runtime::int_object>(&runtime::int_type, std::move(i), &heap_));
}

// ---------------------------------------------------------------------------------------------
// Raising.

COIL_DECL value interpreter::raise_error(runtime::type_object* type, std::string_view message) {
  auto* e = heap_.make<runtime::exception_object>(type, &heap_);
  value exception = value::from_object(e);
  if (message.empty()) {
    e->args = make_tuple({});
  } else {
    value text = make_str(message);
    e->args = make_tuple(std::span<const value>(&text, 1));
  }
  return raise_exception(exception);
}

COIL_DECL value interpreter::raise_exception(value exception) {
  auto* e = static_cast<runtime::exception_object*>(exception.as_object());
  // Implicit chaining: an exception raised while another is handled remembers it, unless that
  // would make the context chain a cycle.
  if (!handled_.is_none() && !same(handled_, exception) && e->context.is_none()) {
    bool cycle = false;
    for (value c = handled_; !c.is_none(); c = static_cast<runtime::exception_object*>(c.as_object())->context)
      if (same(c, exception)) cycle = true;
    if (!cycle) e->context = handled_;
  }
  pending_ = exception;
  return value::raised();
}

COIL_DECL value interpreter::raise_type_error(std::string_view message) {
  return raise_error(exception_type(exception_kind::type_error), message);
}
COIL_DECL value interpreter::raise_value_error(std::string_view message) {
  return raise_error(exception_type(exception_kind::value_error), message);
}
COIL_DECL value interpreter::raise_memory_error() {
  // Refused because the live bytes leave no room (not because the request alone is too big):
  // the memory limit is reached, and that ends the run.
  if (const std::size_t refused = heap_.take_refused_bytes(); refused != 0 && limits_.max_memory)
    return terminate(termination::memory, "memory limit exceeded: " + std::to_string(heap_.live_bytes() + refused) +
                                              " bytes > " + std::to_string(*limits_.max_memory) + " bytes");
  return raise_error(exception_type(exception_kind::memory_error), "");
}

COIL_DECL value interpreter::standard_stream(bool is_error) {
  value& stream = streams_[is_error ? 1 : 0];
  if (stream.is_none()) {
    auto* s = heap_.make<runtime::stream_object>(&runtime::text_stream_type);
    s->is_error = is_error;
    stream = value::from_object(s);
  }
  return stream;
}

COIL_DECL value interpreter::take_pending_exception() {
  value e = pending_;
  pending_ = value::none();
  return e;
}

COIL_DECL value interpreter::terminate(termination why, std::string message) {
  runtime::type_object* type = exception_type(why == termination::duration ? exception_kind::timeout_error
                                                                           : exception_kind::memory_error);
  terminated_ = why;
  // The message is built before anything else is allocated: the heap may be at its limit.
  handled_ = value::none();
  return raise_error(type, message);
}

// ---------------------------------------------------------------------------------------------
// Limits and collection, at safe points.

COIL_DECL void interpreter::terminate_for_duration() {
  if (terminated_ != termination::none) return;
  std::string message = "time limit exceeded";
  if (limits_.deadline && limits_.max_duration) {
    // Whole milliseconds rounded up, so the figure is always above the limit it exceeded.
    const auto started = *limits_.deadline - *limits_.max_duration;
    const auto elapsed = std::chrono::ceil<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    message += ": " + std::to_string(elapsed.count()) + " ms > " + std::to_string(limits_.max_duration->count()) + " ms";
  }
  terminate(termination::duration, std::move(message));
}

COIL_DECL bool interpreter::check_limits() {
  safe_point_budget_ = COIL_SAFE_POINT_INTERVAL;
  if (terminated_ != termination::none) return false;
  if (limits_.deadline && std::chrono::steady_clock::now() > *limits_.deadline) {
    terminate_for_duration();
    return false;
  }
  if (heap_.wants_collection() || heap_.over_memory_limit()) collect_garbage();
  if (heap_.over_memory_limit()) {
    auto live = heap_.live_bytes();
    terminate(termination::memory,
              "memory limit exceeded: " + std::to_string(live) + " bytes > " + std::to_string(*limits_.max_memory) + " bytes");
    return false;
  }
  if (heap_.over_allocation_limit()) {
    auto count = heap_.allocation_count();
    terminate(termination::allocations, "allocation limit exceeded: " + std::to_string(count) + " allocations > " +
                                            std::to_string(*limits_.max_allocations) + " allocations");
    return false;
  }
  return true;
}

// Called from the dispatch loop's safe points only (every COIL_SAFE_POINT_INTERVAL of them), not
// from check_limits(), which the event loop calls after every callback: a clock read per host
// round trip would cost as much as the round trip.
COIL_DECL void interpreter::check_slice() {
  if (!preempt_armed_) return;
  const auto now = std::chrono::steady_clock::now();
  if (!preempt_at_) {
    preempt_at_ = now + std::chrono::milliseconds(COIL_RUN_SLICE_MS);
  } else if (now > *preempt_at_) {
    preempt_due_ = true;
    preempt_armed_ = false;
    preempt_at_.reset();
  }
}

COIL_DECL void interpreter::collect_garbage() {
  heap_.collect([&](tracer& t) {
    for (value v : globals_) t.visit(v);
    t.visit(pending_);
    t.visit(handled_);
    for (value v : native_roots_) t.visit(v);
    for (const auto& [name, module] : modules_) t.visit(module);
    for (value stream : streams_) t.visit(stream);
    loop_.trace(t);
    for (value g : async_generators_) t.visit(g);
    t.visit(preempted_task_);
    t.visit(preempted_outer_handled_);
    for (auto& [id, future] : host_calls_) t.visit(future);
    for (frame* f = current_; f != nullptr; f = f->caller) {
      t.visit(reinterpret_cast<object*>(f->function));
      for (std::uint16_t i = 0; i < f->register_count; ++i) t.visit(f->registers()[i]);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Python-level operations.

COIL_DECL runtime::type_object* interpreter::type_of(value v) const { return runtime::type_of(v); }

namespace interpreter_detail {
// Counts nested native recursion (repr of nested lists, comparison of nested tuples) so deep
// data ends in RecursionError instead of a C++ stack overflow.
struct native_depth_guard {
  std::size_t& depth;
  bool ok;
  native_depth_guard(std::size_t& d, std::size_t limit) : depth(d), ok(++d <= limit) {}
  ~native_depth_guard() { --depth; }
};
}  // namespace interpreter_detail

COIL_DECL value interpreter::repr(value v) {
  interpreter_detail::native_depth_guard guard(native_depth_, limits_.max_recursion_depth);
  if (!guard.ok)
    return raise_error(exception_type(exception_kind::recursion_error), "maximum recursion depth exceeded while getting the repr of an object");
  auto* type = type_of(v);
  for (auto* t = type; t != nullptr; t = t->base)
    if (t->repr != nullptr) return t->repr(*this, v);
  return raise_type_error("object has no repr");
}

COIL_DECL value interpreter::str(value v) {
  auto* type = type_of(v);
  for (auto* t = type; t != nullptr; t = t->base) {
    if (t->str != nullptr) return t->str(*this, v);
    if (t->repr != nullptr) return repr(v);
  }
  return repr(v);
}

COIL_DECL std::optional<bool> interpreter::truthy(value v) {
  if (v.is_bool()) return v.is_true();
  if (v.is_none()) return false;
  if (v.is_small_int()) return v.as_small_int() != 0;
  if (v.is_double()) return v.as_double() != 0.0;
  auto* type = type_of(v);
  value r = value::from_bool(true);
  if (type->truthy != nullptr) {
    r = type->truthy(*this, v);
  } else if (type->length != nullptr) {
    r = type->length(*this, v);
    if (!r.is_raised()) r = value::from_bool(!r.is_small_int() || r.as_small_int() != 0);
  }
  if (r.is_raised()) return std::nullopt;
  return r.is_true();
}

COIL_DECL std::optional<std::int64_t> interpreter::hash(value v) {
  if (v.is_small_int()) {
    std::int64_t i = v.as_small_int();
    return i == -1 ? -2 : i;
  }
  if (v.is_double()) return runtime::numeric_detail::hash_double(v.as_double());
  auto* type = type_of(v);
  if (type == &runtime::str_type) return runtime::str_hash_of(static_cast<runtime::str_object*>(v.as_object()));
  if (type->hash == nullptr) {
    raise_type_error("unhashable type: '" + std::string(type->name) + "'");
    return std::nullopt;
  }
  interpreter_detail::native_depth_guard guard(native_depth_, limits_.max_recursion_depth);
  if (!guard.ok) {
    raise_error(exception_type(exception_kind::recursion_error), "maximum recursion depth exceeded");
    return std::nullopt;
  }
  value h = type->hash(*this, v);
  if (h.is_raised()) return std::nullopt;
  if (h.is_small_int()) return h.as_small_int();
  // Hashes span 64 bits (floats, strs, tuples): beyond 48 bits the slot returns a heap int.
  return static_cast<runtime::int_object*>(h.as_object())->value.to_int64().value_or(-2);
}

COIL_DECL std::optional<bool> interpreter::equals(value a, value b) {
  if (same(a, b)) return true;
  value r = compare(runtime::compare_operator::equal, a, b);
  if (r.is_raised()) return std::nullopt;
  return truthy(r);
}

namespace interpreter_detail {
inline runtime::compare_operator swapped(runtime::compare_operator op) {
  using runtime::compare_operator;
  switch (op) {
    case compare_operator::less: return compare_operator::greater;
    case compare_operator::less_equal: return compare_operator::greater_equal;
    case compare_operator::greater: return compare_operator::less;
    case compare_operator::greater_equal: return compare_operator::less_equal;
    default: return op;
  }
}
inline const char* compare_text(runtime::compare_operator op) {
  constexpr const char* texts[] = {"<", "<=", "==", "!=", ">", ">="};
  return texts[static_cast<int>(op)];
}
inline const char* binary_text(std::size_t op) {
  constexpr const char* texts[] = {
#define COIL_AST_BINARY_OPERATOR(python_name, cpp_name, text) text,
#include <coil/syntax/ast_operators.def>
  };
  return texts[op];
}
}  // namespace interpreter_detail

namespace interpreter_detail {
inline value compare_ordered(runtime::compare_operator op, std::partial_ordering order) {
  using runtime::compare_operator;
  switch (op) {
    case compare_operator::less: return value::from_bool(order < 0);
    case compare_operator::less_equal: return value::from_bool(order <= 0);
    case compare_operator::equal: return value::from_bool(order == 0);
    case compare_operator::not_equal: return value::from_bool(order != 0);
    case compare_operator::greater: return value::from_bool(order > 0);
    case compare_operator::greater_equal: return value::from_bool(order >= 0);
  }
  return value::not_implemented();
}
}  // namespace interpreter_detail

COIL_DECL value interpreter::compare(runtime::compare_operator op, value a, value b) {
  // The common cases first (sorting keys, containment tests): no slot lookup, no depth guard.
  if (a.is_small_int() && b.is_small_int()) return interpreter_detail::compare_ordered(op, a.as_small_int() <=> b.as_small_int());
  if (a.is_double() && b.is_double()) return interpreter_detail::compare_ordered(op, a.as_double() <=> b.as_double());
  if (a.is_object() && b.is_object() && a.as_object()->type == &runtime::str_type && b.as_object()->type == &runtime::str_type)
    return interpreter_detail::compare_ordered(op, static_cast<runtime::str_object*>(a.as_object())->view() <=>
                                                       static_cast<runtime::str_object*>(b.as_object())->view());
  interpreter_detail::native_depth_guard guard(native_depth_, limits_.max_recursion_depth);
  if (!guard.ok) return raise_error(exception_type(exception_kind::recursion_error), "maximum recursion depth exceeded in comparison");
  auto* ta = type_of(a);
  auto* tb = type_of(b);
  auto find = [](runtime::type_object* t) {
    for (; t != nullptr; t = t->base)
      if (t->compare != nullptr) return t->compare;
    return static_cast<decltype(t->compare)>(nullptr);
  };
  auto compare_a = find(ta);
  auto compare_b = find(tb);
  if (compare_a != nullptr) {
    value r = compare_a(*this, a, b, op);
    if (!r.is_not_implemented()) return r;
  }
  if (compare_b != nullptr) {
    value r = compare_b(*this, b, a, interpreter_detail::swapped(op));
    if (!r.is_not_implemented()) return r;
  }
  if (op == runtime::compare_operator::equal) return value::from_bool(same(a, b));
  if (op == runtime::compare_operator::not_equal) return value::from_bool(!same(a, b));
  return raise_type_error(std::string("'") + interpreter_detail::compare_text(op) + "' not supported between instances of '" +
                          std::string(ta->name) + "' and '" + std::string(tb->name) + "'");
}

COIL_DECL value interpreter::binary(std::size_t op, value a, value b, bool in_place) {
  auto* ta = type_of(a);
  auto* tb = type_of(b);
  if (auto slot = ta->binary[op]) {
    value r = slot(*this, a, b);
    if (!r.is_not_implemented()) return r;
  }
  if (tb != ta) {
    if (auto slot = tb->reflected[op]) {
      value r = slot(*this, b, a);
      if (!r.is_not_implemented()) return r;
    }
  }
  if (op == static_cast<std::size_t>(syntax::binary_operator::mod) && ta == &runtime::str_type)
    return runtime::str_percent_format(*this, a, b);
  // As CPython's PyNumber_Multiply: once neither side's * took the pair, a sequence (str, list,
  // tuple) on either side names the other operand as the culprit.
  if (op == static_cast<std::size_t>(syntax::binary_operator::mult)) {
    auto repeatable = [](runtime::type_object* t) { return t == &runtime::str_type || t == &runtime::list_type || t == &runtime::tuple_type; };
    if (repeatable(ta) || repeatable(tb))
      return raise_type_error("can't multiply sequence by non-int of type '" + std::string(repeatable(ta) ? tb->name : ta->name) + "'");
  }
  // CPython names ** "** or pow()" (the builtin shares the error), but its **= plainly.
  const bool power = op == static_cast<std::size_t>(syntax::binary_operator::pow);
  return raise_type_error(std::string("unsupported operand type(s) for ") + interpreter_detail::binary_text(op) +
                          (in_place ? "=" : power ? " or pow()" : "") + ": '" + std::string(ta->name) + "' and '" + std::string(tb->name) + "'");
}

COIL_DECL value interpreter::get_iterator(value iterable) {
  auto* type = type_of(iterable);
  if (type->iter == nullptr) return raise_type_error("'" + std::string(type->name) + "' object is not iterable");
  return type->iter(*this, iterable);
}

COIL_DECL value interpreter::next(value iterator) {
  auto* type = type_of(iterator);
  if (type->next == nullptr) return raise_type_error("'" + std::string(type->name) + "' object is not an iterator");
  return type->next(*this, iterator);
}

COIL_DECL value interpreter::get_attribute(value object, value name) {
  auto* type = type_of(object);
  auto wanted = static_cast<runtime::str_object*>(name.as_object())->view();
  const bool is_type = type == &runtime::type_type;
  if (is_type) {
    // A builtin type's own methods, unbound (str.lower) or static (str.maketrans); only types
    // whose methods check their self argument expose the unbound ones.
    for (auto* t = static_cast<runtime::type_object*>(object.as_object()); t != nullptr; t = t->base)
      for (runtime::native_function_object* method : t->methods)
        if (method->name == wanted && (method->self_type != nullptr || method->is_static)) return value::from_object(method);
  }
  for (auto* t = type; t != nullptr; t = t->base) {
    for (runtime::native_function_object* method : t->methods) {
      if (method->name == wanted) {
        if (method->is_static) return value::from_object(method);
        auto* bound = heap_.make<runtime::bound_method_object>(&runtime::builtin_method_type);
        bound->function = value::from_object(method);
        bound->self = object;
        return value::from_object(bound);
      }
    }
    if (t->get_attribute != nullptr) {
      value r = t->get_attribute(*this, object, name);
      if (!r.is_unbound()) return r;
    }
  }
  if (is_type)
    return raise_attribute_error(object, name,
                                 "type object '" + std::string(static_cast<runtime::type_object*>(object.as_object())->name) +
                                     "' has no attribute '" + std::string(wanted) + "'");
  return raise_attribute_error(object, name, "'" + std::string(type->name) + "' object has no attribute '" + std::string(wanted) + "'");
}

}  // namespace coil::vm

#include <coil/vm/impl/calls.ipp>
#include <coil/vm/impl/lookup_errors.ipp>
#include <coil/vm/impl/generators.ipp>
#include <coil/vm/impl/dispatch.ipp>
#include <coil/vm/impl/event_loop.ipp>
