// big_int definitions for the operations whose cost grows faster than their input: multiplication,
// floor division and modulo (Python's signs), true division to a correctly rounded float, pow and
// modular pow (with modular inverses for negative exponents), gcd and isqrt. Each takes an
// interrupt_check and returns `interrupted` when it fires.
#pragma once

#include <coil/runtime/big_int.hpp>
#include <coil/runtime/impl/big_int_kernels.ipp>

#include <cmath>
#include <numeric>

namespace coil::runtime {

namespace detail {

// A correctly rounded double from q * 2**exp plus a fraction below 2**exp that is nonzero when
// `sticky`: returns the 53-bit (or fewer, for subnormals) mantissa m and the exponent of its lowest
// bit, so the value is m * 2**lowest exactly. Callers with `sticky` give q at least 55 bits, so the
// sticky part always lies below the rounding position.
struct rounded_double {
  limb mantissa;
  std::int64_t lowest;
};

inline rounded_double round_to_double(limb q, bool sticky, std::int64_t exp) noexcept {
  if (q == 0) return {0, 0};
  std::int64_t bits = 64 - std::countl_zero(q);
  std::int64_t lowest = std::max<std::int64_t>(exp + bits - 53, -1074);
  std::int64_t drop = lowest - exp;
  if (drop <= 0) return {q, exp};
  limb m = drop >= 64 ? 0 : q >> drop;
  bool half = drop - 1 < 64 && ((q >> (drop - 1)) & 1) != 0;
  bool rest = sticky || (drop - 1 >= 64 ? q != 0 : (q & ((limb{1} << (drop - 1)) - 1)) != 0);
  if (half && (rest || (m & 1) != 0)) ++m;
  return {m, lowest};
}

// Quotient and remainder of magnitudes: |a| = q*|b| + r with 0 <= r < |b|; both results are
// non-negative. |b| != 0. q or r may be null when not wanted. Returns false if interrupted.
inline bool divmod_magnitudes(const big_int& a, const big_int& b, big_int* q, big_int* r, work_meter& meter) {
  std::size_t an = a.limb_count();
  std::size_t bn = b.limb_count();
  const limb* ap = a.limbs();
  const limb* bp = b.limbs();
  if (compare_magnitudes(ap, an, bp, bn) < 0) {
    if (q != nullptr) *q = big_int();
    if (r != nullptr) *r = a.abs();
    return true;
  }
  if (bn == 1) {
    big_int quotient = big_int_access::with_limbs(an);
    limb rem = divmod_1(big_int_access::limbs(quotient), ap, an, bp[0]);
    if (meter.add(an)) return false;
    big_int_access::trim(quotient);
    if (q != nullptr) *q = std::move(quotient);
    if (r != nullptr) *r = big_int::from_uint64(rem);
    return true;
  }
  big_int quotient = q != nullptr ? big_int_access::with_limbs(an - bn + 1) : big_int();
  big_int remainder = r != nullptr ? big_int_access::with_limbs(bn) : big_int();
  if (!divmod_knuth(q != nullptr ? big_int_access::limbs(quotient) : nullptr,
                    r != nullptr ? big_int_access::limbs(remainder) : nullptr, ap, an, bp, bn, meter)) {
    return false;
  }
  if (q != nullptr) {
    big_int_access::trim(quotient);
    *q = std::move(quotient);
  }
  if (r != nullptr) {
    big_int_access::trim(remainder);
    *r = std::move(remainder);
  }
  return true;
}

// Python's floor division and modulo from the magnitudes' quotient and remainder.
inline bool floor_divmod(const big_int& a, const big_int& b, big_int* q, big_int* r, work_meter& meter) {
  big_int quotient;
  big_int remainder;
  if (!divmod_magnitudes(a, b, q != nullptr ? &quotient : nullptr, &remainder, meter)) return false;
  bool differ = a.is_negative() != b.is_negative();
  if (differ && !remainder.is_zero()) {
    if (q != nullptr) quotient = quotient + big_int(1);
    if (r != nullptr) remainder = b.abs() - remainder;
  }
  if (q != nullptr) {
    if (differ) quotient.negate();
    *q = std::move(quotient);
  }
  if (r != nullptr) {
    if (b.is_negative()) remainder.negate();
    *r = std::move(remainder);
  }
  return true;
}

inline big_int_result<big_int> multiply_metered(const big_int& a, const big_int& b, work_meter& meter) {
  if (a.is_zero() || b.is_zero()) return big_int();
  std::uint64_t bits = a.bit_length() + b.bit_length();
  if (bits > big_int::max_bits) return tl::unexpected(big_int_error::too_large);
  std::size_t an = a.limb_count();
  std::size_t bn = b.limb_count();
  big_int r = big_int_access::with_limbs(an + bn);
  if (!mul_magnitudes(big_int_access::limbs(r), a.limbs(), an, b.limbs(), bn, meter)) {
    return tl::unexpected(big_int_error::interrupted);
  }
  big_int_access::set_negative(r, a.is_negative() != b.is_negative());
  big_int_access::trim(r);
  return r;
}

// |x| mod m for m > 0, non-negative.
inline bool reduce(const big_int& x, const big_int& m, big_int& out, work_meter& meter) {
  big_int r;
  if (!floor_divmod(x, m, nullptr, &r, meter)) return false;
  out = std::move(r);
  return true;
}

}  // namespace detail

COIL_DECL big_int operator*(const big_int& a, const big_int& b) {
  detail::work_meter meter{interrupt_check{}};
  auto r = detail::multiply_metered(a, b, meter);
  if (!r) throw std::bad_alloc();  // only too_large is possible without an interrupt_check
  return std::move(*r);
}

COIL_DECL big_int_result<big_int> big_int::multiply(const big_int& a, const big_int& b, interrupt_check stop) {
  detail::work_meter meter{stop};
  return detail::multiply_metered(a, b, meter);
}

COIL_DECL big_int_result<big_int> big_int::floor_divide(const big_int& a, const big_int& b, interrupt_check stop) {
  if (b.is_zero()) return tl::unexpected(big_int_error::zero_division);
  detail::work_meter meter{stop};
  big_int q;
  if (!detail::floor_divmod(a, b, &q, nullptr, meter)) return tl::unexpected(big_int_error::interrupted);
  return q;
}

COIL_DECL big_int_result<big_int> big_int::modulo(const big_int& a, const big_int& b, interrupt_check stop) {
  if (b.is_zero()) return tl::unexpected(big_int_error::modulo_by_zero);
  detail::work_meter meter{stop};
  big_int r;
  if (!detail::floor_divmod(a, b, nullptr, &r, meter)) return tl::unexpected(big_int_error::interrupted);
  return r;
}

COIL_DECL big_int_result<std::pair<big_int, big_int>> big_int::divmod(const big_int& a, const big_int& b,
                                                                      interrupt_check stop) {
  if (b.is_zero()) return tl::unexpected(big_int_error::zero_division);
  detail::work_meter meter{stop};
  std::pair<big_int, big_int> qr;
  if (!detail::floor_divmod(a, b, &qr.first, &qr.second, meter)) return tl::unexpected(big_int_error::interrupted);
  return qr;
}

COIL_DECL big_int_result<double> big_int::true_divide(const big_int& a, const big_int& b, interrupt_check stop) {
  if (b.is_zero()) return tl::unexpected(big_int_error::true_division_by_zero);
  if (a.is_zero()) return b.is_negative() ? -0.0 : 0.0;
  bool negative = a.is_negative() != b.is_negative();
  std::int64_t na = static_cast<std::int64_t>(a.bit_length());
  std::int64_t nb = static_cast<std::int64_t>(b.bit_length());
  // Both exact as doubles: one IEEE division rounds correctly.
  if (na <= 53 && nb <= 53) {
    double x = static_cast<double>(a.limbs()[0]) / static_cast<double>(b.limbs()[0]);
    return negative ? -x : x;
  }
  // |a/b| lies in [2**(na-nb-1), 2**(na-nb+1)).
  std::int64_t diff = na - nb;
  if (diff - 1 >= 1024) return tl::unexpected(big_int_error::division_overflow);
  if (diff + 1 <= -1075) return negative ? -0.0 : 0.0;
  // q = floor(|a| * 2**k / |b|) has 56 or 57 bits; the remainder decides the sticky bit.
  std::int64_t k = 56 - diff;
  big_int num = a.abs();
  big_int den = b.abs();
  if (k > 0) {
    num = *shift_left(num, k);
  } else if (k < 0) {
    den = *shift_left(den, -k);
  }
  detail::work_meter meter{stop};
  big_int q;
  big_int r;
  if (!detail::divmod_magnitudes(num, den, &q, &r, meter)) return tl::unexpected(big_int_error::interrupted);
  detail::rounded_double rd = detail::round_to_double(q.limbs()[0], !r.is_zero(), -k);
  double x = std::ldexp(static_cast<double>(rd.mantissa), static_cast<int>(rd.lowest));
  if (std::isinf(x)) return tl::unexpected(big_int_error::division_overflow);
  return negative ? -x : x;
}

COIL_DECL big_int_result<big_int> big_int::pow(const big_int& base, const big_int& exponent, interrupt_check stop) {
  if (exponent.is_negative()) return tl::unexpected(big_int_error::negative_exponent);
  if (exponent.is_zero()) return big_int(1);
  std::uint64_t base_bits = base.bit_length();
  if (base_bits <= 1) {  // 0, 1 or -1
    if (base.is_negative() && !exponent.is_odd()) return big_int(1);
    return base;
  }
  auto small_exponent = exponent.to_int64();
  if (!small_exponent) return tl::unexpected(big_int_error::too_large);
  std::uint64_t exp = static_cast<std::uint64_t>(*small_exponent);
  // The result has more than (bits - 1) * exp bits.
  if (exp > max_bits / (base_bits - 1)) return tl::unexpected(big_int_error::too_large);
  bool negative = base.is_negative() && (exp & 1) != 0;
  // A power of two is a shift.
  if (base.bit_count() == 1) {
    std::uint64_t shift = (base_bits - 1) * exp;
    auto r = shift_left(big_int(1), static_cast<std::int64_t>(shift));
    if (r && negative) r->negate();
    return r;
  }
  detail::work_meter meter{stop};
  big_int magnitude = base.abs();
  big_int result(1);
  // Left to right: square for each bit, multiply by the base for each one bit.
  for (int bit = 63 - std::countl_zero(exp); bit >= 0; --bit) {
    auto squared = detail::multiply_metered(result, result, meter);
    if (!squared) return squared;
    result = std::move(*squared);
    if (((exp >> bit) & 1) != 0) {
      auto product = detail::multiply_metered(result, magnitude, meter);
      if (!product) return product;
      result = std::move(*product);
    }
    if (meter.stopped) return tl::unexpected(big_int_error::interrupted);
  }
  if (negative) result.negate();
  return result;
}

namespace detail {

// The inverse of a modulo m (0 <= a < m, m > 1), or nullopt when gcd(a, m) != 1. Extended
// Euclid, keeping only the coefficient of a.
inline big_int_result<std::optional<big_int>> modular_inverse(const big_int& a, const big_int& m,
                                                              work_meter& meter) {
  big_int old_r = a;
  big_int r = m;
  big_int old_s(1);
  big_int s(0);
  while (!r.is_zero()) {
    big_int q;
    big_int rem;
    if (!floor_divmod(old_r, r, &q, &rem, meter)) return tl::unexpected(big_int_error::interrupted);
    old_r = std::move(r);
    r = std::move(rem);
    auto qs = multiply_metered(q, s, meter);
    if (!qs) return tl::unexpected(qs.error());
    big_int next_s = old_s - *qs;
    old_s = std::move(s);
    s = std::move(next_s);
  }
  if (old_r != big_int(1)) return std::optional<big_int>{};
  big_int inverse;
  if (!reduce(old_s, m, inverse, meter)) return tl::unexpected(big_int_error::interrupted);
  return std::optional<big_int>{std::move(inverse)};
}

}  // namespace detail

COIL_DECL big_int_result<big_int> big_int::pow_mod(const big_int& base, const big_int& exponent,
                                                   const big_int& modulus, interrupt_check stop) {
  if (modulus.is_zero()) return tl::unexpected(big_int_error::zero_modulus);
  big_int m = modulus.abs();
  if (m == big_int(1)) return big_int();
  detail::work_meter meter{stop};
  big_int b;
  if (!detail::reduce(base, m, b, meter)) return tl::unexpected(big_int_error::interrupted);
  big_int e = exponent.abs();
  if (exponent.is_negative()) {
    auto inverse = detail::modular_inverse(b, m, meter);
    if (!inverse) return tl::unexpected(inverse.error());
    if (!*inverse) return tl::unexpected(big_int_error::not_invertible);
    b = std::move(**inverse);
  }
  big_int result(1);
  std::uint64_t bits = e.bit_length();
  const limb* ep = e.limbs();
  for (std::uint64_t i = bits; i-- > 0;) {
    auto squared = detail::multiply_metered(result, result, meter);
    if (!squared) return squared;
    if (!detail::reduce(*squared, m, result, meter)) return tl::unexpected(big_int_error::interrupted);
    if (((ep[i / 64] >> (i % 64)) & 1) != 0) {
      auto product = detail::multiply_metered(result, b, meter);
      if (!product) return product;
      if (!detail::reduce(*product, m, result, meter)) return tl::unexpected(big_int_error::interrupted);
    }
    if (meter.stopped) return tl::unexpected(big_int_error::interrupted);
  }
  // The result takes the modulus's sign: in (modulus, 0] for a negative modulus.
  if (modulus.is_negative() && !result.is_zero()) result = result - m;
  return result;
}

COIL_DECL big_int_result<big_int> big_int::gcd(const big_int& a, const big_int& b, interrupt_check stop) {
  big_int x = a.abs();
  big_int y = b.abs();
  detail::work_meter meter{stop};
  while (!y.is_zero()) {
    if (x.limb_count() <= 1 && y.limb_count() <= 1) {
      limb g = std::gcd(x.is_zero() ? limb{0} : x.limbs()[0], y.limbs()[0]);
      return from_uint64(g);
    }
    big_int r;
    if (!detail::divmod_magnitudes(x, y, nullptr, &r, meter)) return tl::unexpected(big_int_error::interrupted);
    x = std::move(y);
    y = std::move(r);
  }
  return x;
}

COIL_DECL big_int_result<big_int> big_int::isqrt(const big_int& a, interrupt_check stop) {
  if (a.is_negative()) return tl::unexpected(big_int_error::negative_isqrt);
  if (a.is_zero()) return big_int();
  detail::work_meter meter{stop};
  std::uint64_t bits = a.bit_length();
  // Start from a double estimate of the top bits, then one Newton step lands at or above the
  // root; from there Newton's iteration decreases to floor(sqrt(a)).
  auto [mantissa, exponent] = a.frexp();  // a ~ mantissa * 2**exponent
  std::int64_t half_exponent = exponent / 2;
  double scaled = std::sqrt(std::ldexp(mantissa, static_cast<int>(exponent - 2 * half_exponent)));  // in [0.7, 1.5)
  big_int x = from_uint64(static_cast<std::uint64_t>(std::ldexp(scaled, 62)) + 1);
  if (half_exponent >= 62) {
    x = *shift_left(x, half_exponent - 62);
  } else {
    x = *shift_right(x, 62 - half_exponent);
    if (x.is_zero()) x = big_int(1);
  }
  (void)bits;
  bool first = true;
  while (true) {
    big_int q;
    if (!detail::divmod_magnitudes(a, x, &q, nullptr, meter)) return tl::unexpected(big_int_error::interrupted);
    big_int y = *shift_right(x + q, 1);
    if (!first && y >= x) return x;
    first = false;
    x = std::move(y);
  }
}

}  // namespace coil::runtime
