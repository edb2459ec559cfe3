// Numbers for the lexer (part of syntax/impl/lexer.ipp): decimal, hexadecimal, octal and binary
// integers, floats and imaginary literals with `_` separators, validated as CPython 3.12's
// tokenizer does, with its messages and error offsets ("invalid decimal literal" at the offending
// character, leading zeros, "invalid digit '8' in octal literal"...). The value is decoded later
// by syntax/literals.hpp. One pass over the digits, however long the literal.
#pragma once

#include <coil/syntax/lexer_state.hpp>

namespace coil::syntax::detail {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_hex_digit(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Digits with single underscores between them, from a digit at `at`; npos after reporting an error.
inline std::size_t lexer::decimal_tail(std::size_t at) {
  for (;;) {
    while (is_digit(peek(at))) ++at;
    if (peek(at) != '_') return at;
    ++at;
    if (!is_digit(peek(at))) {
      fail_at_cursor("invalid decimal literal", at);
      return std::string_view::npos;
    }
  }
}

// After the literal: a letter, digit or `_` glued to it is an error, except the start of a keyword
// that can follow a number in valid code (`1if x else y`), which CPython only warns about.
inline bool lexer::number_end(std::size_t start, std::size_t at, const char* kind) {
  const char c = peek(at);
  bool keyword = false;
  switch (c) {
    case 'a': keyword = peek(at + 1) == 'n' && peek(at + 2) == 'd'; break;
    case 'e': keyword = peek(at + 1) == 'l' && peek(at + 2) == 's' && peek(at + 3) == 'e'; break;
    case 'f': keyword = peek(at + 1) == 'o' && peek(at + 2) == 'r'; break;
    case 'i': keyword = peek(at + 1) == 'f' || peek(at + 1) == 'n' || peek(at + 1) == 's'; break;
    case 'n': keyword = peek(at + 1) == 'o' && peek(at + 2) == 't'; break;
    case 'o': keyword = peek(at + 1) == 'r'; break;
    default: break;
  }
  if (!keyword && is_ascii_name_char(static_cast<unsigned char>(c))) {
    std::string message = "invalid ";
    message += kind;
    message += " literal";
    pos_ = at;
    return fail_at_cursor(std::move(message), at);
  }
  pos_ = at;
  emit_here(token_kind::number, start);
  return true;
}

inline bool lexer::lex_number() {
  const std::size_t start = pos_;
  std::size_t at = pos_;
  constexpr std::size_t failed = std::string_view::npos;

  // The parts after the integer part, shared by every decimal form.
  const auto imaginary = [&](std::size_t j) { return number_end(start, j + 1, "imaginary"); };
  const auto exponent = [&](std::size_t e) {
    std::size_t p = e + 1;
    const char c = peek(p);
    if (c == '+' || c == '-') {
      ++p;
      if (!is_digit(peek(p))) {
        pos_ = p;
        return fail_at_cursor("invalid decimal literal", p);
      }
    } else if (!is_digit(c)) {
      return number_end(start, e, "decimal");  // not an exponent: the number ends before the 'e'
    }
    p = decimal_tail(p);
    if (p == failed) return false;
    if (peek(p) == 'j' || peek(p) == 'J') return imaginary(p);
    return number_end(start, p, "decimal");
  };
  const auto fraction = [&](std::size_t p) {  // p: after the '.'
    if (is_digit(peek(p))) {
      p = decimal_tail(p);
      if (p == failed) return false;
    }
    const char c = peek(p);
    if (c == 'e' || c == 'E') return exponent(p);
    if (c == 'j' || c == 'J') return imaginary(p);
    return number_end(start, p, "decimal");
  };
  const auto after_integer = [&](std::size_t p) {
    const char c = peek(p);
    if (c == '.') return fraction(p + 1);
    if (c == 'e' || c == 'E') return exponent(p);
    if (c == 'j' || c == 'J') return imaginary(p);
    return number_end(start, p, "decimal");
  };
  // 0x / 0o / 0b digits: `is_valid` digits with optional single underscores (also after the prefix).
  const auto radix = [&](std::size_t p, bool (*is_valid)(char), const char* kind, bool report_digits) {
    do {
      if (peek(p) == '_') ++p;
      const char c = peek(p);
      if (!is_valid(c)) {
        if (report_digits && is_digit(c)) {
          std::string message = "invalid digit '";
          message += c;
          message += "' in ";
          message += kind;
          message += " literal";
          pos_ = p + 1;
          return fail_at_cursor(std::move(message), p + 1);
        }
        std::string message = "invalid ";
        message += kind;
        message += " literal";
        pos_ = p;
        return fail_at_cursor(std::move(message), p);
      }
      do ++p;
      while (is_valid(peek(p)));
    } while (peek(p) == '_');
    if (report_digits && is_digit(peek(p))) {
      std::string message = "invalid digit '";
      message += peek(p);
      message += "' in ";
      message += kind;
      message += " literal";
      pos_ = p + 1;
      return fail_at_cursor(std::move(message), p + 1);
    }
    return number_end(start, p, kind);
  };

  if (peek(at) == '.') return fraction(at + 1);
  if (peek(at) != '0') {
    at = decimal_tail(at);
    if (at == failed) return false;
    return after_integer(at);
  }
  ++at;
  const char second = peek(at);
  if (second == 'x' || second == 'X') return radix(at + 1, is_hex_digit, "hexadecimal", false);
  if (second == 'o' || second == 'O') {
    return radix(at + 1, [](char c) { return c >= '0' && c <= '7'; }, "octal", true);
  }
  if (second == 'b' || second == 'B') {
    return radix(at + 1, [](char c) { return c == '0' || c == '1'; }, "binary", true);
  }
  // A decimal starting with 0: only zeros, unless it turns out to be a float or imaginary.
  for (;;) {
    if (peek(at) == '_') {
      ++at;
      if (!is_digit(peek(at))) {
        pos_ = at;
        return fail_at_cursor("invalid decimal literal", at);
      }
    }
    if (peek(at) != '0') break;
    ++at;
  }
  const std::size_t zeros_end = at;
  bool nonzero = false;
  if (is_digit(peek(at))) {
    nonzero = true;
    at = decimal_tail(at);
    if (at == failed) return false;
  }
  const char c = peek(at);
  if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') return after_integer(at);
  if (nonzero) {
    // CPython reports this range in bytes, from the literal to its first non-zero digit.
    pos_ = at;
    return fail("SyntaxError",
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                line_, line_start_, static_cast<std::int32_t>(start - line_start_) + 1, line_,
                static_cast<std::int32_t>(zeros_end - line_start_) + 1);
  }
  return number_end(start, at, "decimal");
}

}  // namespace coil::syntax::detail
