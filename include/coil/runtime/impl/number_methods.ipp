// The methods and data attributes of int (and so bool) and float: bit_length, bit_count,
// as_integer_ratio, is_integer, conjugate, and real/imag/numerator/denominator. Arithmetic and
// the other slots live in numeric_types.ipp; these are the named members scripts call.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/impl/numeric_types.ipp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <bit>
#include <cmath>
#include <string>

namespace coil::runtime {
namespace number_methods_detail {

// Every method here takes only self: CPython's messages for anything more.
inline bool no_arguments(interpreter& in, const call_arguments& args, std::string_view owner, std::string_view name) {
  const std::string qualified = std::string(owner) + "." + std::string(name) + "()";
  if (!args.keyword_values.empty()) {
    in.raise_type_error(qualified + " takes no keyword arguments");
    return false;
  }
  if (args.positional.size() == 1) return true;
  in.raise_type_error(qualified + " takes no arguments (" + std::to_string(args.positional.size() - 1) + " given)");
  return false;
}

// An int or bool as a plain int (True -> 1), as int(x) would give it.
inline value as_plain_int(value v) {
  if (v.is_bool()) return value::from_small_int(v.is_true() ? 1 : 0);
  return v;
}

inline value int_bit_length(interpreter& in, const call_arguments& args) {
  if (!no_arguments(in, args, "int", "bit_length")) return value::raised();
  const value self = args.positional[0];
  if (auto small = numeric_detail::to_int64(self)) {
    const std::uint64_t magnitude = *small < 0 ? 0 - static_cast<std::uint64_t>(*small) : static_cast<std::uint64_t>(*small);
    return in.make_int(static_cast<std::int64_t>(std::bit_width(magnitude)));
  }
  return in.make_int(static_cast<std::int64_t>(numeric_detail::to_big(self).bit_length()));
}

inline value int_bit_count(interpreter& in, const call_arguments& args) {
  if (!no_arguments(in, args, "int", "bit_count")) return value::raised();
  const value self = args.positional[0];
  if (auto small = numeric_detail::to_int64(self)) {
    const std::uint64_t magnitude = *small < 0 ? 0 - static_cast<std::uint64_t>(*small) : static_cast<std::uint64_t>(*small);
    return in.make_int(static_cast<std::int64_t>(std::popcount(magnitude)));
  }
  return in.make_int(static_cast<std::int64_t>(numeric_detail::to_big(self).bit_count()));
}

inline value int_as_integer_ratio(interpreter& in, const call_arguments& args) {
  if (!no_arguments(in, args, "int", "as_integer_ratio")) return value::raised();
  value pair[2] = {as_plain_int(args.positional[0]), value::from_small_int(1)};
  return in.make_tuple(pair);
}

inline value int_conjugate(interpreter& in, const call_arguments& args) {
  if (!no_arguments(in, args, "int", "conjugate")) return value::raised();
  return as_plain_int(args.positional[0]);
}

inline value int_is_integer(interpreter& in, const call_arguments& args) {
  if (!no_arguments(in, args, "int", "is_integer")) return value::raised();
  return value::from_bool(true);
}

inline value int_get_attribute(interpreter&, value self, value name) {
  const auto wanted = static_cast<str_object*>(name.as_object())->view();
  if (wanted == "real" || wanted == "numerator") return as_plain_int(self);
  if (wanted == "imag") return value::from_small_int(0);
  if (wanted == "denominator") return value::from_small_int(1);
  return value::unbound();
}

inline value float_is_integer(interpreter& in, const call_arguments& args) {
  if (!no_arguments(in, args, "float", "is_integer")) return value::raised();
  const double x = args.positional[0].as_double();
  return value::from_bool(std::isfinite(x) && std::floor(x) == x);
}

// The exact ratio of a finite float: its significand doubled until whole, over a power of two.
inline value float_as_integer_ratio(interpreter& in, const call_arguments& args) {
  if (!no_arguments(in, args, "float", "as_integer_ratio")) return value::raised();
  const double x = args.positional[0].as_double();
  if (std::isinf(x)) return in.raise_error(exception_type(exception_kind::overflow_error), "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return in.raise_value_error("cannot convert NaN to integer ratio");
  int exponent = 0;
  double significand = std::frexp(x, &exponent);
  for (int i = 0; i < 300 && significand != std::floor(significand); ++i) {
    significand *= 2.0;
    --exponent;
  }
  auto numerator = big_int::from_double(significand);
  if (!numerator) return in.raise_value_error("cannot convert NaN to integer ratio");  // unreachable: x is finite
  big_int denominator(1);
  if (exponent > 0) {
    auto shifted = big_int::shift_left(*numerator, exponent);
    if (!shifted) return numeric_detail::raise_big_int_error(in, shifted.error());
    numerator = std::move(*shifted);
  } else if (exponent < 0) {
    auto shifted = big_int::shift_left(denominator, -exponent);
    if (!shifted) return numeric_detail::raise_big_int_error(in, shifted.error());
    denominator = std::move(*shifted);
  }
  value pair[2] = {in.make_big_int(std::move(*numerator)), value::none()};
  auto root = in.root(pair[0]);
  pair[1] = in.make_big_int(std::move(denominator));
  return in.make_tuple(pair);
}

inline value float_conjugate(interpreter& in, const call_arguments& args) {
  if (!no_arguments(in, args, "float", "conjugate")) return value::raised();
  return args.positional[0];
}

inline value float_get_attribute(interpreter&, value self, value name) {
  const auto wanted = static_cast<str_object*>(name.as_object())->view();
  if (wanted == "real") return self;
  if (wanted == "imag") return value::from_double(0.0);
  return value::unbound();
}

}  // namespace number_methods_detail

inline std::span<native_function_object* const> int_methods() {
  using namespace number_methods_detail;
  static const auto methods = make_methods("int",
                                           {
                                               {"bit_length", int_bit_length},
                                               {"bit_count", int_bit_count},
                                               {"as_integer_ratio", int_as_integer_ratio},
                                               {"conjugate", int_conjugate},
                                               {"is_integer", int_is_integer},
                                           },
                                           &int_type);
  return methods;
}

inline std::span<native_function_object* const> float_methods() {
  using namespace number_methods_detail;
  static const auto methods = make_methods("float",
                                           {
                                               {"is_integer", float_is_integer},
                                               {"as_integer_ratio", float_as_integer_ratio},
                                               {"conjugate", float_conjugate},
                                           },
                                           &float_type);
  return methods;
}

}  // namespace coil::runtime
