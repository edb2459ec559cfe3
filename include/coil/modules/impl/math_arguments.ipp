// Argument handling shared by the functions of the `math` module: converting arguments the way
// CPython's math module does (a real number to a double, an integer through __index__), checking
// arity with the messages of each calling convention CPython uses for them (one-argument
// functions, fixed positional counts, Argument Clinic keyword parsing), and raising the module's
// two numeric errors ("math domain error", "math range error"). The functions themselves live in
// math_float_functions.ipp, math_sums.ipp and math_integer_functions.ipp; math_module.ipp lists them.
#pragma once

#include <coil/modules/module_registry.hpp>
#include <coil/runtime/big_int.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/impl/numeric_types.ipp>
#include <coil/runtime/int_object.hpp>
#include <coil/runtime/str_object.hpp>

#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace coil::modules::math_detail {

using runtime::big_int;
using runtime::big_int_error;

inline std::string type_name(interpreter& in, value v) { return std::string(in.type_of(v)->name); }

inline std::string_view keyword_name(value name) { return static_cast<runtime::str_object*>(name.as_object())->view(); }

// --- errors ---

inline value domain_error(interpreter& in) { return in.raise_value_error("math domain error"); }
inline value range_error(interpreter& in) {
  return in.raise_error(runtime::exception_type(runtime::exception_kind::overflow_error), "math range error");
}
inline value overflow_error(interpreter& in, std::string_view message) {
  return in.raise_error(runtime::exception_type(runtime::exception_kind::overflow_error), message);
}

// A big_int failure. An interrupted operation means the time limit passed: check_limits() then
// ends the run with the uncatchable limit error rather than a TimeoutError a script could catch.
inline value raise_big_error(interpreter& in, big_int_error error) {
  if (error == big_int_error::interrupted && !in.check_limits()) return value::raised();
  if (error == big_int_error::too_large) return in.raise_memory_error();
  return runtime::numeric_detail::raise_big_int_error(in, error);
}

// Stops a long native loop (fsum over a huge range) once the time limit has passed. Returns
// false, with the limit error raised, when the loop must end.
inline bool still_in_time(interpreter& in, std::size_t iteration) {
  if ((iteration & 0x3FF) != 0x3FF || !in.interrupt().should_stop()) return true;
  in.check_limits();
  return false;
}

// --- conversions ---

// An int in the strict sense (CPython's PyLong_CheckExact): not a bool.
inline bool is_exact_int(value v) {
  return v.is_small_int() || (v.is_object() && v.as_object()->type == &runtime::int_type);
}
inline bool is_integer(value v) { return runtime::numeric_detail::is_int_like(v); }

// float(x) for a real number, as CPython's PyFloat_AsDouble: floats, ints (OverflowError for
// ints beyond the double range) and bools. Anything else: "must be real number, not str".
// nullopt when raised.
inline std::optional<double> to_double(interpreter& in, value v) {
  if (v.is_double()) return v.as_double();
  if (v.is_small_int()) return static_cast<double>(v.as_small_int());
  if (v.is_bool()) return v.is_true() ? 1.0 : 0.0;
  if (v.is_object() && v.as_object()->type == &runtime::int_type) {
    auto d = static_cast<runtime::int_object*>(v.as_object())->value.to_double();
    if (!d) {
      runtime::numeric_detail::raise_big_int_error(in, d.error());
      return std::nullopt;
    }
    return *d;
  }
  in.raise_type_error("must be real number, not " + type_name(in, v));
  return std::nullopt;
}

// operator.index(x): ints and bools. nullopt (raised) for anything else.
inline std::optional<big_int> to_index(interpreter& in, value v) {
  if (is_integer(v)) return runtime::numeric_detail::to_big(v);
  in.raise_type_error("'" + type_name(in, v) + "' object cannot be interpreted as an integer");
  return std::nullopt;
}

// --- arity ---

inline bool no_keywords(interpreter& in, const call_arguments& args, std::string_view name) {
  if (args.keyword_values.empty()) return true;
  in.raise_type_error("math." + std::string(name) + "() takes no keyword arguments");
  return false;
}

// A one-argument function (CPython's METH_O).
inline bool check_one(interpreter& in, const call_arguments& args, std::string_view name) {
  if (!no_keywords(in, args, name)) return false;
  if (args.positional.size() == 1) return true;
  in.raise_type_error("math." + std::string(name) + "() takes exactly one argument (" + std::to_string(args.positional.size()) +
                      " given)");
  return false;
}

// A function with positional-only parameters, `minimum` to `maximum` of them (CPython's
// _PyArg_CheckPositional): "atan2 expected 2 arguments, got 1".
inline bool check_positional(interpreter& in, const call_arguments& args, std::string_view name, std::size_t minimum,
                             std::size_t maximum) {
  if (!no_keywords(in, args, name)) return false;
  const std::size_t count = args.positional.size();
  if (count >= minimum && count <= maximum) return true;
  const bool too_few = count < minimum;
  const std::size_t bound = too_few ? minimum : maximum;
  std::string message = std::string(name) + " expected ";
  if (minimum != maximum) message += too_few ? "at least " : "at most ";
  message += std::to_string(bound) + (bound == 1 ? " argument, got " : " arguments, got ") + std::to_string(count);
  in.raise_type_error(message);
  return false;
}

// The parameters of a function whose arguments CPython parses with Argument Clinic's keyword
// parser: `names` in order, the first `positional_only` of them positional-only, at most
// `max_positional` passed by position and the first `min_positional` required (no required
// keyword-only parameters among the math functions).
struct clinic_signature {
  std::string_view function;
  std::span<const std::string_view> names;
  std::size_t positional_only;
  std::size_t min_positional;
  std::size_t max_positional;
};

// Binds the arguments to `out` (one slot per name, unbound when not given) with Clinic's checks
// in Clinic's order, so that each mistake gets CPython's message. False when raised.
inline bool parse_clinic(interpreter& in, const call_arguments& args, const clinic_signature& signature, std::span<value> out) {
  const std::size_t given = args.positional.size();
  const std::size_t keyword_count = args.keyword_values.size();
  const std::size_t max_arguments = signature.names.size();
  const std::string function(signature.function);
  for (value& slot : out) slot = value::unbound();
  auto plural = [](std::size_t n) { return n == 1 ? "" : "s"; };
  if (given + keyword_count > max_arguments) {
    in.raise_type_error(function + "() takes at most " + std::to_string(max_arguments) + (given == 0 ? " keyword" : "") +
                        " argument" + plural(max_arguments) + " (" + std::to_string(given + keyword_count) + " given)");
    return false;
  }
  if (given > signature.max_positional) {
    if (signature.max_positional == 0) {
      in.raise_type_error(function + "() takes no positional arguments");
    } else {
      in.raise_type_error(function + "() takes " + (signature.min_positional < signature.max_positional ? "at most " : "exactly ") +
                          std::to_string(signature.max_positional) + " positional argument" + plural(signature.max_positional) +
                          " (" + std::to_string(given) + " given)");
    }
    return false;
  }
  if (given < signature.positional_only) {
    in.raise_type_error(function + "() takes " + (signature.min_positional < signature.positional_only ? "at least " : "exactly ") +
                        std::to_string(signature.positional_only) + " positional argument" + plural(signature.positional_only) +
                        " (" + std::to_string(given) + " given)");
    return false;
  }
  for (std::size_t i = 0; i < given; ++i) out[i] = args.positional[i];
  auto find_keyword = [&](std::string_view name) -> value {
    for (std::size_t k = 0; k < keyword_count; ++k)
      if (keyword_name(args.keyword_names[k]) == name) return args.keyword_values[k];
    return value::unbound();
  };
  std::size_t remaining = keyword_count;
  for (std::size_t i = std::max(given, signature.positional_only); i < max_arguments; ++i) {
    value current = value::unbound();
    if (remaining > 0) current = find_keyword(signature.names[i]);
    else if (i >= signature.min_positional) break;
    if (!current.is_unbound()) {
      out[i] = current;
      --remaining;
    } else if (i < signature.min_positional) {
      in.raise_type_error(function + "() missing required argument '" + std::string(signature.names[i]) + "' (pos " +
                          std::to_string(i + 1) + ")");
      return false;
    }
  }
  if (remaining == 0) return true;
  for (std::size_t i = signature.positional_only; i < given; ++i) {
    if (!find_keyword(signature.names[i]).is_unbound()) {
      in.raise_type_error("argument for " + function + "() given by name ('" + std::string(signature.names[i]) +
                          "') and position (" + std::to_string(i + 1) + ")");
      return false;
    }
  }
  for (std::size_t k = 0; k < keyword_count; ++k) {
    const std::string_view name = keyword_name(args.keyword_names[k]);
    bool known = false;
    for (std::size_t i = signature.positional_only; i < max_arguments; ++i) known = known || signature.names[i] == name;
    if (!known) {
      in.raise_type_error("'" + std::string(name) + "' is an invalid keyword argument for " + function + "()");
      return false;
    }
  }
  return true;  // not reached: every keyword was either bound or unknown
}

}  // namespace coil::modules::math_detail
