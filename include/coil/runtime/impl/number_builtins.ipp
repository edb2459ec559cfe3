// The numeric builtins: divmod, pow (with a modulus), round (banker's rounding, with ndigits),
// and bin/hex/oct.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/impl/numeric_types.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/vm/interpreter.hpp>

#include <charconv>
#include <cmath>
#include <string>

namespace coil::runtime {
namespace number_builtin_detail {

using op = syntax::binary_operator;

inline value builtin_divmod(interpreter& in, const call_arguments& args) {
  if (!args.keyword_values.empty()) return in.raise_type_error("divmod() takes no keyword arguments");
  if (args.positional.size() != 2) return in.raise_type_error("divmod expected 2 arguments, got " + std::to_string(args.positional.size()));
  value a = args.positional[0], b = args.positional[1];
  const bool numbers = numeric_detail::is_real(a) && numeric_detail::is_real(b);
  if (numbers && ((a.is_double() || b.is_double()) ? false : numeric_detail::to_big(b).is_zero()))
    return in.raise_error(exception_type(exception_kind::zero_division_error), "integer division or modulo by zero");
  if (numbers && (a.is_double() || b.is_double())) {
    auto x = a.is_double() ? std::optional<double>(a.as_double()) : numeric_detail::int_to_double(in, a);
    auto y = b.is_double() ? std::optional<double>(b.as_double()) : numeric_detail::int_to_double(in, b);
    if (!x || !y) return value::raised();
    if (*y == 0.0) return in.raise_error(exception_type(exception_kind::zero_division_error), "float divmod()");
  }
  if (!numbers)
    return in.raise_type_error("unsupported operand type(s) for divmod(): '" + std::string(in.type_of(a)->name) + "' and '" +
                               std::string(in.type_of(b)->name) + "'");
  value q = in.binary(static_cast<std::size_t>(op::floor_div), a, b);
  if (q.is_raised()) return q;
  value r = in.binary(static_cast<std::size_t>(op::mod), a, b);
  if (r.is_raised()) return r;
  value pair[2] = {q, r};
  return in.make_tuple(pair);
}

inline value builtin_pow(interpreter& in, const call_arguments& args) {
  std::vector<value> positional(args.positional.begin(), args.positional.end());
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i) {
    auto name = static_cast<str_object*>(args.keyword_names[i].as_object())->view();
    const std::size_t index = name == "base" ? 0 : name == "exp" ? 1 : name == "mod" ? 2 : 3;
    if (index == 3) return in.raise_type_error("'" + std::string(name) + "' is an invalid keyword argument for pow()");
    if (positional.size() <= index) positional.resize(index + 1, value::unbound());
    positional[index] = args.keyword_values[i];
  }
  if (positional.size() < 2 || positional.size() > 3)
    return in.raise_type_error("pow() takes at least 2 arguments (" + std::to_string(positional.size()) + " given)");
  if (positional.size() == 2 || positional[2].is_none())
    return in.binary(static_cast<std::size_t>(op::pow), positional[0], positional[1]);
  value base = positional[0], exponent = positional[1], modulus = positional[2];
  if (!numeric_detail::is_int_like(base) || !numeric_detail::is_int_like(exponent) || !numeric_detail::is_int_like(modulus)) {
    // float's ** is the one that refuses a modulus; with no float among them, none of the
    // three types' ** applies.
    if (base.is_double() || exponent.is_double() || modulus.is_double())
      return in.raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
    return in.raise_type_error("unsupported operand type(s) for ** or pow(): '" + std::string(in.type_of(base)->name) + "', '" +
                               std::string(in.type_of(exponent)->name) + "', '" + std::string(in.type_of(modulus)->name) + "'");
  }
  auto r = big_int::pow_mod(numeric_detail::to_big(base), numeric_detail::to_big(exponent), numeric_detail::to_big(modulus), in.interrupt());
  if (!r) return numeric_detail::raise_big_int_error(in, r.error());
  return in.make_big_int(std::move(*r));
}

// d rounded to a multiple of 10**places (places >= 1), half to even on d's exact binary value,
// then to the nearest double: what CPython's correctly rounded dtoa gives. Dividing by a rounded
// 10**places in floating point would be off by an ulp for large values (round(x, -2) of
// -3.087552963900112e+115) and round twice.
inline value round_float_to_tens(interpreter& in, double d, std::int64_t places) {
  int exponent = 0;
  const double fraction = std::frexp(std::fabs(d), &exponent);
  big_int numerator = *big_int::from_double(std::ldexp(fraction, 53));  // |d| == numerator * 2**(exponent - 53)
  exponent -= 53;
  auto power = big_int::pow(big_int(10), big_int(places));
  if (!power) return numeric_detail::raise_big_int_error(in, power.error());
  big_int divisor = *power;
  auto scaled = exponent >= 0 ? big_int::shift_left(numerator, exponent) : big_int::shift_left(divisor, -exponent);
  if (!scaled) return numeric_detail::raise_big_int_error(in, scaled.error());
  (exponent >= 0 ? numerator : divisor) = std::move(*scaled);
  auto qr = big_int::divmod(numerator, divisor);
  if (!qr) return numeric_detail::raise_big_int_error(in, qr.error());
  auto [q, r] = std::move(*qr);
  auto order = (r + r) <=> divisor;
  if (order > 0 || (order == 0 && q.is_odd())) q = q + big_int(1);
  auto product = big_int::multiply(q, *power);
  if (!product) return numeric_detail::raise_big_int_error(in, product.error());
  auto rounded = product->to_double();
  if (!rounded) return in.raise_error(exception_type(exception_kind::overflow_error), "rounded value too large to represent");
  return value::from_double(std::copysign(*rounded, d));
}

// round(x[, ndigits]): CPython rounds half to even, on the exact binary value of a float.
inline value builtin_round(interpreter& in, const call_arguments& args) {
  std::vector<value> positional(args.positional.begin(), args.positional.end());
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i) {
    auto name = static_cast<str_object*>(args.keyword_names[i].as_object())->view();
    const std::size_t index = name == "number" ? 0 : name == "ndigits" ? 1 : 2;
    if (index == 2) return in.raise_type_error("'" + std::string(name) + "' is an invalid keyword argument for round()");
    if (positional.size() <= index) positional.resize(index + 1, value::unbound());
    positional[index] = args.keyword_values[i];
  }
  if (positional.empty() || positional.size() > 2)
    return in.raise_type_error("round() takes at most 2 arguments (" + std::to_string(positional.size()) + " given)");
  value x = positional[0];
  const bool has_digits = positional.size() == 2 && !positional[1].is_none();
  std::int64_t digits = 0;
  if (has_digits) {
    if (!numeric_detail::is_int_like(positional[1]))
      return in.raise_type_error("'" + std::string(in.type_of(positional[1])->name) + "' object cannot be interpreted as an integer");
    digits = numeric_detail::to_int64(positional[1]).value_or(positional[1].is_object() && numeric_detail::to_big(positional[1]).is_negative() ? INT64_MIN / 2 : INT64_MAX / 2);
  }
  if (x.is_double()) {
    const double d = x.as_double();
    if (!has_digits) {
      if (std::isnan(d)) return in.raise_value_error("cannot convert float NaN to integer");
      if (std::isinf(d)) return in.raise_error(exception_type(exception_kind::overflow_error), "cannot convert float infinity to integer");
      return in.make_big_int(*big_int::from_double(std::nearbyint(d)));
    }
    if (!std::isfinite(d) || d == 0.0) return x;
    // Beyond these every double rounds to itself, or to a zero (CPython's NDIGITS_MAX/MIN).
    if (digits > 323) return x;
    if (digits < -308) return value::from_double(std::copysign(0.0, d));
    if (digits >= 0) {
      char buffer[512];
      auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, d, std::chars_format::fixed, static_cast<int>(digits));
      if (ec != std::errc()) return x;
      double rounded = 0;
      std::from_chars(buffer, end, rounded);
      return value::from_double(rounded);
    }
    return round_float_to_tens(in, d, -digits);
  }
  if (numeric_detail::is_int_like(x)) {
    if (!has_digits || digits >= 0) return x.is_bool() ? in.make_int(x.is_true() ? 1 : 0) : x;
    // Round to a multiple of 10**-digits, half to even.
    auto power = big_int::pow(big_int(10), big_int(-digits), in.interrupt());
    if (!power) return numeric_detail::raise_big_int_error(in, power.error());
    big_int n = numeric_detail::to_big(x);
    auto qr = big_int::divmod(n, *power, in.interrupt());
    if (!qr) return numeric_detail::raise_big_int_error(in, qr.error());
    auto [q, r] = std::move(*qr);
    big_int twice = r + r;
    auto order = twice <=> *power;
    if (order > 0 || (order == 0 && q.is_odd())) q = q + big_int(1);
    auto product = big_int::multiply(q, *power, in.interrupt());
    if (!product) return numeric_detail::raise_big_int_error(in, product.error());
    return in.make_big_int(std::move(*product));
  }
  return in.raise_type_error("type " + std::string(in.type_of(x)->name) + " doesn't define __round__ method");
}

inline value base_text(interpreter& in, const call_arguments& args, std::string_view name, int base, std::string_view prefix) {
  if (!args.keyword_values.empty() || args.positional.size() != 1)
    return in.raise_type_error(std::string(name) + "() takes exactly one argument (" + std::to_string(args.positional.size()) + " given)");
  value x = args.positional[0];
  if (!numeric_detail::is_int_like(x))
    return in.raise_type_error("'" + std::string(in.type_of(x)->name) + "' object cannot be interpreted as an integer");
  big_int n = numeric_detail::to_big(x);
  auto text = n.abs().to_string(base, in.interrupt());
  if (!text) return numeric_detail::raise_big_int_error(in, text.error());
  return in.make_str((n.is_negative() ? "-" : "") + std::string(prefix) + *text);
}
inline value builtin_bin(interpreter& in, const call_arguments& args) { return base_text(in, args, "bin", 2, "0b"); }
inline value builtin_hex(interpreter& in, const call_arguments& args) { return base_text(in, args, "hex", 16, "0x"); }
inline value builtin_oct(interpreter& in, const call_arguments& args) { return base_text(in, args, "oct", 8, "0o"); }

}  // namespace number_builtin_detail
}  // namespace coil::runtime
