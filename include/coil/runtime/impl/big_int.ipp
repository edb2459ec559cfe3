// big_int definitions: storage, error names, observers, comparison, addition and subtraction,
// bitwise operators, shifts, hashing and the size estimates. Division, powers and roots are in
// big_int_division.ipp, string and float conversions in big_int_conversion.ipp, limb kernels in
// big_int_kernels.ipp.
#pragma once

#include <coil/runtime/big_int.hpp>
#include <coil/runtime/impl/big_int_kernels.ipp>

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>
#include <new>

namespace coil::runtime {

// Raw access to a big_int's limbs for the algorithms, which build results in place.
struct big_int_access {
  static big_int::limb* limbs(big_int& x) noexcept { return x.mutable_limbs(); }
  static void resize(big_int& x, std::size_t n) { x.resize_limbs(n); }
  static void set_negative(big_int& x, bool negative) noexcept { x.negative_ = negative; }
  static void trim(big_int& x) noexcept { x.trim(); }
  // A non-negative big_int with n limbs, all zero.
  static big_int with_limbs(std::size_t n) {
    big_int x;
    x.resize_limbs(n);
    return x;
  }
  static big_int from_limbs(const big_int::limb* p, std::size_t n, bool negative) {
    big_int x;
    x.resize_limbs(n);
    if (n != 0) std::memcpy(x.mutable_limbs(), p, n * sizeof(big_int::limb));
    x.negative_ = negative;
    x.trim();
    return x;
  }
};

namespace detail {

inline constexpr std::string_view big_int_error_types[] = {
#define COIL_BIG_INT_ERROR(name, type, message) type,
#include <coil/runtime/big_int_errors.def>
};
inline constexpr std::string_view big_int_error_messages[] = {
#define COIL_BIG_INT_ERROR(name, type, message) message,
#include <coil/runtime/big_int_errors.def>
};

// The magnitude bits a result may need before the code below allocates it; beyond max_bits the
// operation is refused with too_large.
inline bool exceeds_max_limbs(std::uint64_t limbs) noexcept { return limbs > big_int::max_bits / 64; }

}  // namespace detail

COIL_DECL std::string_view python_type(big_int_error error) noexcept {
  return detail::big_int_error_types[static_cast<std::size_t>(error)];
}

COIL_DECL std::string_view python_message(big_int_error error) noexcept {
  return detail::big_int_error_messages[static_cast<std::size_t>(error)];
}

// --- storage ---

COIL_DECL big_int::big_int(std::int64_t value) noexcept {
  if (value != 0) {
    negative_ = value < 0;
    // Unsigned negation is defined for INT64_MIN too.
    inline_[0] = negative_ ? ~static_cast<limb>(value) + 1 : static_cast<limb>(value);
    size_ = 1;
  }
}

COIL_DECL big_int big_int::from_uint64(std::uint64_t value) noexcept {
  big_int x;
  if (value != 0) {
    x.inline_[0] = value;
    x.size_ = 1;
  }
  return x;
}

COIL_DECL big_int::big_int(const big_int& other) : negative_(other.negative_) {
  if (other.size_ > inline_limbs) {
    heap_ = new limb[other.size_];
    capacity_ = other.size_;
  }
  if (other.size_ != 0) std::memcpy(mutable_limbs(), other.limbs(), other.size_ * sizeof(limb));
  size_ = other.size_;
}

COIL_DECL big_int::big_int(big_int&& other) noexcept
    : size_(other.size_), capacity_(other.capacity_), negative_(other.negative_) {
  if (other.capacity_ > inline_limbs) {
    heap_ = other.heap_;
    other.capacity_ = inline_limbs;
    other.inline_[0] = other.inline_[1] = 0;
  } else {
    inline_[0] = other.inline_[0];
    inline_[1] = other.inline_[1];
  }
  other.size_ = 0;
  other.negative_ = false;
}

COIL_DECL big_int& big_int::operator=(const big_int& other) {
  if (this != &other) {
    if (other.size_ > capacity_) {
      limb* fresh = new limb[other.size_];
      release();
      heap_ = fresh;
      capacity_ = other.size_;
    }
    if (other.size_ != 0) std::memcpy(mutable_limbs(), other.limbs(), other.size_ * sizeof(limb));
    size_ = other.size_;
    negative_ = other.negative_;
  }
  return *this;
}

COIL_DECL big_int& big_int::operator=(big_int&& other) noexcept {
  if (this != &other) {
    release();
    size_ = other.size_;
    capacity_ = other.capacity_;
    negative_ = other.negative_;
    if (other.capacity_ > inline_limbs) {
      heap_ = other.heap_;
      other.capacity_ = inline_limbs;
      other.inline_[0] = other.inline_[1] = 0;
    } else {
      inline_[0] = other.inline_[0];
      inline_[1] = other.inline_[1];
    }
    other.size_ = 0;
    other.negative_ = false;
  }
  return *this;
}

COIL_DECL big_int::~big_int() { release(); }

COIL_DECL void big_int::release() noexcept {
  if (capacity_ > inline_limbs) {
    delete[] heap_;
    capacity_ = inline_limbs;
    inline_[0] = inline_[1] = 0;
  }
}

COIL_DECL void big_int::reserve_limbs(std::size_t n) {
  if (n <= capacity_) return;
  if (detail::exceeds_max_limbs(n)) throw std::bad_alloc();  // unreachable: callers check max_bits first
  limb* fresh = new limb[n];
  if (size_ != 0) std::memcpy(fresh, limbs(), size_ * sizeof(limb));
  release();
  heap_ = fresh;
  capacity_ = static_cast<std::uint32_t>(n);
}

COIL_DECL void big_int::resize_limbs(std::size_t n) {
  reserve_limbs(n);
  if (n > size_) {
    // Two explicit branches: GCC's overflow warnings cannot see that n <= capacity_ otherwise.
    if (capacity_ > inline_limbs) {
      std::fill(heap_ + size_, heap_ + n, limb{0});
    } else {
      for (std::size_t i = size_; i < n && i < inline_limbs; ++i) inline_[i] = 0;
    }
  }
  size_ = static_cast<std::uint32_t>(n);
}

COIL_DECL void big_int::trim() noexcept {
  size_ = static_cast<std::uint32_t>(detail::normalized_size(limbs(), size_));
  if (size_ == 0) negative_ = false;
}

// --- observers ---

COIL_DECL bool big_int::fits_int64() const noexcept { return to_int64().has_value(); }

COIL_DECL std::optional<std::int64_t> big_int::to_int64() const noexcept {
  if (size_ == 0) return 0;
  if (size_ > 1) return std::nullopt;
  limb m = limbs()[0];
  if (negative_) {
    if (m > (limb{1} << 63)) return std::nullopt;
    return static_cast<std::int64_t>(~m + 1);  // two's complement wrap is defined for unsigned
  }
  if (m > static_cast<limb>(std::numeric_limits<std::int64_t>::max())) return std::nullopt;
  return static_cast<std::int64_t>(m);
}

COIL_DECL std::uint64_t big_int::bit_length() const noexcept {
  if (size_ == 0) return 0;
  return std::uint64_t{size_} * 64 - static_cast<std::uint64_t>(std::countl_zero(limbs()[size_ - 1]));
}

COIL_DECL std::uint64_t big_int::bit_count() const noexcept {
  std::uint64_t count = 0;
  const limb* p = limbs();
  for (std::size_t i = 0; i < size_; ++i) count += static_cast<std::uint64_t>(std::popcount(p[i]));
  return count;
}

COIL_DECL std::int64_t big_int::hash() const noexcept {
  // CPython's int hash: |x| mod P with P = 2**61 - 1, negated for negatives, and -1 (the C error
  // value) replaced by -2. Horner from the top limb; 2**64 = 8 (mod P) folds each step.
  constexpr limb modulus = (limb{1} << 61) - 1;
  const limb* p = limbs();
  limb h = 0;
  for (std::size_t i = size_; i-- > 0;) {
    detail::double_limb v = (static_cast<detail::double_limb>(h) << 64) | p[i];
    while ((v >> 61) != 0) v = (v & modulus) + (v >> 61);
    h = static_cast<limb>(v);
    if (h == modulus) h = 0;
  }
  std::int64_t result = static_cast<std::int64_t>(h);
  if (negative_) result = -result;
  return result == -1 ? -2 : result;
}

COIL_DECL std::size_t big_int::allocated_bytes() const noexcept {
  return capacity_ > inline_limbs ? std::size_t{capacity_} * sizeof(limb) : 0;
}

// --- comparison ---

COIL_DECL bool operator==(const big_int& a, const big_int& b) noexcept {
  return a.negative_ == b.negative_ && a.size_ == b.size_ &&
         (a.size_ == 0 || std::memcmp(a.limbs(), b.limbs(), a.size_ * sizeof(big_int::limb)) == 0);
}

COIL_DECL std::strong_ordering operator<=>(const big_int& a, const big_int& b) noexcept {
  if (a.negative_ != b.negative_) return a.negative_ ? std::strong_ordering::less : std::strong_ordering::greater;
  int c = detail::compare_magnitudes(a.limbs(), a.size_, b.limbs(), b.size_);
  if (a.negative_) c = -c;
  return c < 0 ? std::strong_ordering::less : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

// --- addition and subtraction ---

namespace detail {

// |a| + |b| or |a| - |b| with the given sign for the result (before trimming; a difference that
// comes out negative flips it).
inline big_int add_signed(const big_int& a, const big_int& b, bool b_negative) {
  const limb* ap = a.limbs();
  const limb* bp = b.limbs();
  std::size_t an = a.limb_count();
  std::size_t bn = b.limb_count();
  if (a.is_negative() == b_negative) {
    if (an < bn) {
      std::swap(ap, bp);
      std::swap(an, bn);
    }
    if (an <= 2) {
      // Inline operands: add on the stack so that a result that still fits stays inline.
      limb sum[3] = {0, 0, 0};
      sum[an] = add_magnitudes(sum, ap, an, bp, bn);
      return big_int_access::from_limbs(sum, normalized_size(sum, 3), a.is_negative());
    }
    big_int r = big_int_access::with_limbs(an + 1);
    limb* rp = big_int_access::limbs(r);
    rp[an] = add_magnitudes(rp, ap, an, bp, bn);
    big_int_access::set_negative(r, a.is_negative());
    big_int_access::trim(r);
    return r;
  }
  int c = compare_magnitudes(ap, an, bp, bn);
  if (c == 0) return big_int();
  bool negative = a.is_negative();
  if (c < 0) {
    std::swap(ap, bp);
    std::swap(an, bn);
    negative = b_negative;
  }
  big_int r = big_int_access::with_limbs(an);
  sub_magnitudes(big_int_access::limbs(r), ap, an, bp, bn);
  big_int_access::set_negative(r, negative);
  big_int_access::trim(r);
  return r;
}

}  // namespace detail

COIL_DECL big_int operator+(const big_int& a, const big_int& b) {
  return detail::add_signed(a, b, b.is_negative());
}

COIL_DECL big_int operator-(const big_int& a, const big_int& b) {
  return detail::add_signed(a, b, !b.is_negative());
}

COIL_DECL big_int operator-(const big_int& a) {
  big_int r = a;
  r.negate();
  return r;
}

COIL_DECL big_int big_int::abs() const {
  big_int r = *this;
  r.negative_ = false;
  return r;
}

// --- bitwise operators ---

namespace detail {

// Applies a limb-wise operation to the infinite two's-complement forms of a and b; the result is
// converted back to sign and magnitude. Negative x is ~(|x| - 1) limb by limb.
template <class Op>
big_int bitwise(const big_int& a, const big_int& b, Op op) {
  std::size_t n = std::max(a.limb_count(), b.limb_count()) + 1;
  std::vector<limb> x(n, 0);
  std::vector<limb> y(n, 0);
  auto load = [n](const big_int& v, std::vector<limb>& out) {
    std::copy(v.limbs(), v.limbs() + v.limb_count(), out.begin());
    if (v.is_negative()) {
      limb borrow = 1;
      for (std::size_t i = 0; i < n; ++i) {
        limb t = out[i];
        out[i] = ~(t - borrow);
        borrow = t < borrow;
      }
    }
  };
  load(a, x);
  load(b, y);
  big_int r = big_int_access::with_limbs(n);
  limb* rp = big_int_access::limbs(r);
  for (std::size_t i = 0; i < n; ++i) rp[i] = op(x[i], y[i]);
  bool negative = (rp[n - 1] >> 63) != 0;
  if (negative) {
    // magnitude = ~r + 1
    limb carry = 1;
    for (std::size_t i = 0; i < n; ++i) {
      limb t = ~rp[i] + carry;
      carry = carry != 0 && t == 0;
      rp[i] = t;
    }
  }
  big_int_access::set_negative(r, negative);
  big_int_access::trim(r);
  return r;
}

}  // namespace detail

COIL_DECL big_int operator&(const big_int& a, const big_int& b) {
  return detail::bitwise(a, b, [](big_int::limb x, big_int::limb y) { return x & y; });
}

COIL_DECL big_int operator|(const big_int& a, const big_int& b) {
  return detail::bitwise(a, b, [](big_int::limb x, big_int::limb y) { return x | y; });
}

COIL_DECL big_int operator^(const big_int& a, const big_int& b) {
  return detail::bitwise(a, b, [](big_int::limb x, big_int::limb y) { return x ^ y; });
}

COIL_DECL big_int operator~(const big_int& a) {
  // ~a == -(a + 1)
  big_int r = a + big_int(1);
  r.negate();
  return r;
}

// --- shifts ---

COIL_DECL big_int_result<big_int> big_int::shift_left(const big_int& a, std::int64_t count) {
  if (count < 0) return tl::unexpected(big_int_error::negative_shift);
  if (a.is_zero() || count == 0) return a;
  std::uint64_t bits = a.bit_length();
  if (static_cast<std::uint64_t>(count) > max_bits || bits + static_cast<std::uint64_t>(count) > max_bits) {
    return tl::unexpected(big_int_error::too_large);
  }
  std::size_t limb_shift = static_cast<std::size_t>(count) / 64;
  unsigned bit_shift = static_cast<unsigned>(count % 64);
  std::size_t n = a.limb_count();
  big_int r = big_int_access::with_limbs(n + limb_shift + 1);
  limb* rp = big_int_access::limbs(r);
  const limb* ap = a.limbs();
  if (bit_shift == 0) {
    std::copy(ap, ap + n, rp + limb_shift);
  } else {
    limb carry = 0;
    for (std::size_t i = 0; i < n; ++i) {
      rp[limb_shift + i] = (ap[i] << bit_shift) | carry;
      carry = ap[i] >> (64 - bit_shift);
    }
    rp[limb_shift + n] = carry;
  }
  big_int_access::set_negative(r, a.is_negative());
  big_int_access::trim(r);
  return r;
}

COIL_DECL big_int_result<big_int> big_int::shift_left(const big_int& a, const big_int& count) {
  if (count.is_negative()) return tl::unexpected(big_int_error::negative_shift);
  if (a.is_zero()) return big_int();
  auto small = count.to_int64();
  if (small) return shift_left(a, *small);
  // CPython counts in 30-bit digits: a result of more than (2**63 - 1 - 24) / 4 digits is an
  // OverflowError before any allocation; anything smaller is a MemoryError when allocated.
  constexpr std::uint64_t digit_bits = 30;
  constexpr std::uint64_t max_digits = (std::uint64_t{1} << 61) - 7;  // (2**63 - 1 - 24) // 4
  auto [word_shift, rem_shift] = *divmod(count, big_int(static_cast<std::int64_t>(digit_bits)));
  big_int new_size = word_shift + big_int(static_cast<std::int64_t>((a.bit_length() + digit_bits - 1) / digit_bits)) +
                     big_int(rem_shift.is_zero() ? 0 : 1);
  if (new_size > big_int(static_cast<std::int64_t>(max_digits))) return tl::unexpected(big_int_error::shift_overflow);
  return tl::unexpected(big_int_error::too_large);
}

COIL_DECL big_int_result<big_int> big_int::shift_right(const big_int& a, std::int64_t count) {
  if (count < 0) return tl::unexpected(big_int_error::negative_shift);
  if (a.is_zero() || count == 0) return a;
  if (static_cast<std::uint64_t>(count) >= a.bit_length()) return a.is_negative() ? big_int(-1) : big_int();
  std::size_t limb_shift = static_cast<std::size_t>(count / 64);
  unsigned bit_shift = static_cast<unsigned>(count % 64);
  std::size_t n = a.limb_count();
  const limb* ap = a.limbs();
  // Floor semantics for negatives: -(|a| >> k) - 1 when a one bit is shifted out.
  bool lost_bits = false;
  if (a.is_negative()) {
    for (std::size_t i = 0; i < limb_shift && !lost_bits; ++i) lost_bits = ap[i] != 0;
    if (!lost_bits && bit_shift != 0) lost_bits = (ap[limb_shift] & ((limb{1} << bit_shift) - 1)) != 0;
  }
  std::size_t rn = n - limb_shift;
  big_int r = big_int_access::with_limbs(rn + 1);
  limb* rp = big_int_access::limbs(r);
  if (bit_shift == 0) {
    std::copy(ap + limb_shift, ap + n, rp);
  } else {
    for (std::size_t i = 0; i < rn; ++i) {
      limb high = limb_shift + i + 1 < n ? ap[limb_shift + i + 1] : 0;
      rp[i] = (ap[limb_shift + i] >> bit_shift) | (high << (64 - bit_shift));
    }
  }
  if (lost_bits) {
    limb carry = 1;
    for (std::size_t i = 0; i <= rn && carry != 0; ++i) {
      rp[i] += carry;
      carry = rp[i] == 0;
    }
  }
  big_int_access::set_negative(r, a.is_negative());
  big_int_access::trim(r);
  return r;
}

COIL_DECL big_int_result<big_int> big_int::shift_right(const big_int& a, const big_int& count) {
  if (count.is_negative()) return tl::unexpected(big_int_error::negative_shift);
  auto small = count.to_int64();
  if (!small) return a.is_negative() ? big_int(-1) : big_int();
  return shift_right(a, *small);
}

// --- size estimates ---

COIL_DECL std::uint64_t big_int::bytes_for_bits(std::uint64_t bits) noexcept {
  if (bits > std::numeric_limits<std::uint64_t>::max() - 63) return std::numeric_limits<std::uint64_t>::max() / 8 * 8;
  return (bits + 63) / 64 * sizeof(limb);
}

COIL_DECL std::uint64_t big_int::estimated_bytes_for_mul(const big_int& a, const big_int& b) noexcept {
  return bytes_for_bits(a.bit_length() + b.bit_length());
}

COIL_DECL std::uint64_t big_int::estimated_bytes_for_pow(const big_int& base, const big_int& exponent) noexcept {
  constexpr std::uint64_t saturated = std::numeric_limits<std::uint64_t>::max();
  if (exponent.is_negative() || exponent.is_zero()) return 0;
  std::uint64_t bits = base.bit_length();
  if (bits <= 1) return sizeof(limb);  // 0, 1, -1: the result is 0, 1 or -1
  auto e = exponent.to_int64();
  if (!e) return saturated;
  std::uint64_t exp = static_cast<std::uint64_t>(*e);
  if (exp > saturated / bits) return saturated;
  return bytes_for_bits(bits * exp);
}

COIL_DECL std::uint64_t big_int::estimated_bytes_for_shift_left(const big_int& a, std::uint64_t count) noexcept {
  if (a.is_zero()) return 0;
  std::uint64_t bits = a.bit_length();
  if (count > std::numeric_limits<std::uint64_t>::max() - bits) return std::numeric_limits<std::uint64_t>::max();
  return bytes_for_bits(bits + count);
}

// --- interrupt and parse errors ---

COIL_DECL std::string_view int_parse_error::python_type() const noexcept {
  return what == kind::interrupted ? "TimeoutError" : "ValueError";
}

COIL_DECL std::string int_parse_error::message(std::string_view literal_repr) const {
  switch (what) {
    case kind::invalid_literal: {
      // CPython formats the repr with %.200R: at most 200 code points of it.
      std::size_t end = 0;
      std::size_t code_points = 0;
      while (end < literal_repr.size() && code_points < 200) {
        ++end;
        while (end < literal_repr.size() && (static_cast<unsigned char>(literal_repr[end]) & 0xC0) == 0x80) ++end;
        ++code_points;
      }
      return "invalid literal for int() with base " + std::to_string(base) + ": " +
             std::string(literal_repr.substr(0, end));
    }
    case kind::invalid_base:
      return "int() base must be >= 2 and <= 36, or 0";
    case kind::digit_limit:
      return "Exceeds the limit (" + std::to_string(big_int::max_str_digits) +
             " digits) for integer string conversion: value has " + std::to_string(digits) +
             " digits; use sys.set_int_max_str_digits() to increase the limit";
    case kind::interrupted:
      return "";
  }
  return "";
}

}  // namespace coil::runtime

#include <coil/runtime/impl/big_int_division.ipp>
#include <coil/runtime/impl/big_int_conversion.ipp>
