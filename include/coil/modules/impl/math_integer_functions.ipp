// The integer functions of `math`: factorial, comb, perm, gcd, lcm and isqrt, exact on ints of
// any size. Large products are built as balanced product trees (so big multiplications meet
// operands of equal size), factorial from its odd part and a shift, and comb from its prime
// factorisation when the arguments are large; every multiplication can be interrupted by the
// time limit, and a result that could not fit under the memory limit fails with MemoryError
// before any work is done.
#pragma once

#include <coil/modules/impl/math_arguments.ipp>

#include <bit>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <vector>

namespace coil::modules::math_detail {

using big_result = runtime::big_int_result<big_int>;

inline constexpr std::uint64_t int64_limit = static_cast<std::uint64_t>(INT64_MAX);

// The product of term(first), ..., term(first + count - 1), each a positive 64-bit integer. A
// leaf multiplies a few terms in a machine word; inner nodes multiply balanced halves.
template <class Term>
big_result product_tree(std::uint64_t first, std::uint64_t count, const Term& term, runtime::interrupt_check stop) {
  if (count <= 16) {
    big_int product(1);
    std::uint64_t word = 1;
    for (std::uint64_t i = 0; i < count; ++i) {
      const std::uint64_t factor = term(first + i);
      if (word > UINT64_MAX / factor) {
        product = product * big_int::from_uint64(word);
        word = factor;
      } else {
        word *= factor;
      }
    }
    return product * big_int::from_uint64(word);
  }
  const std::uint64_t half = count / 2;
  auto left = product_tree(first, half, term, stop);
  if (!left) return left;
  auto right = product_tree(first + half, count - half, term, stop);
  if (!right) return right;
  return big_int::multiply(*left, *right, stop);
}

// top * (top - 1) * ... * (top - count + 1) for a top beyond 64 bits.
inline big_result falling_product(const big_int& top, std::uint64_t count, runtime::interrupt_check stop) {
  if (count == 1) return top;
  const std::uint64_t half = count / 2;
  auto left = falling_product(top, half, stop);
  if (!left) return left;
  auto right = falling_product(top - big_int::from_uint64(half), count - half, stop);
  if (!right) return right;
  return big_int::multiply(*left, *right, stop);
}

// The bytes a result of about `bits` bits needs, with room for the operands of the last
// multiplication; nullopt beyond what a big_int can hold at all.
inline bool can_hold(interpreter& in, double bits) {
  if (!(bits < static_cast<double>(big_int::max_bits))) return false;
  return in.heap().could_allocate(static_cast<std::size_t>(3.0 * (bits / 8.0 + 64.0)));
}

// n! for 0 <= n <= INT64_MAX: the product of its odd part, computed as the product over j of
// the odd numbers in (n >> (j+1), n >> j] raised to the power j+1, shifted left by the number
// of factors of two, n - popcount(n).
inline big_result factorial_of(std::uint64_t n, runtime::interrupt_check stop) {
  big_int inner(1), outer(1);
  for (int j = 63 - std::countl_zero(n | 1); j >= 0; --j) {
    std::uint64_t lower = (n >> (j + 1)) + 1;
    lower |= 1;
    std::uint64_t upper = n >> j;  // at least 1: j is at most the top bit of n
    if ((upper & 1) == 0) --upper;
    if (upper >= lower) {
      auto odd = product_tree(0, (upper - lower) / 2 + 1, [lower](std::uint64_t i) { return lower + 2 * i; }, stop);
      if (!odd) return odd;
      auto grown = big_int::multiply(inner, *odd, stop);
      if (!grown) return grown;
      inner = std::move(*grown);
    }
    auto product = big_int::multiply(outer, inner, stop);
    if (!product) return product;
    outer = std::move(*product);
  }
  return big_int::shift_left(outer, static_cast<std::int64_t>(n - std::popcount(n)));
}

inline double log2_factorial(double n) { return std::lgamma(n + 1.0) / std::log(2.0); }

// factorial(n) with CPython's checks; shared by perm(n) with no k.
inline value factorial_value(interpreter& in, value argument) {
  auto n = to_index(in, argument);
  if (!n) return value::raised();
  if (n->is_negative()) return in.raise_value_error("factorial() not defined for negative values");
  auto small = n->to_int64();
  if (!small) return overflow_error(in, "factorial() argument should not exceed 9223372036854775807");
  if (*small <= 20) {
    std::int64_t product = 1;
    for (std::int64_t i = 2; i <= *small; ++i) product *= i;
    return in.make_int(product);
  }
  if (!can_hold(in, log2_factorial(static_cast<double>(*small)))) return in.raise_memory_error();
  auto result = factorial_of(static_cast<std::uint64_t>(*small), in.interrupt());
  if (!result) return raise_big_error(in, result.error());
  return in.make_big_int(std::move(*result));
}

inline value math_factorial(interpreter& in, const call_arguments& args) {
  if (!check_one(in, args, "factorial")) return value::raised();
  return factorial_value(in, args.positional[0]);
}

// n and k of comb and perm, as ints, non-negative (CPython's messages otherwise).
inline bool n_and_k(interpreter& in, value n_value, value k_value, big_int& n, big_int& k) {
  auto n_index = to_index(in, n_value);
  if (!n_index) return false;
  auto k_index = to_index(in, k_value);
  if (!k_index) return false;
  if (n_index->is_negative()) {
    in.raise_value_error("n must be a non-negative integer");
    return false;
  }
  if (k_index->is_negative()) {
    in.raise_value_error("k must be a non-negative integer");
    return false;
  }
  n = std::move(*n_index);
  k = std::move(*k_index);
  return true;
}

inline value math_perm(interpreter& in, const call_arguments& args) {
  if (!check_positional(in, args, "perm", 1, 2)) return value::raised();
  if (args.positional.size() == 1 || args.positional[1].is_none()) return factorial_value(in, args.positional[0]);
  big_int n, k;
  if (!n_and_k(in, args.positional[0], args.positional[1], n, k)) return value::raised();
  if (k > n) return value::from_small_int(0);
  auto count = k.to_int64();
  if (!count) return overflow_error(in, "k must not exceed 9223372036854775807");
  if (*count == 0) return value::from_small_int(1);
  if (*count == 1) return in.make_big_int(std::move(n));
  const auto steps = static_cast<std::uint64_t>(*count);
  const double bits = static_cast<double>(steps) * static_cast<double>(n.bit_length());
  if (!can_hold(in, bits)) return in.raise_memory_error();
  big_result result;
  if (auto top = n.to_int64()) {
    const auto high = static_cast<std::uint64_t>(*top);
    result = product_tree(0, steps, [high](std::uint64_t i) { return high - i; }, in.interrupt());
  } else {
    result = falling_product(n, steps, in.interrupt());
  }
  if (!result) return raise_big_error(in, result.error());
  return in.make_big_int(std::move(*result));
}

// --- comb ---

// C(n, k) step by step, C(n, i) = C(n, i - 1) * (n - i + 1) / i: each division is exact and by
// a small number, so this is cheap while k is small, whatever the size of n.
inline big_result binomial_by_steps(const big_int& n, std::uint64_t k, runtime::interrupt_check stop) {
  big_int result = n;
  for (std::uint64_t i = 2; i <= k; ++i) {
    auto product = big_int::multiply(result, n - big_int::from_uint64(i - 1), stop);
    if (!product) return product;
    auto quotient = big_int::floor_divide(*product, big_int::from_uint64(i), stop);
    if (!quotient) return quotient;
    result = std::move(*quotient);
  }
  return result;
}

// C(n, k) from its prime factorisation: the exponent of a prime p is the number of carries when
// adding k and n - k in base p (Kummer), and p to that power never exceeds n. No division at all.
inline big_result binomial_by_primes(std::uint64_t n, std::uint64_t k, runtime::interrupt_check stop) {
  std::vector<bool> composite(n + 1, false);
  std::vector<std::uint64_t> factors;
  for (std::uint64_t p = 2; p <= n; ++p) {
    if ((p & 0xFFFF) == 0 && stop.should_stop()) return tl::unexpected(big_int_error::interrupted);
    if (composite[p]) continue;
    if (p <= n / p)
      for (std::uint64_t multiple = p * p; multiple <= n; multiple += p) composite[multiple] = true;
    std::uint64_t power = 1;
    std::uint64_t a = k, b = n - k, carry = 0;
    while (a > 0 || b > 0 || carry > 0) {
      const std::uint64_t digit_sum = a % p + b % p + carry;
      carry = digit_sum >= p ? 1 : 0;
      if (carry) power *= p;
      a /= p;
      b /= p;
    }
    if (power > 1) factors.push_back(power);
  }
  return product_tree(0, factors.size(), [&factors](std::uint64_t i) { return factors[i]; }, stop);
}

inline big_result binomial(interpreter& in, const big_int& n, std::uint64_t k) {
  runtime::interrupt_check stop = in.interrupt();
  if (k <= 4096) return binomial_by_steps(n, k, stop);
  auto small_n = n.to_int64();
  if (small_n && *small_n <= (std::int64_t{1} << 25)) return binomial_by_primes(static_cast<std::uint64_t>(*small_n), k, stop);
  // Large n and large k: n! / (n - k)! / k!, with one big exact division.
  big_result falling = small_n ? product_tree(0, k, [top = static_cast<std::uint64_t>(*small_n)](std::uint64_t i) { return top - i; }, stop)
                               : falling_product(n, k, stop);
  if (!falling) return falling;
  auto divisor = factorial_of(k, stop);
  if (!divisor) return divisor;
  return big_int::floor_divide(*falling, *divisor, stop);
}

inline value math_comb(interpreter& in, const call_arguments& args) {
  if (!check_positional(in, args, "comb", 2, 2)) return value::raised();
  big_int n, k;
  if (!n_and_k(in, args.positional[0], args.positional[1], n, k)) return value::raised();
  if (k > n) return value::from_small_int(0);
  big_int rest = n - k;
  if (rest < k) k = std::move(rest);
  auto count = k.to_int64();
  if (!count) return overflow_error(in, "min(n - k, k) must not exceed 9223372036854775807");
  if (*count == 0) return value::from_small_int(1);
  if (*count == 1) return in.make_big_int(std::move(n));
  // The numerator n * ... * (n - k + 1) bounds every intermediate value.
  const double bits = static_cast<double>(*count) * static_cast<double>(n.bit_length());
  if (!can_hold(in, bits)) return in.raise_memory_error();
  auto result = binomial(in, n, static_cast<std::uint64_t>(*count));
  if (!result) return raise_big_error(in, result.error());
  return in.make_big_int(std::move(*result));
}

// --- gcd, lcm, isqrt ---

inline value math_gcd(interpreter& in, const call_arguments& args) {
  if (!no_keywords(in, args, "gcd")) return value::raised();
  big_int result;
  for (value argument : args.positional) {
    auto x = to_index(in, argument);
    if (!x) return value::raised();
    if (result == big_int(1)) continue;  // every later argument is still type-checked
    auto a = result.to_int64(), b = x->to_int64();
    if (a && b && *a != INT64_MIN && *b != INT64_MIN) {
      result = big_int(std::gcd(*a, *b));
      continue;
    }
    auto g = big_int::gcd(result, *x, in.interrupt());
    if (!g) return raise_big_error(in, g.error());
    result = std::move(*g);
  }
  return in.make_big_int(std::move(result));
}

inline value math_lcm(interpreter& in, const call_arguments& args) {
  if (!no_keywords(in, args, "lcm")) return value::raised();
  if (args.positional.empty()) return value::from_small_int(1);
  auto first = to_index(in, args.positional[0]);
  if (!first) return value::raised();
  big_int result = first->abs();
  for (std::size_t i = 1; i < args.positional.size(); ++i) {
    auto x = to_index(in, args.positional[i]);
    if (!x) return value::raised();
    if (result.is_zero()) continue;
    if (x->is_zero()) {
      result = big_int();
      continue;
    }
    auto g = big_int::gcd(result, *x, in.interrupt());
    if (!g) return raise_big_error(in, g.error());
    auto reduced = big_int::floor_divide(result, *g, in.interrupt());
    if (!reduced) return raise_big_error(in, reduced.error());
    if (!in.heap().could_allocate(big_int::estimated_bytes_for_mul(*reduced, *x))) return in.raise_memory_error();
    auto product = big_int::multiply(*reduced, *x, in.interrupt());
    if (!product) return raise_big_error(in, product.error());
    result = product->abs();
  }
  return in.make_big_int(std::move(result));
}

inline value math_isqrt(interpreter& in, const call_arguments& args) {
  if (!check_one(in, args, "isqrt")) return value::raised();
  auto n = to_index(in, args.positional[0]);
  if (!n) return value::raised();
  auto root = big_int::isqrt(*n, in.interrupt());
  if (!root) return raise_big_error(in, root.error());
  return in.make_big_int(std::move(*root));
}

}  // namespace coil::modules::math_detail
