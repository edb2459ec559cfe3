// UTF-8 counting, offsets and validation. The word-at-a-time loops read 8 bytes through memcpy
// (no alignment or aliasing assumptions) and count continuation bytes (10xxxxxx) with popcount:
// a byte is a continuation byte when its top bit is set and the next bit is clear.
#pragma once

#include <coil/runtime/text/utf8.hpp>

#include <bit>
#include <cstring>

namespace coil::runtime::text {

namespace detail {

inline std::uint64_t load_word(const char* p) noexcept {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

inline constexpr std::uint64_t high_bits = 0x8080808080808080ULL;

// Continuation bytes among the 8 bytes of w.
inline int continuation_bytes(std::uint64_t w) noexcept {
  return std::popcount(w & ~(w << 1) & high_bits);
}

inline bool is_continuation(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace detail

COIL_DECL bool is_ascii(std::string_view s) noexcept {
  const char* p = s.data();
  std::size_t n = s.size(), i = 0;
  std::uint64_t any = 0;
  for (; i + 32 <= n; i += 32) {
    any |= detail::load_word(p + i) | detail::load_word(p + i + 8) | detail::load_word(p + i + 16) |
           detail::load_word(p + i + 24);
    if (any & detail::high_bits) return false;
  }
  for (; i + 8 <= n; i += 8) any |= detail::load_word(p + i);
  for (; i < n; ++i) any |= static_cast<unsigned char>(p[i]);
  return (any & detail::high_bits) == 0;
}

COIL_DECL std::size_t code_point_count(std::string_view s) noexcept {
  const char* p = s.data();
  std::size_t n = s.size(), i = 0, continuations = 0;
  for (; i + 8 <= n; i += 8) continuations += detail::continuation_bytes(detail::load_word(p + i));
  for (; i < n; ++i) continuations += detail::is_continuation(p[i]);
  return n - continuations;
}

COIL_DECL std::size_t byte_offset(std::string_view s, std::size_t index) noexcept {
  const char* p = s.data();
  std::size_t n = s.size(), i = 0;
  // `index` counts the code points still to skip: the target is the index-th lead byte from i.
  for (; i + 8 <= n; i += 8) {
    std::size_t leads = 8 - detail::continuation_bytes(detail::load_word(p + i));
    if (index < leads) break;
    index -= leads;
  }
  for (; i < n; ++i) {
    if (detail::is_continuation(p[i])) continue;
    if (index == 0) return i;
    --index;
  }
  return n;
}

COIL_DECL std::optional<char32_t> single_code_point(std::string_view s) noexcept {
  if (s.empty()) return std::nullopt;
  auto d = decode(s, 0);
  if (d.length != s.size()) return std::nullopt;
  return d.value;
}

COIL_DECL std::string_view describe(utf8_validation::problem what) noexcept {
  switch (what) {
    case utf8_validation::problem::none: return "";
    case utf8_validation::problem::invalid_start_byte: return "invalid start byte";
    case utf8_validation::problem::invalid_continuation_byte: return "invalid continuation byte";
    case utf8_validation::problem::unexpected_end_of_data: return "unexpected end of data";
  }
  return "";
}

COIL_DECL utf8_validation validate(std::string_view s, bool allow_surrogates) noexcept {
  utf8_validation result;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0, length = 0;
  while (i < n) {
    // ASCII runs a word at a time.
    while (i + 8 <= n && (detail::load_word(s.data() + i) & detail::high_bits) == 0) {
      i += 8;
      length += 8;
    }
    if (i >= n) break;
    unsigned b0 = p[i];
    if (b0 < 0x80) {
      ++i;
      ++length;
      continue;
    }
    result.ascii = false;
    // The allowed range of the second byte depends on the lead (Unicode's table of well-formed
    // sequences); later bytes are always 80..BF.
    std::size_t size;
    unsigned low = 0x80, high = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      size = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      size = 3;
      if (b0 == 0xE0) low = 0xA0;
      if (b0 == 0xED && !allow_surrogates) high = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      size = 4;
      if (b0 == 0xF0) low = 0x90;
      if (b0 == 0xF4) high = 0x8F;
    } else {
      result.what = utf8_validation::problem::invalid_start_byte;
      result.error_start = i;
      result.error_end = i + 1;
      result.length = length;
      return result;
    }
    for (std::size_t k = 1; k < size; ++k) {
      if (i + k >= n) {
        result.what = utf8_validation::problem::unexpected_end_of_data;
        result.error_start = i;
        result.error_end = n;
        result.length = length;
        return result;
      }
      unsigned b = p[i + k];
      if (b < low || b > high) {
        result.what = utf8_validation::problem::invalid_continuation_byte;
        result.error_start = i;
        result.error_end = i + k;
        result.length = length;
        return result;
      }
      low = 0x80;
      high = 0xBF;
    }
    i += size;
    ++length;
  }
  result.length = length;
  return result;
}

}  // namespace coil::runtime::text
