// The text pieces of JSON output that need no interpreter: a str as a JSON string literal
// (CPython's escaping, with or without ensure_ascii), a float as float.__repr__ writes it, and a
// small int in decimal. Everything appends to one std::string so dumps builds its result with no
// per-character allocation.
#pragma once

#include <array>
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>

namespace coil::modules::json_detail {

// For each byte, what a JSON string needs instead of it: 0 to copy it, the escape letter
// (b f n r t " \) or 'u' for a \u00XX escape. Bytes >= 0x7F are handled by the caller
// (ensure_ascii escapes them, otherwise they are copied).
inline constexpr std::array<char, 128> escape_table = [] {
  std::array<char, 128> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = 'u';
  t['\b'] = 'b';
  t['\f'] = 'f';
  t['\n'] = 'n';
  t['\r'] = 'r';
  t['\t'] = 't';
  t['"'] = '"';
  t['\\'] = '\\';
  return t;
}();

inline void append_unicode_escape(std::string& out, std::uint32_t unit) {
  constexpr char hex[] = "0123456789abcdef";
  const char text[6] = {'\\', 'u', hex[(unit >> 12) & 0xF], hex[(unit >> 8) & 0xF], hex[(unit >> 4) & 0xF], hex[unit & 0xF]};
  out.append(text, 6);
}

// Decodes one code point of (WTF-8) text at `i`, advancing it; coil's strs are well formed, so
// there is no error path beyond not reading past the end.
inline std::uint32_t decode_code_point(std::string_view text, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i++]);
  if (lead < 0x80) return lead;
  const int continuation = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
  std::uint32_t c = lead & (0x3F >> continuation);
  for (int k = 0; k < continuation && i < text.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(text[i++]) & 0x3F);
  return c;
}

// Appends `text` as a JSON string literal, quotes included. With ensure_ascii every character
// outside printable ASCII becomes \uXXXX (two escapes, a surrogate pair, beyond U+FFFF; DEL too,
// as CPython does); without it only '"', '\\' and control characters are escaped.
inline void append_json_string(std::string& out, std::string_view text, bool ensure_ascii) {
  out.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x7F) {
      const char escape = escape_table[byte];
      if (escape == 0) {
        ++i;
        continue;
      }
      out.append(text.data() + run, i - run);
      if (escape == 'u') {
        append_unicode_escape(out, byte);
      } else {
        const char pair[2] = {'\\', escape};
        out.append(pair, 2);
      }
      run = ++i;
      continue;
    }
    if (!ensure_ascii) {
      ++i;
      continue;
    }
    out.append(text.data() + run, i - run);
    const std::uint32_t c = decode_code_point(text, i);
    if (c >= 0x10000) {
      const std::uint32_t v = c - 0x10000;
      append_unicode_escape(out, 0xD800 | (v >> 10));
      append_unicode_escape(out, 0xDC00 | (v & 0x3FF));
    } else {
      append_unicode_escape(out, c);
    }
    run = i;
  }
  out.append(text.data() + run, text.size() - run);
  out.push_back('"');
}

inline void append_int(std::string& out, std::int64_t i) {
  char buffer[24];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, i);
  out.append(buffer, static_cast<std::size_t>(end - buffer));
}

// float.__repr__ of a finite double: the shortest digits that round-trip, positional when the
// decimal exponent is in [-4, 16), else d.ddde±XX. (runtime/float_repr.hpp is the same rule
// returning a std::string; this one appends without allocating.)
inline void append_finite_float(std::string& out, double value) {
  char buffer[40];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
  if (!text.empty() && text.front() == '-') {
    out.push_back('-');
    text.remove_prefix(1);
  }
  const std::size_t e_at = text.find('e');
  char digits[24];
  int count = 0;
  for (char ch : text.substr(0, e_at))
    if (ch != '.') digits[count++] = ch;
  while (count > 1 && digits[count - 1] == '0') --count;
  int exponent = 0;
  std::string_view exponent_text = text.substr(e_at + 1);
  const bool negative_exponent = exponent_text.front() == '-';
  exponent_text.remove_prefix(1);  // to_chars always writes the sign
  std::from_chars(exponent_text.data(), exponent_text.data() + exponent_text.size(), exponent);
  if (negative_exponent) exponent = -exponent;
  const int point = exponent + 1;  // value = 0.<digits> * 10**point
  if (point <= -4 || point > 16) {
    out.push_back(digits[0]);
    if (count > 1) {
      out.push_back('.');
      out.append(digits + 1, static_cast<std::size_t>(count - 1));
    }
    int shown = point - 1;
    out.push_back('e');
    out.push_back(shown < 0 ? '-' : '+');
    if (shown < 0) shown = -shown;
    if (shown < 10) out.push_back('0');
    append_int(out, shown);
  } else if (point <= 0) {
    out.append("0.");
    out.append(static_cast<std::size_t>(-point), '0');
    out.append(digits, static_cast<std::size_t>(count));
  } else if (point >= count) {
    out.append(digits, static_cast<std::size_t>(count));
    out.append(static_cast<std::size_t>(point - count), '0');
    out.append(".0");
  } else {
    out.append(digits, static_cast<std::size_t>(point));
    out.push_back('.');
    out.append(digits + point, static_cast<std::size_t>(count - point));
  }
}

}  // namespace coil::modules::json_detail
