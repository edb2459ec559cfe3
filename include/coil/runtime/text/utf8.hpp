// UTF-8, as coil's `str` stores it: decoding, encoding, validation, code-point counting and
// finding the byte offset of the n-th code point, each with an ASCII fast path that works a word
// at a time. A Python str may hold lone surrogates (chr(0xD800)); coil keeps them as their
// three-byte encodings (never paired into one four-byte sequence), so a str's bytes are UTF-8
// except that surrogates are allowed. validate() checks strict UTF-8 (bytes.decode('utf-8'))
// or that internal form. The other functions assume valid input but stay memory-safe on any
// bytes: a malformed sequence decodes as one U+FFFD per byte.
//
// `str_view` (str_view.hpp) pairs these bytes with their cached length; the algorithms in the
// other headers of this folder build on both.
#pragma once

#include <coil/config.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace coil::runtime::text {

inline constexpr char32_t replacement_character = 0xFFFD;
inline constexpr char32_t max_code_point = 0x10FFFF;

struct decoded_code_point {
  char32_t value;
  std::uint32_t length;  // bytes consumed, 1..4
};

// Decodes the code point that starts at s[offset] (offset < s.size()). Inline: it is on every
// per-character path that leaves ASCII.
inline decoded_code_point decode(std::string_view s, std::size_t offset) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + offset;
  const std::size_t left = s.size() - offset;
  const unsigned b0 = p[0];
  if (b0 < 0x80) return {b0, 1};
  auto cont = [&](std::size_t i) { return i < left && (p[i] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 < 0xE0) {
    if (cont(1)) return {char32_t((b0 & 0x1F) << 6 | (p[1] & 0x3F)), 2};
  } else if (b0 >= 0xE0 && b0 < 0xF0) {
    if (cont(1) && cont(2)) {
      char32_t cp = (b0 & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F);
      if (cp >= 0x800) return {cp, 3};
    }
  } else if (b0 >= 0xF0 && b0 < 0xF5) {
    if (cont(1) && cont(2) && cont(3)) {
      char32_t cp = (b0 & 0x07) << 18 | (p[1] & 0x3F) << 12 | (p[2] & 0x3F) << 6 | (p[3] & 0x3F);
      if (cp >= 0x10000 && cp <= max_code_point) return {cp, 4};
    }
  }
  return {replacement_character, 1};
}

// The start of the code point that ends at byte `end` (0 < end <= s.size()).
inline std::size_t previous_boundary(std::string_view s, std::size_t end) noexcept {
  std::size_t start = end - 1;
  // At most three continuation bytes belong to one code point; more are malformed input,
  // which decodes byte by byte.
  for (int i = 0; i < 3 && start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80; ++i) --start;
  if (start + decode(s, start).length != end) return end - 1;
  return start;
}

// Bytes needed to encode cp (1..4; values past U+10FFFF count as U+FFFD).
inline std::size_t encoded_length(char32_t cp) noexcept {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : cp <= max_code_point ? 4 : 3;
}

// Writes cp's encoding to out (room for 4 bytes) and returns its length. Surrogates get their
// three-byte form; values past U+10FFFF become U+FFFD.
inline std::size_t encode(char32_t cp, char* out) noexcept {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | cp >> 6);
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp > max_code_point) cp = replacement_character;
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | cp >> 12);
    out[1] = static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | cp >> 18);
  out[1] = static_cast<char>(0x80 | (cp >> 12 & 0x3F));
  out[2] = static_cast<char>(0x80 | (cp >> 6 & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

inline void append_code_point(std::string& out, char32_t cp) {
  char buffer[4];
  out.append(buffer, encode(cp, buffer));
}

// True when every byte is < 0x80 (then bytes and code points coincide).
COIL_DECL bool is_ascii(std::string_view s) noexcept;

// Number of code points (len() of the str).
COIL_DECL std::size_t code_point_count(std::string_view s) noexcept;

// Byte offset of the code point with the given index; s.size() when index >= the count.
COIL_DECL std::size_t byte_offset(std::string_view s, std::size_t index) noexcept;

// The single code point of s, or nullopt when s is not exactly one code point long (the check
// behind center()'s fill character and ord()).
COIL_DECL std::optional<char32_t> single_code_point(std::string_view s) noexcept;

// What validate() found. On failure, bytes [error_start, error_end) are what CPython's
// UnicodeDecodeError reports ("can't decode byte 0xff in position 0: invalid start byte").
struct utf8_validation {
  enum class problem : std::uint8_t { none, invalid_start_byte, invalid_continuation_byte, unexpected_end_of_data };
  problem what = problem::none;
  std::size_t error_start = 0;
  std::size_t error_end = 0;
  std::size_t length = 0;  // code points (of the valid prefix on failure)
  bool ascii = true;       // of the valid prefix on failure
  explicit operator bool() const noexcept { return what == problem::none; }
};

// The reason as CPython words it ("invalid start byte"); empty for none.
COIL_DECL std::string_view describe(utf8_validation::problem what) noexcept;

// Checks that s is UTF-8 as bytes.decode('utf-8') accepts it (no overlong forms, nothing past
// U+10FFFF, no surrogates unless allow_surrogates, the form coil's str uses internally) and
// measures it on the way.
COIL_DECL utf8_validation validate(std::string_view s, bool allow_surrogates = false) noexcept;

}  // namespace coil::runtime::text

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/text/impl/utf8.ipp>
#endif
