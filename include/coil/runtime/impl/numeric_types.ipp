// The numeric types: None, bool, int (small words and heap big ints) and float, with CPython's
// arithmetic: floor division and modulo signs, true division, power, shifts, bitwise operators,
// mixed int/float comparison that is exact, and the numeric hash that makes 1 == 1.0 hash alike.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/int_object.hpp>
#include <coil/runtime/float_repr.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/native_safe_points.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <bit>
#include <cmath>
#include <limits>
#include <string>

namespace coil::runtime {
namespace numeric_detail {

using op = syntax::binary_operator;

inline bool is_int_like(value v) { return v.is_small_int() || v.is_bool() || (v.is_object() && v.as_object()->type == &int_type); }

// The big_int of an int or bool value.
inline big_int to_big(value v) {
  if (v.is_small_int()) return big_int(v.as_small_int());
  if (v.is_bool()) return big_int(v.is_true() ? 1 : 0);
  return static_cast<int_object*>(v.as_object())->value;
}

inline std::optional<std::int64_t> to_int64(value v) {
  if (v.is_small_int()) return v.as_small_int();
  if (v.is_bool()) return v.is_true() ? 1 : 0;
  return static_cast<int_object*>(v.as_object())->value.to_int64();
}

inline value raise_big_int_error(interpreter& in, big_int_error e) {
  if (e == big_int_error::interrupted) return vm::stop_at_deadline(in);
  auto type = python_type(e);
  type_object* t = exception_type(exception_kind::value_error);
  if (type == "ZeroDivisionError") t = exception_type(exception_kind::zero_division_error);
  else if (type == "OverflowError") t = exception_type(exception_kind::overflow_error);
  else if (type == "MemoryError") t = exception_type(exception_kind::memory_error);
  else if (type == "TimeoutError") t = exception_type(exception_kind::timeout_error);
  return in.raise_error(t, python_message(e));
}

// |x| < 2**53, written without std::abs, whose result for INT64_MIN is undefined.
inline bool exact_in_double(std::int64_t x) { return x > -(std::int64_t{1} << 53) && x < (std::int64_t{1} << 53); }

// int -> double for mixed arithmetic (OverflowError for huge ints).
inline std::optional<double> int_to_double(interpreter& in, value v) {
  if (auto small = to_int64(v); small && exact_in_double(*small)) return static_cast<double>(*small);
  auto d = to_big(v).to_double();
  if (!d) {
    raise_big_int_error(in, d.error());
    return std::nullopt;
  }
  return *d;
}

// Python's float floor division and modulo (the result of % has the sign of the divisor).
inline double float_mod(double x, double y) {
  double mod = std::fmod(x, y);
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return mod;
}
inline double float_floor_div(double x, double y) {
  double mod = std::fmod(x, y);
  double div = (x - mod) / y;
  if (mod != 0.0 && ((y < 0) != (mod < 0))) div -= 1.0;
  if (div != 0.0) {
    double floored = std::floor(div);
    if (div - floored > 0.5) floored += 1.0;
    return floored;
  }
  return std::copysign(0.0, x / y);
}

// x ** y with CPython's special cases settled before the C library's pow is asked: x**0 is 1,
// NaNs propagate (but 1**nan is 1), infinite exponents and bases by the size of |x|, 0.0 to a
// negative power is an error (though 0.0 ** -inf is inf), and a negative base takes the sign of
// an odd integer exponent.
inline value float_power(interpreter& in, double x, double y) {
  auto is_odd_integer = [](double v) { return std::fmod(v, 2.0) == 1.0 || std::fmod(v, 2.0) == -1.0; };
  if (y == 0.0) return value::from_double(1.0);
  if (std::isnan(x)) return value::from_double(x);
  if (std::isnan(y)) return value::from_double(x == 1.0 ? 1.0 : y);
  if (std::isinf(y)) {
    const double magnitude = std::fabs(x);
    if (magnitude == 1.0) return value::from_double(1.0);
    return value::from_double((y > 0.0) == (magnitude > 1.0) ? HUGE_VAL : 0.0);
  }
  if (std::isinf(x)) {
    if (y > 0.0) return value::from_double(is_odd_integer(y) ? x : std::fabs(x));
    return value::from_double(is_odd_integer(y) ? std::copysign(0.0, x) : 0.0);
  }
  if (x == 0.0) {
    if (y < 0.0) return in.raise_error(exception_type(exception_kind::zero_division_error), "0.0 cannot be raised to a negative power");
    return value::from_double(is_odd_integer(y) ? x : 0.0);
  }
  bool negate = false;
  if (x < 0.0) {
    if (y != std::floor(y))
      return in.raise_error(exception_type(exception_kind::not_implemented_error), "complex results of ** are not supported");
    x = -x;
    negate = is_odd_integer(y);
  }
  if (x == 1.0) return value::from_double(negate ? -1.0 : 1.0);
  double r = std::pow(x, y);
  if (std::isinf(r))
    return in.raise_error(exception_type(exception_kind::overflow_error), "(34, 'Numerical result out of range')");
  return value::from_double(negate ? -r : r);
}

inline value float_arith(interpreter& in, op o, double x, double y) {
  switch (o) {
    case op::add: return value::from_double(x + y);
    case op::sub: return value::from_double(x - y);
    case op::mult: return value::from_double(x * y);
    case op::div:
      if (y == 0.0) return in.raise_error(exception_type(exception_kind::zero_division_error), "float division by zero");
      return value::from_double(x / y);
    case op::floor_div:
      if (y == 0.0) return in.raise_error(exception_type(exception_kind::zero_division_error), "float floor division by zero");
      return value::from_double(float_floor_div(x, y));
    case op::mod:
      if (y == 0.0) return in.raise_error(exception_type(exception_kind::zero_division_error), "float modulo");
      return value::from_double(float_mod(x, y));
    case op::pow: return float_power(in, x, y);
    default: return value::not_implemented();
  }
}

inline value big_result(interpreter& in, big_int_result<big_int> r) {
  if (!r) return raise_big_int_error(in, r.error());
  return in.make_big_int(std::move(*r));
}

inline value int_power(interpreter& in, value a, value b) {
  big_int exponent = to_big(b);
  if (exponent.is_negative()) {
    auto x = int_to_double(in, a);
    if (!x) return value::raised();
    auto y = int_to_double(in, b);
    if (!y) return value::raised();
    return float_power(in, *x, *y);
  }
  big_int base = to_big(a);
  auto bytes = big_int::estimated_bytes_for_pow(base, exponent);
  if (!in.heap().could_allocate(bytes)) return in.raise_memory_error();
  return big_result(in, big_int::pow(base, exponent, in.interrupt()));
}

// int op int for every binary operator, with a 64-bit fast path.
inline value int_arith(interpreter& in, op o, value a, value b) {
  auto x = to_int64(a);
  auto y = to_int64(b);
  if (x && y) {
    std::int64_t r;
    switch (o) {
      case op::add:
        if (!__builtin_add_overflow(*x, *y, &r)) return in.make_int(r);
        break;
      case op::sub:
        if (!__builtin_sub_overflow(*x, *y, &r)) return in.make_int(r);
        break;
      case op::mult:
        if (!__builtin_mul_overflow(*x, *y, &r)) return in.make_int(r);
        break;
      case op::floor_div:
        if (*y == 0) return in.raise_error(exception_type(exception_kind::zero_division_error), "integer division or modulo by zero");
        if (!(*x == INT64_MIN && *y == -1)) {
          std::int64_t q = *x / *y;
          if ((*x % *y != 0) && ((*x < 0) != (*y < 0))) --q;
          return in.make_int(q);
        }
        break;
      case op::mod:
        if (*y == 0) return in.raise_error(exception_type(exception_kind::zero_division_error), "integer modulo by zero");
        if (*y != -1) {
          std::int64_t m = *x % *y;
          if (m != 0 && ((m < 0) != (*y < 0))) m += *y;
          return in.make_int(m);
        }
        return in.make_int(0);
      case op::div:
        if (*y == 0) return in.raise_error(exception_type(exception_kind::zero_division_error), "division by zero");
        if (exact_in_double(*x) && exact_in_double(*y))
          return value::from_double(static_cast<double>(*x) / static_cast<double>(*y));
        break;
      case op::bit_and: return in.make_int(*x & *y);
      case op::bit_or: return in.make_int(*x | *y);
      case op::bit_xor: return in.make_int(*x ^ *y);
      case op::lshift:
        if (*y < 0) return in.raise_value_error("negative shift count");
        if (*y < 63 && !__builtin_mul_overflow(*x, std::int64_t{1} << *y, &r)) return in.make_int(r);
        break;
      case op::rshift:
        if (*y < 0) return in.raise_value_error("negative shift count");
        return in.make_int(*y >= 63 ? (*x < 0 ? -1 : 0) : (*x >> *y));
      default: break;
    }
  }
  big_int p = to_big(a);
  big_int q = to_big(b);
  switch (o) {
    case op::add: return in.make_big_int(p + q);
    case op::sub: return in.make_big_int(p - q);
    case op::mult:
      if (!in.heap().could_allocate(big_int::estimated_bytes_for_mul(p, q))) return in.raise_memory_error();
      return big_result(in, big_int::multiply(p, q, in.interrupt()));
    case op::floor_div: return big_result(in, big_int::floor_divide(p, q, in.interrupt()));
    case op::mod: return big_result(in, big_int::modulo(p, q, in.interrupt()));
    case op::div: {
      auto r = big_int::true_divide(p, q, in.interrupt());
      if (!r) return raise_big_int_error(in, r.error());
      return value::from_double(*r);
    }
    case op::pow: return int_power(in, a, b);
    case op::bit_and: return in.make_big_int(p & q);
    case op::bit_or: return in.make_big_int(p | q);
    case op::bit_xor: return in.make_big_int(p ^ q);
    case op::lshift: {
      if (q.is_negative()) return in.raise_value_error("negative shift count");
      auto count = q.to_int64();
      if (p.is_zero()) return in.make_int(0);
      // A count beyond 64 bits: big_int tells CPython's OverflowError ("too many digits") from a
      // MemoryError without allocating.
      if (!count) return big_result(in, big_int::shift_left(p, q));
      if (!in.heap().could_allocate(big_int::estimated_bytes_for_shift_left(p, static_cast<std::uint64_t>(*count))))
        return in.raise_memory_error();
      return big_result(in, big_int::shift_left(p, *count));
    }
    case op::rshift: return big_result(in, big_int::shift_right(p, q));
    default: return value::not_implemented();
  }
}

inline value int_binary(interpreter& in, op o, value self, value other) {
  if (other.is_double()) {
    if (o == op::bit_and || o == op::bit_or || o == op::bit_xor || o == op::lshift || o == op::rshift || o == op::mat_mult)
      return value::not_implemented();
    auto x = int_to_double(in, self);
    if (!x) return value::raised();
    return float_arith(in, o, *x, other.as_double());
  }
  if (!is_int_like(other)) return value::not_implemented();
  return int_arith(in, o, self, other);
}
inline value int_reflected(interpreter& in, op o, value self, value other) {
  if (!is_int_like(other)) return value::not_implemented();
  return int_arith(in, o, other, self);
}

inline value float_binary(interpreter& in, op o, value self, value other) {
  double y;
  if (other.is_double()) {
    y = other.as_double();
  } else if (is_int_like(other)) {
    auto d = int_to_double(in, other);
    if (!d) return value::raised();
    y = *d;
  } else {
    return value::not_implemented();
  }
  return float_arith(in, o, self.as_double(), y);
}
inline value float_reflected(interpreter& in, op o, value self, value other) {
  if (!is_int_like(other)) return value::not_implemented();
  auto x = int_to_double(in, other);
  if (!x) return value::raised();
  return float_arith(in, o, *x, self.as_double());
}

template <op O>
value int_binary_slot(interpreter& in, value self, value other) { return int_binary(in, O, self, other); }
template <op O>
value int_reflected_slot(interpreter& in, value self, value other) { return int_reflected(in, O, self, other); }
template <op O>
value float_binary_slot(interpreter& in, value self, value other) { return float_binary(in, O, self, other); }
template <op O>
value float_reflected_slot(interpreter& in, value self, value other) { return float_reflected(in, O, self, other); }

// Three-way comparison of two real numbers, exact across int and float (nan: unordered).
inline std::partial_ordering compare_numbers(value a, value b) {
  if (a.is_double() && b.is_double()) return a.as_double() <=> b.as_double();
  if (!a.is_double() && !b.is_double()) {
    auto x = to_int64(a), y = to_int64(b);
    if (x && y) return *x <=> *y;
    return to_big(a) <=> to_big(b);
  }
  if (a.is_double()) {
    auto r = big_int::compare(to_big(b), a.as_double());
    if (r == std::partial_ordering::less) return std::partial_ordering::greater;
    if (r == std::partial_ordering::greater) return std::partial_ordering::less;
    return r;
  }
  return big_int::compare(to_big(a), b.as_double());
}

inline value ordering_to_bool(std::partial_ordering order, compare_operator o) {
  switch (o) {
    case compare_operator::less: return value::from_bool(order < 0);
    case compare_operator::less_equal: return value::from_bool(order <= 0);
    case compare_operator::equal: return value::from_bool(order == 0);
    case compare_operator::not_equal: return value::from_bool(order != 0);
    case compare_operator::greater: return value::from_bool(order > 0);
    case compare_operator::greater_equal: return value::from_bool(order >= 0);
  }
  return value::not_implemented();
}

inline bool is_real(value v) { return v.is_double() || is_int_like(v); }

inline value number_compare(interpreter&, value self, value other, compare_operator o) {
  if (!is_real(other)) return value::not_implemented();
  return ordering_to_bool(compare_numbers(self, other), o);
}

// The numeric hash: equal numbers hash alike across int and float (CPython's scheme, modulus
// 2**61 - 1).
inline std::int64_t hash_double(double v) {
  constexpr std::uint64_t modulus = (std::uint64_t{1} << 61) - 1;
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  // Each NaN is its own object (vm/value.hpp): CPython hashes it by identity, here by its payload.
  if (std::isnan(v)) return static_cast<std::int64_t>(std::bit_cast<std::uint64_t>(v) & ((std::uint64_t{1} << 48) - 1));
  int exponent;
  double mantissa = std::frexp(v, &exponent);
  int sign = 1;
  if (mantissa < 0) {
    sign = -1;
    mantissa = -mantissa;
  }
  std::uint64_t x = 0;
  while (mantissa != 0.0) {
    x = ((x << 28) & modulus) | x >> (61 - 28);
    mantissa *= 268435456.0;
    exponent -= 28;
    auto digit = static_cast<std::uint64_t>(mantissa);
    mantissa -= static_cast<double>(digit);
    x += digit;
    if (x >= modulus) x -= modulus;
  }
  exponent = exponent >= 0 ? exponent % 61 : 61 - 1 - ((-1 - exponent) % 61);
  x = ((x << exponent) & modulus) | x >> (61 - exponent);
  auto result = static_cast<std::int64_t>(x) * sign;
  return result == -1 ? -2 : result;
}

inline value int_hash(interpreter& in, value self) {
  if (auto small = to_int64(self)) {
    constexpr std::int64_t modulus = (std::int64_t{1} << 61) - 1;
    std::int64_t h = *small % modulus;
    return in.make_int(h == -1 ? -2 : h);
  }
  return in.make_int(to_big(self).hash());
}

inline value int_repr(interpreter& in, value self) {
  if (auto small = to_int64(self)) return in.make_str(std::to_string(*small));
  auto text = to_big(self).to_string(10, in.interrupt());
  if (!text) return raise_big_int_error(in, text.error());
  return in.make_str(*text);
}

inline value int_truthy(interpreter&, value self) {
  if (auto small = to_int64(self)) return value::from_bool(*small != 0);
  return value::from_bool(!to_big(self).is_zero());
}

inline value int_negative(interpreter& in, value self) {
  if (auto small = to_int64(self); small && *small != INT64_MIN) return in.make_int(-*small);
  return in.make_big_int(-to_big(self));
}
inline value int_positive(interpreter& in, value self) {
  if (self.is_bool()) return in.make_int(self.is_true() ? 1 : 0);
  return self;
}
inline value int_invert(interpreter& in, value self) {
  if (auto small = to_int64(self); small) return in.make_int(~*small);
  return in.make_big_int(~to_big(self));
}

inline value float_repr(interpreter& in, value self) {
  return in.make_str(repr_float(self.as_double()));
}
inline value float_hash(interpreter& in, value self) { return in.make_int(hash_double(self.as_double())); }
inline value float_truthy(interpreter&, value self) { return value::from_bool(self.as_double() != 0.0); }
inline value float_negative(interpreter&, value self) { return value::from_double(-self.as_double()); }
inline value float_positive(interpreter&, value self) { return self; }

inline value bool_repr(interpreter& in, value self) { return in.make_str(self.is_true() ? "True" : "False"); }
inline value bool_logic(interpreter& in, op o, value self, value other) {
  if (!other.is_bool()) return int_binary(in, o, self, other);
  bool x = self.is_true(), y = other.is_true();
  switch (o) {
    case op::bit_and: return value::from_bool(x && y);
    case op::bit_or: return value::from_bool(x || y);
    case op::bit_xor: return value::from_bool(x != y);
    default: return int_binary(in, o, self, other);
  }
}
template <op O>
value bool_binary_slot(interpreter& in, value self, value other) { return bool_logic(in, O, self, other); }

inline value none_repr(interpreter& in, value) { return in.make_str("None"); }
inline value none_truthy(interpreter&, value) { return value::from_bool(false); }
// CPython 3.12 gives None a fixed hash (it used to be its address): sets holding None iterate in
// the same order in every run, and in coil's.
inline value none_hash(interpreter&, value) { return value::from_small_int(0xFCA86420); }
// type(None)() is None, the only instance.
inline value construct_none(interpreter& in, type_object*, const call_arguments& args) {
  if (!args.positional.empty() || !args.keyword_values.empty()) return in.raise_type_error("NoneType takes no arguments");
  return value::none();
}

}  // namespace numeric_detail

inline type_object make_int_type() {
  using namespace numeric_detail;
  type_object t;
  t.name = "int";
  t.layout = &vm::layout_of<int_object>;
  t.base = &object_type;
  t.repr = int_repr;
  t.hash = int_hash;
  t.compare = number_compare;
  t.truthy = int_truthy;
  t.negative = int_negative;
  t.positive = int_positive;
  t.invert = int_invert;
#define COIL_AST_BINARY_OPERATOR(python_name, cpp_name, text)                                            \
  t.binary[static_cast<std::size_t>(op::cpp_name)] = int_binary_slot<op::cpp_name>;                      \
  t.reflected[static_cast<std::size_t>(op::cpp_name)] = int_reflected_slot<op::cpp_name>;
#include <coil/syntax/ast_operators.def>
  return t;
}

inline type_object make_bool_type() {
  using namespace numeric_detail;
  type_object t = make_int_type();
  t.name = "bool";
  t.base = &int_type;
  t.repr = bool_repr;
  t.binary[static_cast<std::size_t>(op::bit_and)] = bool_binary_slot<op::bit_and>;
  t.binary[static_cast<std::size_t>(op::bit_or)] = bool_binary_slot<op::bit_or>;
  t.binary[static_cast<std::size_t>(op::bit_xor)] = bool_binary_slot<op::bit_xor>;
  return t;
}

inline type_object make_float_type() {
  using namespace numeric_detail;
  type_object t;
  t.name = "float";
  t.layout = nullptr;  // floats are never heap objects
  t.base = &object_type;
  t.repr = float_repr;
  t.hash = float_hash;
  t.compare = number_compare;
  t.truthy = float_truthy;
  t.negative = float_negative;
  t.positive = float_positive;
#define COIL_AST_BINARY_OPERATOR(python_name, cpp_name, text)                                            \
  t.binary[static_cast<std::size_t>(op::cpp_name)] = float_binary_slot<op::cpp_name>;                    \
  t.reflected[static_cast<std::size_t>(op::cpp_name)] = float_reflected_slot<op::cpp_name>;
#include <coil/syntax/ast_operators.def>
  return t;
}

inline type_object make_none_type() {
  type_object t;
  t.name = "NoneType";
  t.base = &object_type;
  t.repr = numeric_detail::none_repr;
  t.truthy = numeric_detail::none_truthy;
  t.hash = numeric_detail::none_hash;
  t.construct = numeric_detail::construct_none;
  return t;
}

}  // namespace coil::runtime
