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

namespace detail {

// One step of Lehmer's gcd: runs Euclid on the leading 62 bits of x >= y and returns the cofactor
// matrix (a, b; c, d) that maps (x, y) to a pair about 30 bits shorter, or b == 0 when the leading
// bits could not decide even one quotient (then a full division step is needed).
struct lehmer_matrix {
  std::int64_t a = 1, b = 0, c = 0, d = 1;
};

inline lehmer_matrix lehmer_step(const big_int& x, const big_int& y) {
  std::int64_t shift = static_cast<std::int64_t>(x.bit_length()) - 62;
  auto top = [shift](const big_int& v) {
    big_int t = *big_int::shift_right(v, shift);
    return static_cast<signed_double_limb>(t.is_zero() ? 0 : t.limbs()[0]);
  };
  signed_double_limb xh = top(x);
  signed_double_limb yh = top(y);
  signed_double_limb a = 1, b = 0, c = 0, d = 1;
  constexpr signed_double_limb bound = static_cast<signed_double_limb>(1) << 62;
  while (true) {
    signed_double_limb den1 = yh + c;
    signed_double_limb den2 = yh + d;
    if (den1 <= 0 || den2 <= 0) break;
    signed_double_limb q = (xh + a) / den1;
    if (q != (xh + b) / den2) break;
    signed_double_limb na = c, nc = a - q * c;
    signed_double_limb nb = d, nd = b - q * d;
    if (nc >= bound || nc <= -bound || nd >= bound || nd <= -bound) break;
    a = na;
    c = nc;
    b = nb;
    d = nd;
    signed_double_limb t = xh - q * yh;
    xh = yh;
    yh = t;
  }
  return {static_cast<std::int64_t>(a), static_cast<std::int64_t>(b), static_cast<std::int64_t>(c),
          static_cast<std::int64_t>(d)};
}

}  // namespace detail

COIL_DECL big_int_result<big_int> big_int::gcd(const big_int& a, const big_int& b, interrupt_check stop) {
  big_int x = a.abs();
  big_int y = b.abs();
  if (x < y) std::swap(x, y);
  detail::work_meter meter{stop};
  while (!y.is_zero()) {
    if (x.limb_count() <= 1) {
      return from_uint64(std::gcd(x.limbs()[0], y.limbs()[0]));
    }
    if (meter.add(x.limb_count())) return tl::unexpected(big_int_error::interrupted);
    detail::lehmer_matrix m;
    if (x.limb_count() == y.limb_count() || x.bit_length() - y.bit_length() < 32) m = detail::lehmer_step(x, y);
    if (m.b == 0) {
      // The sizes differ too much (or the leading bits did not decide): one Euclid division step.
      big_int r;
      if (!detail::divmod_magnitudes(x, y, nullptr, &r, meter)) return tl::unexpected(big_int_error::interrupted);
      x = std::move(y);
      y = std::move(r);
      continue;
    }
    big_int nx = big_int(m.a) * x + big_int(m.b) * y;
    big_int ny = big_int(m.c) * x + big_int(m.d) * y;
    x = std::move(nx);
    y = std::move(ny);
    if (x < y) std::swap(x, y);
  }
  return x;
}

namespace detail {

// floor(sqrt(n)) for n > 0. Large n: the root of n's top half gives about half the bits, one
// Newton step (which never lands below the root) doubles them, and a square or two fixes the last
// unit. The recursion depth is log2 of the size, at most about 37.
inline bool isqrt_positive(const big_int& n, big_int& out, work_meter& meter) {
  std::uint64_t bits = n.bit_length();
  if (bits <= 128) {
    // Newton's iteration from a double estimate, decreasing to the root after its first step.
    auto [mantissa, exponent] = n.frexp();
    std::int64_t half = exponent / 2;
    double scaled = std::sqrt(std::ldexp(mantissa, static_cast<int>(exponent - 2 * half)));
    big_int x = big_int::from_uint64(static_cast<std::uint64_t>(std::ldexp(scaled, 62)) + 1);
    x = half >= 62 ? *big_int::shift_left(x, half - 62) : *big_int::shift_right(x, 62 - half);
    if (x.is_zero()) x = big_int(1);
    bool first = true;
    while (true) {
      big_int q;
      if (!divmod_magnitudes(n, x, &q, nullptr, meter)) return false;
      big_int y = *big_int::shift_right(x + q, std::int64_t{1});
      if (!first && y >= x) break;
      first = false;
      x = std::move(y);
    }
    out = std::move(x);
    return true;
  }
  std::int64_t k = static_cast<std::int64_t>((bits - 2) / 4);
  big_int top;
  if (!isqrt_positive(*big_int::shift_right(n, 2 * k), top, meter)) return false;
  big_int x = *big_int::shift_left(top, k);
  big_int q;
  if (!divmod_magnitudes(n, x, &q, nullptr, meter)) return false;
  big_int y = *big_int::shift_right(x + q, std::int64_t{1});  // >= floor(sqrt(n)), by at most a few
  while (true) {
    auto square = multiply_metered(y, y, meter);
    if (!square) return false;
    if (*square <= n) break;
    y = y - big_int(1);
  }
  out = std::move(y);
  return true;
}

}  // namespace detail

COIL_DECL big_int_result<big_int> big_int::isqrt(const big_int& a, interrupt_check stop) {
  if (a.is_negative()) return tl::unexpected(big_int_error::negative_isqrt);
  if (a.is_zero()) return big_int();
  detail::work_meter meter{stop};
  big_int root;
  if (!detail::isqrt_positive(a, root, meter)) return tl::unexpected(big_int_error::interrupted);
  return root;
}

}  // namespace coil::runtime
