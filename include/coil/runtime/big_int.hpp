// big_int: the arbitrary-precision integer behind Python's `int`, as a self-contained value class
// with no dependency on the VM. The VM keeps small ints as tagged words and switches to big_int on
// overflow; every operation here has CPython 3.12's semantics (floor division, two's-complement
// bitwise operators on negatives, correctly rounded conversion to float, int(s, base) parsing with
// the 4300-digit limit, the int hash). Errors come back as a `big_int_error` (big_int_errors.def
// lists each with the Python exception and message the VM raises), never as C++ exceptions, except
// std::bad_alloc when the allocator itself fails: the VM checks the `estimated_bytes_*` functions
// against its memory limit before large operations, so that `10 ** 10**8` fails fast.
//
// Why hand-written: the only allowed dependencies are the standard library, Asio and tl::expected;
// Debian has no header-only bignum library among them (GMP is a compiled, LGPL library).
//
// Representation: sign + magnitude in 64-bit limbs, least significant first, no leading zero
// limbs, zero is non-negative with no limbs. Values up to two limbs (|x| < 2**128) live inline and
// never allocate. Long operations (multiplication, division, pow, gcd, isqrt, string conversion)
// take an `interrupt_check` that they call periodically, so a time limit can stop them.
#pragma once

#include <coil/config.hpp>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <tl/expected.hpp>

namespace coil::runtime {

enum class big_int_error : std::uint8_t {
#define COIL_BIG_INT_ERROR(name, type, message) name,
#include <coil/runtime/big_int_errors.def>
};

// The Python exception type ("ZeroDivisionError") and CPython's message for an error.
COIL_DECL std::string_view python_type(big_int_error error) noexcept;
COIL_DECL std::string_view python_message(big_int_error error) noexcept;

template <class T>
using big_int_result = tl::expected<T, big_int_error>;

// A non-owning "should I stop?" callback, cheap to copy and to pass by value. The default one never
// stops. Operations call it every few hundred thousand limb operations, so it may read a clock.
class interrupt_check {
 public:
  interrupt_check() noexcept = default;
  // `callable()` returns true to stop; it must outlive every operation it is passed to.
  template <class F>
    requires(!std::is_same_v<std::remove_cv_t<F>, interrupt_check>)
  explicit interrupt_check(F& callable) noexcept
      : call_([](void* context) { return static_cast<bool>((*static_cast<F*>(context))()); }),
        context_(&callable) {}
  bool should_stop() const { return call_ != nullptr && call_(context_); }

 private:
  bool (*call_)(void*) = nullptr;
  void* context_ = nullptr;
};

// Why int(s, base) failed. The message needs the literal's Python repr, which only the VM can
// build (str repr rules), so the caller passes it to message().
struct int_parse_error {
  enum class kind : std::uint8_t {
    invalid_literal,  // "invalid literal for int() with base 10: 'x'"
    invalid_base,     // "int() base must be >= 2 and <= 36, or 0"
    digit_limit,      // "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use ..."
    interrupted,      // the interrupt_check asked to stop (the VM reports its own limit error)
  };
  kind what = kind::invalid_literal;
  int base = 10;            // the base as the caller passed it (0 stays 0, as in CPython's message)
  std::size_t digits = 0;   // digit_limit: the number of digits (underscores, sign, spaces excluded)

  // Always "ValueError" except "TimeoutError" for interrupted.
  COIL_DECL std::string_view python_type() const noexcept;
  // CPython's message; `literal_repr` is repr() of the whole argument string (CPython keeps only
  // its first 200 code points, and so does this function). Unused except for invalid_literal.
  COIL_DECL std::string message(std::string_view literal_repr = {}) const;
};

class big_int {
 public:
  using limb = std::uint64_t;

  // CPython's default sys.get_int_max_str_digits(): decimal (non-power-of-two base) conversions of
  // more digits fail. coil has no sys.set_int_max_str_digits.
  static constexpr std::size_t max_str_digits = 4300;
  // Hard ceiling on the size of any result (2**37 bits = 16 GiB): beyond it an operation returns
  // too_large instead of letting a size computation overflow. Memory limits stop far earlier.
  static constexpr std::uint64_t max_bits = std::uint64_t{1} << 37;

  big_int() noexcept = default;  // zero
  big_int(std::int64_t value) noexcept;  // NOLINT: implicit, an int64 is an int
  static big_int from_uint64(std::uint64_t value) noexcept;
  // Truncates toward zero like int(x); nullopt for inf ("cannot convert float infinity to
  // integer", OverflowError) and nan ("cannot convert float NaN to integer", ValueError).
  static std::optional<big_int> from_double(double value);
  // int(text, base) with CPython's rules: base 0 (prefix decides; leading zeros of a nonzero decimal
  // are invalid) or 2..36; surrounding Unicode whitespace; one sign; 0x/0o/0b prefix allowed when it
  // matches the base; single underscores between digits (and after a prefix); Unicode decimal
  // digits (Nd) count as digits. `text` is UTF-8. Bases that are not powers of two reject more than
  // max_str_digits digits.
  static tl::expected<big_int, int_parse_error> parse(std::string_view text, int base, interrupt_check stop = {});
  // Bare ASCII digits (no sign, prefix, underscores or spaces) in base 2..36, no digit limit: for
  // the compiler's literals after it has applied CPython's rule itself (3.12 rejects a decimal
  // literal of more than 4300 digits at compile time with SyntaxError "Exceeds the limit (4300
  // digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits()
  // to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal
  // conversion limits."). Returns nullopt on an invalid character or an empty string.
  static std::optional<big_int> from_digits(std::string_view digits, int base);

  big_int(const big_int& other);
  big_int(big_int&& other) noexcept;
  big_int& operator=(const big_int& other);
  big_int& operator=(big_int&& other) noexcept;
  ~big_int();

  // --- observers ---
  bool is_zero() const noexcept { return size_ == 0; }
  bool is_negative() const noexcept { return negative_; }
  int sign() const noexcept { return negative_ ? -1 : (size_ == 0 ? 0 : 1); }
  bool fits_int64() const noexcept;
  std::optional<std::int64_t> to_int64() const noexcept;   // nullopt when it does not fit
  std::uint64_t bit_length() const noexcept;               // int.bit_length(): of |x|, 0 for 0
  std::uint64_t bit_count() const noexcept;                // int.bit_count(): ones in |x|
  bool is_odd() const noexcept { return size_ != 0 && (limbs()[0] & 1) != 0; }
  std::int64_t hash() const noexcept;                      // hash(x): |x| mod 2**61-1 with x's sign, -1 -> -2
  std::size_t allocated_bytes() const noexcept;           // heap bytes owned (0 for inline values)
  std::size_t limb_count() const noexcept { return size_; }
  const limb* limbs() const noexcept { return capacity_ > inline_limbs ? heap_ : inline_; }

  // float(x), correctly rounded (round-half-even); float_overflow when it rounds beyond DBL_MAX.
  big_int_result<double> to_double() const;
  // (m, e) with x == m * 2**e approximately, 0.5 <= |m| < 1 (m correctly rounded to 53 bits), or
  // (0.0, 0) for zero: math.log/log2/log10 and math.frexp-like uses on ints too big for a double.
  std::pair<double, std::int64_t> frexp() const;
  // Digits in base 2, 8, 10, 16 (lowercase) or any base 2..36, with a leading '-' for negatives and
  // no prefix. Base 10 (any non-power-of-two base) fails with digit_limit beyond max_str_digits.
  big_int_result<std::string> to_string(int base = 10, interrupt_check stop = {}) const;

  // --- comparison ---
  friend COIL_DECL bool operator==(const big_int& a, const big_int& b) noexcept;
  friend COIL_DECL std::strong_ordering operator<=>(const big_int& a, const big_int& b) noexcept;
  // Exact comparison with a float, as Python's int < float: unordered when b is nan.
  static std::partial_ordering compare(const big_int& a, double b) noexcept;
  // Exact equality test against a float (Python's int == float).
  static bool equals(const big_int& a, double b) noexcept { return compare(a, b) == 0; }

  // --- arithmetic that cannot fail (except std::bad_alloc from the allocator) ---
  friend COIL_DECL big_int operator+(const big_int& a, const big_int& b);
  friend COIL_DECL big_int operator-(const big_int& a, const big_int& b);
  // multiply() without a stop check; throws std::bad_alloc where multiply() returns too_large.
  friend COIL_DECL big_int operator*(const big_int& a, const big_int& b);
  friend COIL_DECL big_int operator-(const big_int& a);
  friend COIL_DECL big_int operator&(const big_int& a, const big_int& b);  // two's complement on negatives
  friend COIL_DECL big_int operator|(const big_int& a, const big_int& b);
  friend COIL_DECL big_int operator^(const big_int& a, const big_int& b);
  friend COIL_DECL big_int operator~(const big_int& a);                    // -(a + 1)
  big_int abs() const;
  void negate() noexcept { negative_ = size_ != 0 && !negative_; }

  // --- arithmetic that can fail; all stop early with `interrupted` when `stop` says so ---
  // Schoolbook below a threshold, Karatsuba above.
  static big_int_result<big_int> multiply(const big_int& a, const big_int& b, interrupt_check stop = {});
  // a // b (floor), zero_division.
  static big_int_result<big_int> floor_divide(const big_int& a, const big_int& b, interrupt_check stop = {});
  // a % b (sign of b), modulo_by_zero.
  static big_int_result<big_int> modulo(const big_int& a, const big_int& b, interrupt_check stop = {});
  // divmod(a, b) = (a // b, a % b), zero_division.
  static big_int_result<std::pair<big_int, big_int>> divmod(const big_int& a, const big_int& b,
                                                            interrupt_check stop = {});
  // a / b correctly rounded, true_division_by_zero or division_overflow.
  static big_int_result<double> true_divide(const big_int& a, const big_int& b, interrupt_check stop = {});
  // a ** exponent for exponent >= 0 (a negative one is negative_exponent: Python gives a float, so
  // the VM must compute those itself). too_large when the result exceeds max_bits.
  static big_int_result<big_int> pow(const big_int& base, const big_int& exponent, interrupt_check stop = {});
  // pow(base, exponent, modulus): zero_modulus; a negative exponent uses the inverse of base
  // (not_invertible); the result has the sign of the modulus, as in CPython.
  static big_int_result<big_int> pow_mod(const big_int& base, const big_int& exponent, const big_int& modulus,
                                         interrupt_check stop = {});
  // a << count: negative_shift; too_large beyond max_bits (CPython: MemoryError), or
  // shift_overflow where CPython refuses before allocating (counts past about 6.9e19).
  static big_int_result<big_int> shift_left(const big_int& a, const big_int& count);
  static big_int_result<big_int> shift_left(const big_int& a, std::int64_t count);
  // a >> count, floor semantics (-1 >> 100 == -1): negative_shift.
  static big_int_result<big_int> shift_right(const big_int& a, const big_int& count);
  static big_int_result<big_int> shift_right(const big_int& a, std::int64_t count);
  // math.gcd(a, b): non-negative.
  static big_int_result<big_int> gcd(const big_int& a, const big_int& b, interrupt_check stop = {});
  // math.isqrt(a): negative_isqrt.
  static big_int_result<big_int> isqrt(const big_int& a, interrupt_check stop = {});

  // --- size estimates, for the VM's memory checks before it runs an operation ---
  // Upper bounds on the heap bytes of the result (saturating at UINT64_MAX), computed from sizes
  // alone in constant time.
  static std::uint64_t estimated_bytes_for_mul(const big_int& a, const big_int& b) noexcept;
  static std::uint64_t estimated_bytes_for_pow(const big_int& base, const big_int& exponent) noexcept;
  static std::uint64_t estimated_bytes_for_shift_left(const big_int& a, std::uint64_t count) noexcept;
  static std::uint64_t bytes_for_bits(std::uint64_t bits) noexcept;

 private:
  static constexpr std::uint32_t inline_limbs = 2;

  limb* mutable_limbs() noexcept { return capacity_ > inline_limbs ? heap_ : inline_; }
  // Makes room for n limbs (contents unspecified beyond the old size), keeps the sign.
  void reserve_limbs(std::size_t n);
  void resize_limbs(std::size_t n);  // new limbs are zero
  void trim() noexcept;              // drops leading zero limbs; zero becomes non-negative
  void release() noexcept;

  friend struct big_int_access;  // the algorithms in impl/ work on raw limbs through it

  std::uint32_t size_ = 0;
  std::uint32_t capacity_ = inline_limbs;  // > inline_limbs: the limbs live in heap_
  bool negative_ = false;
  union {
    limb inline_[inline_limbs] = {0, 0};
    limb* heap_;
  };
};

}  // namespace coil::runtime

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/impl/big_int.ipp>
#endif
