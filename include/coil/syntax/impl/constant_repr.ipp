// Python's `repr` of the values a Constant node holds (int, float, imaginary, str, bytes,
// None/True/False/Ellipsis), as CPython 3.12 prints them inside `ast.dump`. Used only by the AST
// dump (ast_dump.ipp); the runtime has its own object reprs.
//
// str printability is an approximation of Python's `str.isprintable`: CPython consults the full
// Unicode database (categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space are not
// printable). We list exactly every non-printable range that is *assigned* (controls, format
// characters, separators, surrogates, private use; 27 ranges in Unicode 15.0, CPython 3.12's
// version) plus the noncharacters and the large unassigned (Cn) areas. Unassigned code points
// scattered inside otherwise assigned blocks are treated as printable here, where CPython
// would escape them as \uXXXX; valid source text rarely contains them.
#pragma once

#include <coil/runtime/float_repr.hpp>
#include <coil/syntax/ast.hpp>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace coil::syntax::dump_detail {

struct code_point_range {
  char32_t first;
  char32_t last;
};

// Code points at or above U+0080 that Python's str.isprintable() rejects (see the file comment for
// what is approximated). Sorted; the assigned ranges are exact for Unicode 15.0.
inline constexpr code_point_range non_printable_ranges[] = {
    {0x0080, 0x00A0}, {0x00AD, 0x00AD}, {0x0600, 0x0605}, {0x061C, 0x061C}, {0x06DD, 0x06DD},
    {0x070F, 0x070F}, {0x0890, 0x0891}, {0x08E2, 0x08E2}, {0x1680, 0x1680}, {0x180E, 0x180E},
    {0x2000, 0x200F}, {0x2028, 0x202F}, {0x205F, 0x2064}, {0x2066, 0x206F}, {0x3000, 0x3000},
    {0xD800, 0xF8FF},  // surrogates and the BMP private use area
    {0xFDD0, 0xFDEF},  // noncharacters
    {0xFEFF, 0xFEFF}, {0xFFF9, 0xFFFB}, {0xFFFE, 0xFFFF},
    // Large unassigned areas of the supplementary planes (Unicode 15.0).
    {0x10D3A, 0x10E5F}, {0x110BD, 0x110BD}, {0x110CD, 0x110CD}, {0x11DAA, 0x11EDF}, {0x12544, 0x12F8F},
    {0x13430, 0x1343F}, {0x13456, 0x143FF}, {0x14647, 0x167FF}, {0x16B90, 0x16E3F}, {0x18D09, 0x1AFEF},
    {0x1B2FC, 0x1BBFF}, {0x1BCA0, 0x1BCA3}, {0x1BCA4, 0x1CEFF}, {0x1D173, 0x1D17A}, {0x1DAB0, 0x1DEFF},
    {0x1E150, 0x1E28F}, {0x1E300, 0x1E4CF}, {0x1E4FA, 0x1E7DF}, {0x1E960, 0x1EC70}, {0x1EEF2, 0x1EFFF},
    {0x1FBFA, 0x1FFFF}, {0x2A6E0, 0x2A6FF}, {0x2EBE1, 0x2F7FF}, {0x2FA1E, 0x2FFFF}, {0x3134B, 0x3134F},
    {0x323B0, 0xE0001}, {0xE0002, 0xE001F}, {0xE0020, 0xE007F}, {0xE0080, 0xE00FF}, {0xE01F0, 0x10FFFF},
};

inline bool is_printable(char32_t c) {
  if (c < 0x20 || c == 0x7F) return false;
  if (c < 0x7F) return true;
  // Noncharacters U+nFFFE and U+nFFFF of every plane.
  if ((c & 0xFFFE) == 0xFFFE) return false;
  std::size_t low = 0;
  std::size_t high = std::size(non_printable_ranges);
  while (low < high) {
    std::size_t mid = (low + high) / 2;
    if (non_printable_ranges[mid].last < c) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return !(low < std::size(non_printable_ranges) && non_printable_ranges[low].first <= c);
}

inline void append_hex(std::string& out, std::uint32_t value, int digits) {
  static constexpr char hex[] = "0123456789abcdef";
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += hex[(value >> shift) & 0xF];
}

// Decodes one code point from UTF-8 at `i` and advances `i`. Surrogates encoded as three bytes
// (how a "\ud800" escape is stored) decode to the surrogate; a byte that starts no valid sequence
// decodes to itself with `valid` false.
inline char32_t next_code_point(std::string_view s, std::size_t& i, bool& valid) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = byte(i);
  valid = true;
  auto continuation = [&](std::size_t k) { return k < s.size() && (byte(k) & 0xC0) == 0x80; };
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  if (b0 >= 0xC2 && b0 < 0xE0 && continuation(i + 1)) {
    char32_t c = ((b0 & 0x1F) << 6) | (byte(i + 1) & 0x3F);
    i += 2;
    return c;
  }
  if (b0 >= 0xE0 && b0 < 0xF0 && continuation(i + 1) && continuation(i + 2)) {
    char32_t c = ((b0 & 0x0F) << 12) | ((byte(i + 1) & 0x3F) << 6) | (byte(i + 2) & 0x3F);
    if (c >= 0x800) {
      i += 3;
      return c;
    }
  }
  if (b0 >= 0xF0 && b0 < 0xF5 && continuation(i + 1) && continuation(i + 2) && continuation(i + 3)) {
    char32_t c = ((b0 & 0x07) << 18) | ((byte(i + 1) & 0x3F) << 12) | ((byte(i + 2) & 0x3F) << 6) |
                 (byte(i + 3) & 0x3F);
    if (c >= 0x10000 && c <= 0x10FFFF) {
      i += 4;
      return c;
    }
  }
  valid = false;
  ++i;
  return b0;
}

// Python's repr of a str given as UTF-8.
inline std::string repr_str(std::string_view utf8) {
  bool has_single = utf8.find('\'') != std::string_view::npos;
  bool has_double = utf8.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out.reserve(utf8.size() + 2);
  out += quote;
  std::size_t i = 0;
  while (i < utf8.size()) {
    std::size_t start = i;
    bool valid = true;
    char32_t c = next_code_point(utf8, i, valid);
    if (!valid) {
      // Not reachable from decoded source text; shown as an escape rather than raw bytes.
      out += "\\x";
      append_hex(out, c, 2);
    } else if (c == static_cast<char32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (is_printable(c)) {
      out.append(utf8.substr(start, i - start));
    } else if (c <= 0xFF) {
      out += "\\x";
      append_hex(out, c, 2);
    } else if (c <= 0xFFFF) {
      out += "\\u";
      append_hex(out, c, 4);
    } else {
      out += "\\U";
      append_hex(out, c, 8);
    }
  }
  out += quote;
  return out;
}

// Python's repr of a bytes object.
inline std::string repr_bytes(std::string_view data) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (char ch : data) {
    auto b = static_cast<unsigned char>(ch);
    if (b == static_cast<unsigned char>(quote) || b == '\\') {
      out += '\\';
      out += ch;
    } else if (b == '\t') {
      out += "\\t";
    } else if (b == '\n') {
      out += "\\n";
    } else if (b == '\r') {
      out += "\\r";
    } else if (b < 0x20 || b >= 0x7F) {
      out += "\\x";
      append_hex(out, b, 2);
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

using runtime::repr_float;

// Above this many bits a non-decimal literal is printed in its own base instead of being
// converted (the conversion is quadratic). CPython's own repr refuses ints over 4300 decimal digits
// (about 14300 bits) with a ValueError, so nothing comparable is lost.
inline constexpr std::size_t max_converted_bits = 1u << 17;

// The decimal text of an integer literal whose digits are in base 2, 8, 10 or 16.
inline std::string repr_integer(std::string_view digits, int base) {
  std::size_t first = digits.find_first_not_of('0');
  if (first == std::string_view::npos) return "0";
  digits.remove_prefix(first);
  if (base == 10 || (base != 2 && base != 8 && base != 16)) return std::string(digits);

  int bits_per_digit = base == 2 ? 1 : base == 8 ? 3 : 4;
  if (digits.size() * static_cast<std::size_t>(bits_per_digit) > max_converted_bits) {
    return std::string(base == 2 ? "0b" : base == 8 ? "0o" : "0x") + std::string(digits);
  }
  // Little-endian limbs of nine decimal digits; feed the digits in chunks of at most 28 bits so
  // limb * multiplier + carry stays below 2**64.
  constexpr std::uint64_t limb_base = 1'000'000'000;
  std::vector<std::uint64_t> limbs{0};
  int chunk_digits = 28 / bits_per_digit;
  std::size_t i = 0;
  while (i < digits.size()) {
    std::uint64_t chunk = 0;
    std::uint64_t multiplier = 1;
    for (int k = 0; k < chunk_digits && i < digits.size(); ++k, ++i) {
      char ch = digits[i];
      std::uint64_t d = (ch >= '0' && ch <= '9') ? static_cast<std::uint64_t>(ch - '0')
                        : (ch >= 'a' && ch <= 'f') ? static_cast<std::uint64_t>(ch - 'a' + 10)
                        : (ch >= 'A' && ch <= 'F') ? static_cast<std::uint64_t>(ch - 'A' + 10)
                                                   : 0;
      chunk = chunk * static_cast<std::uint64_t>(base) + d;
      multiplier *= static_cast<std::uint64_t>(base);
    }
    std::uint64_t carry = chunk;
    for (std::uint64_t& limb : limbs) {
      std::uint64_t product = limb * multiplier + carry;
      limb = product % limb_base;
      carry = product / limb_base;
    }
    while (carry != 0) {
      limbs.push_back(carry % limb_base);
      carry /= limb_base;
    }
  }
  std::string out = std::to_string(limbs.back());
  for (std::size_t k = limbs.size() - 1; k-- > 0;) {
    std::string part = std::to_string(limbs[k]);
    out.append(9 - part.size(), '0');
    out += part;
  }
  return out;
}

inline std::string repr_constant(const constant_expr& c) {
  switch (c.what) {
    case constant_kind::none:
      return "None";
    case constant_kind::true_:
      return "True";
    case constant_kind::false_:
      return "False";
    case constant_kind::ellipsis:
      return "Ellipsis";
    case constant_kind::integer:
      return repr_integer(c.text, c.base);
    case constant_kind::floating:
      return repr_float(c.number);
    case constant_kind::imaginary:
      return repr_float(c.number, false) + "j";
    case constant_kind::string:
      return repr_str(c.text);
    case constant_kind::bytes:
      return repr_bytes(c.text);
  }
  return "None";
}

}  // namespace coil::syntax::dump_detail
