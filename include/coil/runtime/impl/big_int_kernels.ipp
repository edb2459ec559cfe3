// The limb-level algorithms behind big_int: addition, subtraction, multiplication (schoolbook and
// Karatsuba), division (by one limb and Knuth's algorithm D) on unsigned magnitudes stored as
// arrays of 64-bit limbs, least significant first. big_int.ipp and its siblings handle signs,
// storage and Python semantics on top of these. Nothing here allocates except Karatsuba's scratch
// space and the normalized copies in long division.
#pragma once

#include <coil/runtime/big_int.hpp>

#include <algorithm>
#include <bit>
#include <cstring>
#include <vector>

#if !defined(__SIZEOF_INT128__)
#error "coil's big_int needs a compiler with unsigned __int128 (GCC or Clang on a 64-bit target)"
#endif

namespace coil::runtime::detail {

using limb = big_int::limb;
__extension__ typedef unsigned __int128 double_limb;
__extension__ typedef __int128 signed_double_limb;

// Counts the work of a long operation and asks the interrupt_check every `period` units (one unit is
// roughly one limb-by-limb multiply), so the callback's cost disappears in the arithmetic.
struct work_meter {
  static constexpr std::uint64_t period = std::uint64_t{1} << 18;
  interrupt_check stop;
  std::uint64_t pending = 0;
  bool stopped = false;

  explicit work_meter(interrupt_check check) noexcept : stop(check) {}
  // Returns true once the operation must stop.
  bool add(std::uint64_t units) {
    pending += units;
    if (pending >= period) {
      pending = 0;
      if (!stopped && stop.should_stop()) stopped = true;
    }
    return stopped;
  }
};

inline std::size_t normalized_size(const limb* a, std::size_t n) noexcept {
  while (n > 0 && a[n - 1] == 0) --n;
  return n;
}

// Compares magnitudes without leading zero limbs.
inline int compare_magnitudes(const limb* a, std::size_t an, const limb* b, std::size_t bn) noexcept {
  if (an != bn) return an < bn ? -1 : 1;
  for (std::size_t i = an; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

// r = a + b over n limbs; r may alias a or b. Returns the carry.
inline limb add_n(limb* r, const limb* a, const limb* b, std::size_t n) noexcept {
  limb carry = 0;
  for (std::size_t i = 0; i < n; ++i) {
    limb s = a[i] + carry;
    carry = s < carry;
    limb t = s + b[i];
    carry += t < s;
    r[i] = t;
  }
  return carry;
}

// r = a + b with an >= bn; r has an limbs and may alias a. Returns the carry.
inline limb add_magnitudes(limb* r, const limb* a, std::size_t an, const limb* b, std::size_t bn) noexcept {
  limb carry = add_n(r, a, b, bn);
  for (std::size_t i = bn; i < an; ++i) {
    limb s = a[i] + carry;
    carry = s < carry;
    r[i] = s;
  }
  return carry;
}

// r = a - b over n limbs; r may alias a or b. Returns the borrow.
inline limb sub_n(limb* r, const limb* a, const limb* b, std::size_t n) noexcept {
  limb borrow = 0;
  for (std::size_t i = 0; i < n; ++i) {
    limb x = a[i];
    limb d = x - b[i];
    limb b1 = d > x;
    limb e = d - borrow;
    limb b2 = e > d;
    r[i] = e;
    borrow = b1 | b2;
  }
  return borrow;
}

// r = a - b with an >= bn; r has an limbs and may alias a. Returns the borrow (0 when a >= b).
inline limb sub_magnitudes(limb* r, const limb* a, std::size_t an, const limb* b, std::size_t bn) noexcept {
  limb borrow = sub_n(r, a, b, bn);
  for (std::size_t i = bn; i < an; ++i) {
    limb x = a[i];
    r[i] = x - borrow;
    borrow = x < borrow;
  }
  return borrow;
}

// r[0..n) += a[0..n) * m; returns the limb carried out.
inline limb addmul_1(limb* r, const limb* a, std::size_t n, limb m) noexcept {
  limb carry = 0;
  for (std::size_t i = 0; i < n; ++i) {
    double_limb p = static_cast<double_limb>(a[i]) * m + r[i] + carry;
    r[i] = static_cast<limb>(p);
    carry = static_cast<limb>(p >> 64);
  }
  return carry;
}

// r[0..n) -= a[0..n) * m; returns the limb borrowed out.
inline limb submul_1(limb* r, const limb* a, std::size_t n, limb m) noexcept {
  limb borrow = 0;
  for (std::size_t i = 0; i < n; ++i) {
    double_limb p = static_cast<double_limb>(a[i]) * m + borrow;
    limb low = static_cast<limb>(p);
    limb high = static_cast<limb>(p >> 64);
    limb x = r[i];
    r[i] = x - low;
    borrow = high + (x < low);
  }
  return borrow;
}

// r[0..n) = a[0..n) * m + add; r may alias a. Returns the carry limb.
inline limb mul_1(limb* r, const limb* a, std::size_t n, limb m, limb add = 0) noexcept {
  limb carry = add;
  for (std::size_t i = 0; i < n; ++i) {
    double_limb p = static_cast<double_limb>(a[i]) * m + carry;
    r[i] = static_cast<limb>(p);
    carry = static_cast<limb>(p >> 64);
  }
  return carry;
}

// q[0..n) = a[0..n) / d, returns a % d; q may alias a. d != 0.
inline limb divmod_1(limb* q, const limb* a, std::size_t n, limb d) noexcept {
  limb rem = 0;
  for (std::size_t i = n; i-- > 0;) {
    double_limb cur = (static_cast<double_limb>(rem) << 64) | a[i];
    q[i] = static_cast<limb>(cur / d);
    rem = static_cast<limb>(cur % d);
  }
  return rem;
}

// a[0..n) % d without a quotient.
inline limb mod_1(const limb* a, std::size_t n, limb d) noexcept {
  limb rem = 0;
  for (std::size_t i = n; i-- > 0;) {
    double_limb cur = (static_cast<double_limb>(rem) << 64) | a[i];
    rem = static_cast<limb>(cur % d);
  }
  return rem;
}

// r[0..an+bn) = a * b, schoolbook. r must not alias a or b.
inline void mul_schoolbook(limb* r, const limb* a, std::size_t an, const limb* b, std::size_t bn) noexcept {
  std::fill(r, r + an + bn, limb{0});
  for (std::size_t j = 0; j < bn; ++j) r[an + j] = addmul_1(r + j, a, an, b[j]);
}

// r[0..n) = a * a for an n/2-limb a would be a further speedup; squaring uses the general path.

// Below this many limbs in the smaller operand, schoolbook beats Karatsuba's extra additions.
inline constexpr std::size_t karatsuba_threshold = 40;

// r[0..an+bn) = a * b. r must not alias a or b. Returns false when the meter stopped the work (r
// is then unspecified).
inline bool mul_magnitudes(limb* r, const limb* a, std::size_t an, const limb* b, std::size_t bn, work_meter& meter) {
  if (an < bn) {
    std::swap(a, b);
    std::swap(an, bn);
  }
  if (bn == 0) {
    std::fill(r, r + an, limb{0});
    return true;
  }
  if (bn < karatsuba_threshold) {
    if (meter.add(static_cast<std::uint64_t>(an) * bn)) return false;
    mul_schoolbook(r, a, an, b, bn);
    return true;
  }
  std::size_t half = (an + 1) / 2;
  if (bn <= half) {
    // Unbalanced: cut a into bn-limb slices and add up slice * b, each a balanced product.
    std::fill(r, r + an + bn, limb{0});
    std::vector<limb> piece(2 * bn);
    for (std::size_t start = 0; start < an; start += bn) {
      std::size_t len = std::min(bn, an - start);
      if (!mul_magnitudes(piece.data(), a + start, len, b, bn, meter)) return false;
      limb carry = add_n(r + start, r + start, piece.data(), len + bn);
      for (std::size_t i = start + len + bn; carry != 0 && i < an + bn; ++i) {
        r[i] += carry;
        carry = r[i] == 0;
      }
    }
    return true;
  }
  // Karatsuba: a = a1*B^h + a0, b = b1*B^h + b0,
  // a*b = z2*B^2h + (z1 - z2 - z0)*B^h + z0 with z1 = (a0 + a1)(b0 + b1).
  const limb* a0 = a;
  const limb* a1 = a + half;
  const limb* b0 = b;
  const limb* b1 = b + half;
  std::size_t a1n = an - half;
  std::size_t b1n = bn - half;
  std::vector<limb> sums(2 * (half + 1));
  limb* sa = sums.data();
  limb* sb = sa + half + 1;
  sa[half] = add_magnitudes(sa, a0, half, a1, a1n);
  sb[half] = add_magnitudes(sb, b0, half, b1, b1n);
  std::vector<limb> z1(2 * (half + 1));
  if (!mul_magnitudes(z1.data(), sa, half + 1, sb, half + 1, meter)) return false;
  // z0 goes straight into r's low 2h limbs, z2 into the high limbs.
  if (!mul_magnitudes(r, a0, half, b0, half, meter)) return false;
  if (!mul_magnitudes(r + 2 * half, a1, a1n, b1, b1n, meter)) return false;
  std::size_t z1n = 2 * (half + 1);
  // z1 -= z0 + z2; the true value is non-negative and below B^(2h+2).
  sub_magnitudes(z1.data(), z1.data(), z1n, r, 2 * half);
  sub_magnitudes(z1.data(), z1.data(), z1n, r + 2 * half, a1n + b1n);
  std::size_t used = normalized_size(z1.data(), z1n);
  std::size_t room = an + bn - half;
  limb carry = add_magnitudes(r + half, r + half, room, z1.data(), std::min(used, room));
  (void)carry;  // the full product fits in an + bn limbs, so nothing carries out
  return true;
}

// Knuth's algorithm D. a has an limbs, b has bn >= 2 limbs with b[bn-1] != 0, an >= bn. Writes
// an - bn + 1 quotient limbs to q (if q is not null) and bn remainder limbs to r (if not null).
// Returns false when the meter stopped the work.
inline bool divmod_knuth(limb* q, limb* r, const limb* a, std::size_t an, const limb* b, std::size_t bn,
                         work_meter& meter) {
  int shift = std::countl_zero(b[bn - 1]);
  std::vector<limb> storage(an + 1 + bn);
  limb* u = storage.data();    // the dividend, normalized, an + 1 limbs
  limb* v = u + an + 1;        // the divisor, normalized, bn limbs
  if (shift == 0) {
    std::copy(a, a + an, u);
    u[an] = 0;
    std::copy(b, b + bn, v);
  } else {
    u[an] = a[an - 1] >> (64 - shift);
    for (std::size_t i = an - 1; i > 0; --i) u[i] = (a[i] << shift) | (a[i - 1] >> (64 - shift));
    u[0] = a[0] << shift;
    for (std::size_t i = bn - 1; i > 0; --i) v[i] = (b[i] << shift) | (b[i - 1] >> (64 - shift));
    v[0] = b[0] << shift;
  }
  const limb top = v[bn - 1];
  const limb next = v[bn - 2];
  for (std::size_t j = an - bn + 1; j-- > 0;) {
    if (meter.add(bn)) return false;
    double_limb numerator = (static_cast<double_limb>(u[j + bn]) << 64) | u[j + bn - 1];
    double_limb qhat = numerator / top;
    double_limb rhat = numerator - qhat * top;
    // Refine the estimate with the second divisor limb: afterwards it is exact or one too big.
    while ((qhat >> 64) != 0 ||
           qhat * next > ((rhat << 64) | u[j + bn - 2])) {
      --qhat;
      rhat += top;
      if ((rhat >> 64) != 0) break;
    }
    limb qd = static_cast<limb>(qhat);
    limb borrow = submul_1(u + j, v, bn, qd);
    limb high = u[j + bn];
    u[j + bn] = high - borrow;
    if (high < borrow) {
      --qd;
      limb carry = add_n(u + j, u + j, v, bn);
      u[j + bn] += carry;
    }
    if (q != nullptr) q[j] = qd;
  }
  if (r != nullptr) {
    if (shift == 0) {
      std::copy(u, u + bn, r);
    } else {
      for (std::size_t i = 0; i + 1 < bn; ++i) r[i] = (u[i] >> shift) | (u[i + 1] << (64 - shift));
      r[bn - 1] = u[bn - 1] >> shift;
    }
  }
  return true;
}

}  // namespace coil::runtime::detail
