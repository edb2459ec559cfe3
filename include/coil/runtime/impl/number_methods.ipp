// The methods and data attributes of int (and so bool) and float: bit_length, bit_count,
// as_integer_ratio, is_integer, conjugate, float's hex and fromhex, and
// real/imag/numerator/denominator. Arithmetic and the other slots live in numeric_types.ipp;
// these are the named members scripts call.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/impl/numeric_types.ipp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <algorithm>
#include <bit>
#include <cctype>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>

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

// float.hex(): '0x1.8000000000000p+0' (13 hex digits after the point), as CPython writes it:
// subnormals keep a leading 0 and the exponent -1022; inf and nan as repr() has them.
inline value float_hex(interpreter& in, const call_arguments& args) {
  if (!no_arguments(in, args, "float", "hex")) return value::raised();
  double x = args.positional[0].as_double();
  if (std::isnan(x)) return in.make_str("nan");
  if (std::isinf(x)) return in.make_str(x > 0 ? "inf" : "-inf");
  if (x == 0.0) return in.make_str(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  std::string out = x < 0 ? "-0x" : "0x";
  int exponent = 0;
  double m = std::frexp(std::fabs(x), &exponent);  // [0.5, 1)
  // Normal numbers get a leading 1 (exponent - 1); subnormals stop at exponent -1022.
  const int shift = 1 - std::max(-1021 - exponent, 0);
  m = std::ldexp(m, shift);
  exponent -= shift;
  constexpr char digits[] = "0123456789abcdef";
  const int lead = static_cast<int>(m);
  out += digits[lead];
  m -= lead;
  out += '.';
  for (int i = 0; i < 13; ++i) {
    m *= 16.0;
    const int d = static_cast<int>(m);
    out += digits[d];
    m -= d;
  }
  out += exponent < 0 ? "p-" : "p+";
  out += std::to_string(exponent < 0 ? -exponent : exponent);
  return in.make_str(out);
}

// The value of float.fromhex(text), or an error: 'v' invalid, 'o' too large.
struct hex_float {
  double value = 0.0;
  char error = 0;
};

// CPython's grammar: ASCII spaces, then inf/infinity/nan with an optional sign (any case), or a
// sign, an optional 0x, hex digits with at most one point, an optional p exponent in decimal,
// then spaces. Rounded to nearest, ties to even, subnormals included, from the exact value.
inline hex_float parse_hex_float(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  auto hex_value = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::size_t at = 0, end = text.size();
  while (at < end && is_space(text[at])) ++at;
  while (end > at && is_space(text[end - 1])) --end;
  std::string_view body = text.substr(at, end - at);
  bool negative = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  auto equals_ignoring_case = [](std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
    return true;
  };
  const double sign = negative ? -1.0 : 1.0;
  if (equals_ignoring_case(body, "inf") || equals_ignoring_case(body, "infinity"))
    return {sign * std::numeric_limits<double>::infinity()};
  if (equals_ignoring_case(body, "nan")) return {std::copysign(std::numeric_limits<double>::quiet_NaN(), sign)};
  if (body.size() >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X')) body.remove_prefix(2);
  // The coefficient's digits without the point, and how many came after it.
  std::string digits;
  std::size_t fraction_digits = 0, i = 0;
  bool point = false;
  for (; i < body.size(); ++i) {
    if (body[i] == '.' && !point) {
      point = true;
      continue;
    }
    const int d = hex_value(body[i]);
    if (d < 0) break;
    digits += static_cast<char>(d);
    if (point) ++fraction_digits;
  }
  if (digits.empty()) return {0.0, 'v'};
  std::int64_t exponent = 0;
  if (i < body.size() && (body[i] == 'p' || body[i] == 'P')) {
    ++i;
    bool exponent_negative = false;
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) exponent_negative = body[i++] == '-';
    const std::size_t first = i;
    for (; i < body.size() && body[i] >= '0' && body[i] <= '9'; ++i)
      exponent = std::min<std::int64_t>(exponent * 10 + (body[i] - '0'), std::int64_t{1} << 40);  // saturates
    if (i == first) return {0.0, 'v'};
    if (exponent_negative) exponent = -exponent;
  }
  if (i != body.size()) return {0.0, 'v'};
  // value = N * 2**scale, N the digits as an integer; leading zero digits do not count.
  std::size_t lead = 0;
  while (lead < digits.size() && digits[lead] == 0) ++lead;
  if (lead == digits.size()) return {sign * 0.0};
  const std::string_view n(digits.data() + lead, digits.size() - lead);
  const std::int64_t scale = exponent - 4 * static_cast<std::int64_t>(fraction_digits);
  const std::int64_t length = 4 * static_cast<std::int64_t>(n.size()) - (std::countl_zero(static_cast<unsigned>(n[0])) - 28);
  auto bit = [&](std::int64_t index) {  // bit `index` of N, 0 the least significant
    const std::size_t digit = n.size() - 1 - static_cast<std::size_t>(index / 4);
    return (n[digit] >> (index % 4)) & 1;
  };
  const std::int64_t top = scale + length - 1;  // 2**top <= value < 2**(top + 1)
  if (top > 1023) return {0.0, 'o'};
  if (top < -1075) return {sign * 0.0};
  const std::int64_t lowest = std::max<std::int64_t>(top - 52, -1074);  // the exponent of the last kept bit
  const std::int64_t dropped = lowest - scale;                           // low bits of N rounded away
  std::uint64_t mantissa = 0;
  for (std::int64_t b = length - 1; b >= std::max<std::int64_t>(dropped, 0); --b) mantissa = (mantissa << 1) | bit(b);
  if (dropped < 0) {
    mantissa <<= -dropped;
  } else if (dropped > 0 && bit(dropped - 1)) {
    bool sticky = (mantissa & 1) != 0;  // ties go to even
    for (std::int64_t b = dropped - 2; b >= 0 && !sticky; --b) {
      if (b % 4 == 3 && n[n.size() - 1 - static_cast<std::size_t>(b / 4)] == 0) {
        b -= 3;  // a whole zero digit
        continue;
      }
      sticky = bit(b) != 0;
    }
    if (sticky) ++mantissa;
  }
  const double result = std::ldexp(static_cast<double>(mantissa), static_cast<int>(lowest));
  if (std::isinf(result)) return {0.0, 'o'};
  return {sign * result};
}

// float.fromhex(text): a static method, so it works on the type and on instances alike.
inline value float_fromhex(interpreter& in, const call_arguments& args) {
  if (!args.keyword_values.empty()) return in.raise_type_error("float.fromhex() takes no keyword arguments");
  if (args.positional.size() != 1)
    return in.raise_type_error("float.fromhex() takes exactly one argument (" + std::to_string(args.positional.size()) + " given)");
  if (in.type_of(args.positional[0]) != &str_type) return in.raise_type_error("bad argument type for built-in operation");
  const hex_float parsed = parse_hex_float(static_cast<str_object*>(args.positional[0].as_object())->view());
  if (parsed.error == 'o')
    return in.raise_error(exception_type(exception_kind::overflow_error), "hexadecimal value too large to represent as a float");
  if (parsed.error != 0) return in.raise_value_error("invalid hexadecimal floating-point string");
  return value::from_double(parsed.value);
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
                                               {"hex", float_hex},
                                               {"fromhex", float_fromhex, true},
                                           },
                                           &float_type);
  return methods;
}

}  // namespace coil::runtime
