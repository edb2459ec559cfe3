// str repr: choose the quote, then copy runs of characters that need no escape and write each
// escape. A counting pass measures the result only when the worst case (4 bytes out per byte in)
// would not fit the caller's budget.
#pragma once

#include <coil/runtime/text/impl/size_arithmetic.ipp>
#include <coil/runtime/text/str_repr.hpp>
#include <coil/runtime/text/unicode_properties.hpp>
#include <coil/runtime/text/utf8.hpp>

namespace coil::runtime::text {

namespace detail {

inline char repr_quote(std::string_view s) noexcept {
  bool single = s.find('\'') != std::string_view::npos;
  bool double_ = s.find('"') != std::string_view::npos;
  return single && !double_ ? '"' : '\'';
}

// The escape for an ASCII byte in a repr, or 0 characters (empty view) when it stands as is.
inline std::string_view ascii_escape(unsigned char c, char quote, char (&buffer)[4]) noexcept {
  static constexpr char hex[] = "0123456789abcdef";
  switch (c) {
    case '\\': return "\\\\";
    case '\t': return "\\t";
    case '\n': return "\\n";
    case '\r': return "\\r";
    default: break;
  }
  if (c == static_cast<unsigned char>(quote)) return quote == '\'' ? "\\'" : "\\\"";
  if (c < 0x20 || c == 0x7F) {
    buffer[0] = '\\';
    buffer[1] = 'x';
    buffer[2] = hex[c >> 4];
    buffer[3] = hex[c & 15];
    return {buffer, 4};
  }
  return {};
}

// Writes \xhh, \uhhhh or \Uhhhhhhhh for a non-ASCII code point into buffer; returns its length.
inline std::size_t code_point_escape(char32_t cp, char (&buffer)[10]) noexcept {
  static constexpr char hex[] = "0123456789abcdef";
  int digits = cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8;
  buffer[0] = '\\';
  buffer[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
  for (int k = 0; k < digits; ++k) buffer[2 + k] = hex[(cp >> (4 * (digits - 1 - k))) & 15];
  return static_cast<std::size_t>(2 + digits);
}

template <class Sink>
inline void write_repr(std::string_view s, bool ascii_only, Sink&& sink) {
  const char quote = repr_quote(s);
  sink(std::string_view(&quote, 1));
  std::size_t run = 0, i = 0;
  char small[4];
  char wide[10];
  while (i < s.size()) {
    auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80) {
      std::string_view escape = ascii_escape(byte, quote, small);
      if (!escape.empty()) {
        sink(s.substr(run, i - run));
        sink(escape);
        run = i + 1;
      }
      ++i;
      continue;
    }
    auto d = decode(s, i);
    if (ascii_only || !unicode::is_printable(d.value)) {
      sink(s.substr(run, i - run));
      sink(std::string_view(wide, code_point_escape(d.value, wide)));
      run = i + d.length;
    }
    i += d.length;
  }
  sink(s.substr(run));
  sink(std::string_view(&quote, 1));
}

inline text_result<std::string> make_repr(std::string_view s, bool ascii_only, std::size_t max_bytes) {
  std::size_t reserve = s.size() + 2;
  if (!fits(saturating_add(saturating_multiply(s.size(), 4), 2), max_bytes)) {
    std::size_t size = repr_size(s, ascii_only);
    if (!fits(size, max_bytes)) return tl::unexpected(text_error::output_too_large);
    reserve = size;
  }
  std::string out;
  out.reserve(reserve);
  append_repr(out, s, ascii_only);
  return out;
}

}  // namespace detail

COIL_DECL std::size_t repr_size(std::string_view s, bool ascii_only) noexcept {
  std::size_t size = 0;
  detail::write_repr(s, ascii_only, [&](std::string_view piece) { size += piece.size(); });
  return size;
}

COIL_DECL void append_repr(std::string& out, std::string_view s, bool ascii_only) {
  detail::write_repr(s, ascii_only, [&](std::string_view piece) { out.append(piece); });
}

COIL_DECL text_result<std::string> repr(std::string_view s, std::size_t max_bytes) {
  return detail::make_repr(s, false, max_bytes);
}

COIL_DECL text_result<std::string> ascii(std::string_view s, std::size_t max_bytes) {
  return detail::make_repr(s, true, max_bytes);
}

}  // namespace coil::runtime::text
