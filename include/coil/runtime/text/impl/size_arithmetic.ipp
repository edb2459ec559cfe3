// Saturating size arithmetic for the functions that compute an output size before allocating:
// an overflowing size saturates at SIZE_MAX, which no budget admits.
#pragma once

#include <cstddef>
#include <limits>

namespace coil::runtime::text::detail {

inline constexpr std::size_t size_max = std::numeric_limits<std::size_t>::max();

inline std::size_t saturating_add(std::size_t a, std::size_t b) noexcept {
  return a > size_max - b ? size_max : a + b;
}

inline std::size_t saturating_multiply(std::size_t a, std::size_t b) noexcept {
  if (a != 0 && b > size_max / a) return size_max;
  return a * b;
}

}  // namespace coil::runtime::text::detail

#include <string>

namespace coil::runtime::text::detail {

// Whether a result of `size` bytes may be built: within the caller's budget and within what a
// std::string can hold (so an unlimited budget still cannot make reserve() throw length_error).
inline bool fits(std::size_t size, std::size_t max_bytes) noexcept {
  return size <= max_bytes && size <= std::string().max_size();
}

}  // namespace coil::runtime::text::detail
