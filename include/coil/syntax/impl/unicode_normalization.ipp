// Definitions for syntax/unicode_normalization.hpp: NFKC as Unicode Standard Annex #15 defines it.
// The text is decoded into code points, each replaced by its full compatibility decomposition
// (a table lookup, or arithmetic for Hangul syllables), runs of combining marks are put in
// canonical order (a stable sort by combining class), and then each character is composed with the
// last starter before it when nothing between them blocks the pair.
#pragma once

#include <coil/syntax/unicode_normalization.hpp>
#include <coil/syntax/unicode_normalization_table.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace coil::syntax {
namespace normalization_detail {

// Hangul syllables are L (leading consonant) x V (vowel) x T (optional trailing consonant).
inline constexpr std::uint32_t hangul_s_base = 0xAC00;
inline constexpr std::uint32_t hangul_l_base = 0x1100;
inline constexpr std::uint32_t hangul_v_base = 0x1161;
inline constexpr std::uint32_t hangul_t_base = 0x11A7;  // T index 0 means "no trailing consonant"
inline constexpr std::uint32_t hangul_l_count = 19;
inline constexpr std::uint32_t hangul_v_count = 21;
inline constexpr std::uint32_t hangul_t_count = 28;
inline constexpr std::uint32_t hangul_n_count = hangul_v_count * hangul_t_count;
inline constexpr std::uint32_t hangul_s_count = hangul_l_count * hangul_n_count;

// A byte that is not part of valid UTF-8 travels as this base plus the byte: above every code
// point, so no table knows it, and it is written back as the byte itself.
inline constexpr std::uint32_t raw_byte_base = 0x110000;

// Decodes s[at...] into one code point (or a raw byte), advancing `at`. Accepts the three-byte
// encodings of surrogates, which coil's str may hold.
inline std::uint32_t decode(std::string_view s, std::size_t& at) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t left = s.size() - at;
  const std::uint32_t b0 = p[at];
  auto cont = [&](std::size_t i) { return i < left && (p[at + i] & 0xC0) == 0x80; };
  if (b0 < 0x80) {
    at += 1;
    return b0;
  }
  if (b0 >= 0xC2 && b0 < 0xE0 && cont(1)) {
    const std::uint32_t code = (b0 & 0x1F) << 6 | (p[at + 1] & 0x3Fu);
    at += 2;
    return code;
  }
  if (b0 >= 0xE0 && b0 < 0xF0 && cont(1) && cont(2)) {
    const std::uint32_t code = (b0 & 0x0F) << 12 | (p[at + 1] & 0x3Fu) << 6 | (p[at + 2] & 0x3Fu);
    if (code >= 0x800) {
      at += 3;
      return code;
    }
  }
  if (b0 >= 0xF0 && b0 < 0xF5 && cont(1) && cont(2) && cont(3)) {
    const std::uint32_t code =
        (b0 & 0x07) << 18 | (p[at + 1] & 0x3Fu) << 12 | (p[at + 2] & 0x3Fu) << 6 | (p[at + 3] & 0x3Fu);
    if (code >= 0x10000 && code <= 0x10FFFF) {
      at += 4;
      return code;
    }
  }
  at += 1;
  return raw_byte_base + b0;
}

inline void encode(std::string& out, std::uint32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < raw_byte_base) {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(code - raw_byte_base);
  }
}

inline std::uint8_t combining_class(std::uint32_t code) {
  // Every combining mark is at U+0300 or above.
  if (code < 0x300) return 0;
  const auto* begin = std::begin(normalization::combining_classes);
  const auto* end = std::end(normalization::combining_classes);
  const auto* run = std::lower_bound(begin, end, code, [](const normalization::combining_class_run& r,
                                                          std::uint32_t c) { return r.last < c; });
  return run != end && run->first <= code ? run->value : 0;
}

// Appends the full compatibility decomposition of `code` (itself when it has none).
inline void decompose(std::vector<std::uint32_t>& out, std::uint32_t code) {
  if (code - hangul_s_base < hangul_s_count) {
    const std::uint32_t index = code - hangul_s_base;
    out.push_back(hangul_l_base + index / hangul_n_count);
    out.push_back(hangul_v_base + index % hangul_n_count / hangul_t_count);
    if (index % hangul_t_count != 0) out.push_back(hangul_t_base + index % hangul_t_count);
    return;
  }
  // Every decomposable code point is at U+00A0 or above.
  if (code >= 0xA0) {
    const auto* begin = std::begin(normalization::decompositions);
    const auto* end = std::end(normalization::decompositions);
    const auto* entry = std::lower_bound(begin, end, code, [](const normalization::decomposition_entry& e,
                                                              std::uint32_t c) { return e.code < c; });
    if (entry != end && entry->code == code) {
      const std::uint32_t* mapping = normalization::decomposition_pool + entry->offset;
      out.insert(out.end(), mapping, mapping + entry->length);
      return;
    }
  }
  out.push_back(code);
}

// The primary composite of `first` followed by `second`, or 0 when the pair does not compose.
inline std::uint32_t compose(std::uint32_t first, std::uint32_t second) {
  if (first - hangul_l_base < hangul_l_count && second - hangul_v_base < hangul_v_count) {
    return hangul_s_base + ((first - hangul_l_base) * hangul_v_count + (second - hangul_v_base)) * hangul_t_count;
  }
  if (first - hangul_s_base < hangul_s_count && (first - hangul_s_base) % hangul_t_count == 0 &&
      second - hangul_t_base - 1 < hangul_t_count - 1) {
    return first + (second - hangul_t_base);
  }
  const auto* begin = std::begin(normalization::compositions);
  const auto* end = std::end(normalization::compositions);
  const auto* pair = std::lower_bound(begin, end, first, [](const normalization::composition_pair& p,
                                                            std::uint32_t c) { return p.first < c; });
  for (; pair != end && pair->first == first; ++pair) {
    if (pair->second == second) return pair->composite;
  }
  return 0;
}

}  // namespace normalization_detail

COIL_DECL std::string nfkc(std::string_view utf8) {
  namespace d = normalization_detail;
  if (is_ascii(utf8)) return std::string(utf8);

  struct character {
    std::uint32_t code;
    std::uint8_t combining_class;
  };
  std::vector<std::uint32_t> decomposed;
  decomposed.reserve(utf8.size() + 8);
  for (std::size_t at = 0; at < utf8.size();) d::decompose(decomposed, d::decode(utf8, at));

  std::vector<character> text;
  text.reserve(decomposed.size());
  for (std::uint32_t code : decomposed) text.push_back({code, d::combining_class(code)});

  // Canonical ordering: each maximal run of non-starters sorted by class, keeping equal classes
  // in their order. A stable sort rather than insertion: hostile input may be one long run.
  for (std::size_t i = 0; i < text.size();) {
    if (text[i].combining_class == 0) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < text.size() && text[end].combining_class != 0) ++end;
    if (end - i > 1) {
      std::stable_sort(text.begin() + static_cast<std::ptrdiff_t>(i), text.begin() + static_cast<std::ptrdiff_t>(end),
                       [](const character& a, const character& b) { return a.combining_class < b.combining_class; });
    }
    i = end;
  }

  // Canonical composition. `last_class` is the class of the last character kept after the
  // starter, 0 when that is the starter itself (they are adjacent). Canonical order makes it the
  // highest class in between, so it alone tells whether the pair is blocked. Non-starters before
  // the first starter have nothing to compose with.
  std::size_t starter = 0;
  std::size_t kept = 0;
  bool have_starter = false;
  std::uint8_t last_class = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const character c = text[i];
    if (have_starter && (last_class == 0 || last_class < c.combining_class)) {
      const std::uint32_t composite = d::compose(text[starter].code, c.code);
      if (composite != 0) {
        text[starter].code = composite;
        continue;
      }
    }
    if (c.combining_class == 0) {
      starter = kept;
      have_starter = true;
    }
    last_class = c.combining_class;
    text[kept++] = c;
  }

  std::string out;
  out.reserve(utf8.size() + 8);
  for (std::size_t i = 0; i < kept; ++i) d::encode(out, text[i].code);
  return out;
}

}  // namespace coil::syntax
