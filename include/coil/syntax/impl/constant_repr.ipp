// Python's `repr` of the values a Constant node holds (int, float, imaginary, str, bytes,
// None/True/False/Ellipsis), as CPython 3.12 prints them inside `ast.dump`. Used by the AST dump
// (ast_dump.ipp). The str and float reprs are the runtime's (runtime/text/str_repr.hpp, whose
// printability test is the full Unicode 15.0 table CPython 3.12 uses, and runtime/float_repr.hpp),
// so the dump and the interpreter's repr() cannot disagree.
#pragma once

#include <coil/runtime/float_repr.hpp>
#include <coil/runtime/text/str_repr.hpp>
#include <coil/syntax/ast.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coil::syntax::dump_detail {

inline void append_hex(std::string& out, std::uint32_t value, int digits) {
  static constexpr char hex[] = "0123456789abcdef";
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += hex[(value >> shift) & 0xF];
}

// Python's repr of a str given as UTF-8 (a lone surrogate in its three-byte form, as the literal
// decoder stores "\ud800").
inline std::string repr_str(std::string_view utf8) {
  std::string out;
  runtime::text::append_repr(out, utf8);
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
