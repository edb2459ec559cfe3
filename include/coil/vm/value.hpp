// The VM's value word: every Python value the interpreter handles is one 64-bit `vm::value`.
//
// Floats, small ints, bools, None and a few VM-internal markers live in the word itself and never
// allocate; everything else is a pointer to an object owned by the execution's heap (vm/heap.hpp).
// The encoding is NaN boxing: a real double is stored as its own bits, and the tagged values use
// NaN bit patterns no arithmetic produces (top 16 bits 0xFFF9..0xFFFB), so telling a float from
// anything else is one compare and float arithmetic needs no unboxing.
//
//   0x0000..0xFFF8 prefix  a double; every NaN boxed gets a payload of its own (below)
//   0xFFF9 prefix          a small int: 48-bit two's-complement payload (larger ints are heap big_ints)
//   0xFFFA prefix          a heap object pointer (48-bit user-space address)
//   0xFFFB prefix          a special: None, False, True, NotImplemented, Ellipsis, `unbound` (an
//                          empty local slot) or `raised` (a native operation failed and the
//                          exception is pending on the interpreter, CPython's NULL return); the
//                          last two are never visible to Python code
//
// The host never sees this type: host/ converts to and from the self-contained coil::value.
#pragma once

#include <atomic>
#include <bit>
#include <limits>
#include <cstdint>

namespace coil::vm {

struct object;  // vm/object.hpp: the header every heap object starts with

class value {
 public:
  static constexpr std::int64_t small_int_min = -(std::int64_t{1} << 47);
  static constexpr std::int64_t small_int_max = (std::int64_t{1} << 47) - 1;

  constexpr value() noexcept : bits_(special_bits(special::none)) {}

  // In CPython every NaN a computation makes is a float object of its own: `is` and the identity
  // check of dict, set and list lookups tell two of them apart, while `x = nan; {x: 1}[x]` finds
  // x. Here a NaN gets a fresh payload when it is boxed (keeping its sign); copies of the word keep
  // it. The test costs the float fast paths one shift, as the tag check it replaces cost a compare.
  static value from_double(double d) noexcept {
    auto bits = std::bit_cast<std::uint64_t>(d);
    if ((bits << 1) > (exponent_bits << 1)) [[unlikely]] bits = fresh_nan(bits);
    return value(bits);
  }
  // Only for values in [small_int_min, small_int_max]; callers box larger ints as heap big_ints.
  static constexpr value from_small_int(std::int64_t i) noexcept {
    return value((std::uint64_t{tag_small_int} << 48) | (static_cast<std::uint64_t>(i) & payload_mask));
  }
  static constexpr bool fits_small_int(std::int64_t i) noexcept { return i >= small_int_min && i <= small_int_max; }
  static value from_object(object* o) noexcept {
    return value((std::uint64_t{tag_object} << 48) | reinterpret_cast<std::uintptr_t>(o));
  }
  static constexpr value none() noexcept { return value(special_bits(special::none)); }
  static constexpr value from_bool(bool b) noexcept { return value(special_bits(b ? special::true_ : special::false_)); }
  static constexpr value not_implemented() noexcept { return value(special_bits(special::not_implemented)); }
  static constexpr value ellipsis() noexcept { return value(special_bits(special::ellipsis)); }
  static constexpr value unbound() noexcept { return value(special_bits(special::unbound)); }
  static constexpr value raised() noexcept { return value(special_bits(special::raised)); }

  constexpr bool is_double() const noexcept { return bits_ < (std::uint64_t{0xFFF9} << 48); }
  constexpr bool is_small_int() const noexcept { return (bits_ >> 48) == tag_small_int; }
  constexpr bool is_object() const noexcept { return (bits_ >> 48) == tag_object; }
  constexpr bool is_none() const noexcept { return bits_ == special_bits(special::none); }
  constexpr bool is_bool() const noexcept {
    return bits_ == special_bits(special::true_) || bits_ == special_bits(special::false_);
  }
  constexpr bool is_true() const noexcept { return bits_ == special_bits(special::true_); }
  constexpr bool is_false() const noexcept { return bits_ == special_bits(special::false_); }
  constexpr bool is_not_implemented() const noexcept { return bits_ == special_bits(special::not_implemented); }
  constexpr bool is_ellipsis() const noexcept { return bits_ == special_bits(special::ellipsis); }
  constexpr bool is_unbound() const noexcept { return bits_ == special_bits(special::unbound); }
  constexpr bool is_raised() const noexcept { return bits_ == special_bits(special::raised); }

  double as_double() const noexcept { return std::bit_cast<double>(bits_); }
  constexpr std::int64_t as_small_int() const noexcept {
    // Sign-extend the 48-bit payload.
    return static_cast<std::int64_t>(bits_ << 16) >> 16;
  }
  object* as_object() const noexcept { return reinterpret_cast<object*>(static_cast<std::uintptr_t>(bits_ & payload_mask)); }

  constexpr std::uint64_t raw_bits() const noexcept { return bits_; }
  // Identity (Python's `is`): the same word. Floats compare by bits, as CPython compares objects.
  friend constexpr bool same(value a, value b) noexcept { return a.bits_ == b.bits_; }

 private:
  enum class special : std::uint8_t { none, false_, true_, not_implemented, ellipsis, unbound, raised };
  static constexpr std::uint64_t tag_small_int = 0xFFF9;
  static constexpr std::uint64_t tag_object = 0xFFFA;
  static constexpr std::uint64_t tag_special = 0xFFFB;
  static constexpr std::uint64_t payload_mask = (std::uint64_t{1} << 48) - 1;
  static constexpr std::uint64_t exponent_bits = 0x7FF0'0000'0000'0000;
  static constexpr std::uint64_t quiet_nan = 0x7FF8'0000'0000'0000;
  static constexpr std::uint64_t sign_bit = 0x8000'0000'0000'0000;
  // A quiet NaN with the sign of `bits` and the next payload (48 bits, so even a negative NaN stays
  // below the tags). Shared by all executions: only distinctness matters, never the numbers.
  static std::uint64_t fresh_nan(std::uint64_t bits) noexcept {
    static std::atomic<std::uint64_t> serial{0};
    return (bits & sign_bit) | quiet_nan | (serial.fetch_add(1, std::memory_order_relaxed) & payload_mask);
  }

  static constexpr std::uint64_t special_bits(special s) noexcept {
    return (tag_special << 48) | static_cast<std::uint64_t>(s);
  }
  constexpr explicit value(std::uint64_t bits) noexcept : bits_(bits) {}

  std::uint64_t bits_;
};

static_assert(sizeof(value) == 8);

}  // namespace coil::vm
