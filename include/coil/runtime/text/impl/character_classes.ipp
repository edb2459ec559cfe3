// Byte-level scanners shared by the splitting, stripping and predicate algorithms: whether the
// code point at (or just before) a byte position is whitespace or a line break, answering ASCII
// bytes from the flat ASCII table and decoding only when a byte is not ASCII.
#pragma once

#include <coil/runtime/text/unicode_properties.hpp>
#include <coil/runtime/text/utf8.hpp>

#include <string_view>

namespace coil::runtime::text::detail {

inline bool ascii_has(unsigned char byte, std::uint32_t flag_bits) noexcept {
  return unicode::ascii_flags[byte] & flag_bits;
}

// Byte length of the code point at s[i] if it has one of flag_bits, else 0.
inline std::size_t flagged_length_at(std::string_view s, std::size_t i, std::uint32_t flag_bits) noexcept {
  auto byte = static_cast<unsigned char>(s[i]);
  if (byte < 0x80) return ascii_has(byte, flag_bits) ? 1 : 0;
  auto d = decode(s, i);
  return unicode::has(d.value, flag_bits) ? d.length : 0;
}

// Byte length of the code point that ends at s[end - 1] if it has one of flag_bits, else 0.
inline std::size_t flagged_length_before(std::string_view s, std::size_t end, std::uint32_t flag_bits) noexcept {
  auto byte = static_cast<unsigned char>(s[end - 1]);
  if (byte < 0x80) return ascii_has(byte, flag_bits) ? 1 : 0;
  std::size_t start = previous_boundary(s, end);
  return unicode::has(decode(s, start).value, flag_bits) ? end - start : 0;
}

// Byte length of the code point at s[i] (1 for ASCII without decoding).
inline std::size_t code_point_length_at(std::string_view s, std::size_t i) noexcept {
  return static_cast<unsigned char>(s[i]) < 0x80 ? 1 : decode(s, i).length;
}

inline std::size_t code_point_length_before(std::string_view s, std::size_t end) noexcept {
  return static_cast<unsigned char>(s[end - 1]) < 0x80 ? 1 : end - previous_boundary(s, end);
}

}  // namespace coil::runtime::text::detail
