// Definitions for syntax/literals.hpp: string prefixes, escape sequences as CPython 3.12 decodes
// them (with its error messages), f-string literal parts and number tokens.
#pragma once

#include <coil/syntax/literals.hpp>

#include <charconv>
#include <cstdio>
#include <limits>

namespace coil::syntax {
namespace literal_detail {

inline void append_utf8(std::string& out, std::uint32_t code) {
  // Surrogates (from \ud800 escapes, which CPython accepts) are encoded like any other code point.
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

inline int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

inline std::size_t newline_length(std::string_view text, std::size_t at) {
  if (at >= text.size()) return 0;
  if (text[at] == '\n') return 1;
  if (text[at] == '\r') return at + 1 < text.size() && text[at + 1] == '\n' ? 2 : 1;
  return 0;
}

enum class body_kind { str, bytes, fstring_part };

// Decodes a literal body (the text between the quotes, or an f-string part) with escapes.
// CPython reports unicode-escape errors at positions in the body as its decoder sees it, where
// every non-ASCII character has been rewritten as a 10-byte \U escape; `position` follows that.
inline tl::expected<std::string, literal_error> decode_escapes(std::string_view body, body_kind kind) {
  const bool bytes = kind == body_kind::bytes;
  const bool fstring = kind == body_kind::fstring_part;
  std::string out;
  out.reserve(body.size());
  std::size_t position = 0;  // CPython's position of body[i]
  std::size_t i = 0;
  const auto unicode_error = [&](std::size_t first, std::size_t last, const char* reason, std::size_t at) {
    char buffer[160];
    std::snprintf(buffer, sizeof buffer,
                  "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", first, last,
                  reason);
    return tl::unexpected(literal_error{buffer, at});
  };
  while (i < body.size()) {
    const char c = body[i];
    const auto u = static_cast<unsigned char>(c);
    if (fstring && (c == '{' || c == '}')) {
      // Doubled braces are one brace of text (the lexer guarantees they come in pairs here).
      out += c;
      i += i + 1 < body.size() && body[i + 1] == c ? 2 : 1;
      position += 2;
      continue;
    }
    if (const std::size_t newline = newline_length(body, i); newline != 0) {
      out += '\n';
      i += newline;
      ++position;
      continue;
    }
    if (c != '\\') {
      if (u >= 0x80) {
        if ((u & 0xC0) != 0x80) position += 10;
      } else {
        ++position;
      }
      out += c;
      ++i;
      continue;
    }
    // A backslash.
    const std::size_t escape_at = i;
    const std::size_t escape_position = position;
    if (i + 1 >= body.size()) {  // a final backslash (before an f-string field) is text
      out += '\\';
      ++i;
      ++position;
      continue;
    }
    const char e = body[i + 1];
    if (const std::size_t newline = newline_length(body, i + 1); newline != 0) {
      i += 1 + newline;  // line continuation
      position += 2;
      continue;
    }
    i += 2;
    position += 2;
    switch (e) {
      case '\\': out += '\\'; continue;
      case '\'': out += '\''; continue;
      case '"': out += '"'; continue;
      case 'a': out += '\a'; continue;
      case 'b': out += '\b'; continue;
      case 'f': out += '\f'; continue;
      case 'n': out += '\n'; continue;
      case 'r': out += '\r'; continue;
      case 't': out += '\t'; continue;
      case 'v': out += '\v'; continue;
      default: break;
    }
    if (e >= '0' && e <= '7') {
      std::uint32_t value = static_cast<std::uint32_t>(e - '0');
      for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k, ++i, ++position) {
        value = value * 8 + static_cast<std::uint32_t>(body[i] - '0');
      }
      // Above 0o377 CPython warns; bytes keep the low 8 bits, str the code point.
      if (bytes) {
        out += static_cast<char>(value & 0xFF);
      } else {
        append_utf8(out, value);
      }
      continue;
    }
    if (e == 'x' || (!bytes && (e == 'u' || e == 'U'))) {
      const int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      std::uint32_t value = 0;
      int found = 0;
      while (found < digits && i < body.size() && hex_value(body[i]) >= 0) {
        value = value * 16 + static_cast<std::uint32_t>(hex_value(body[i]));
        ++i;
        ++found;
      }
      if (found < digits) {
        if (bytes) {
          return tl::unexpected(literal_error{"(value error) invalid \\x escape at position " + std::to_string(escape_at),
                                              escape_at});
        }
        const char* reason = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                                                           : "truncated \\UXXXXXXXX escape";
        return unicode_error(escape_position, escape_position + 1 + static_cast<std::size_t>(found), reason, escape_at);
      }
      position += static_cast<std::size_t>(found);
      if (value > 0x10FFFF) {
        return unicode_error(escape_position, escape_position + 9, "illegal Unicode character", escape_at);
      }
      if (bytes) {
        out += static_cast<char>(value);
      } else {
        append_utf8(out, value);
      }
      continue;
    }
    if (e == 'N' && !bytes) {
      return tl::unexpected(literal_error{"\\N{...} escapes are not supported yet", escape_at});
    }
    // Not an escape: the backslash stays (CPython 3.12 warns) and the next character is read as
    // usual (in an f-string part, a brace after it is still a doubled brace).
    out += '\\';
    i -= 1;
    position -= 1;
  }
  return out;
}

}  // namespace literal_detail

COIL_DECL string_prefix read_string_prefix(std::string_view token_text) {
  string_prefix prefix;
  while (prefix.length < token_text.size()) {
    const char c = static_cast<char>(token_text[prefix.length] | 0x20);
    if (c == 'r') {
      prefix.raw = true;
    } else if (c == 'b') {
      prefix.bytes = true;
    } else if (c == 'f') {
      prefix.formatted = true;
    } else if (c == 'u') {
      prefix.unicode = true;
    } else {
      break;
    }
    ++prefix.length;
  }
  return prefix;
}

COIL_DECL tl::expected<string_literal, literal_error> decode_string(std::string_view token_text) {
  const string_prefix prefix = read_string_prefix(token_text);
  string_literal result;
  result.is_bytes = prefix.bytes;
  // CPython records kind='u' only for a lowercase u (U'x' has no kind).
  result.u_prefix = prefix.unicode && token_text.substr(0, prefix.length).find('u') != std::string_view::npos;
  std::string_view rest = token_text.substr(prefix.length);
  if (rest.size() < 2) return tl::unexpected(literal_error{"malformed string literal", 0});
  const char quote = rest[0];
  const std::size_t quotes = rest.size() >= 6 && rest[1] == quote && rest[2] == quote ? 3 : 1;
  const std::string_view body = rest.substr(quotes, rest.size() - 2 * quotes);
  if (prefix.bytes) {
    for (const char c : body) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        return tl::unexpected(literal_error{"bytes can only contain ASCII literal characters", 0});
      }
    }
  }
  if (prefix.raw) {
    result.value.reserve(body.size());
    for (std::size_t i = 0; i < body.size();) {
      if (const std::size_t newline = literal_detail::newline_length(body, i); newline != 0) {
        result.value += '\n';
        i += newline;
      } else {
        result.value += body[i++];
      }
    }
    return result;
  }
  auto decoded = literal_detail::decode_escapes(
      body, prefix.bytes ? literal_detail::body_kind::bytes : literal_detail::body_kind::str);
  if (!decoded) return tl::unexpected(std::move(decoded.error()));
  result.value = std::move(*decoded);
  return result;
}

COIL_DECL tl::expected<std::string, literal_error> decode_fstring_middle(std::string_view text, bool raw) {
  if (!raw) return literal_detail::decode_escapes(text, literal_detail::body_kind::fstring_part);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
      out += c;
      i += 2;
    } else if (const std::size_t newline = literal_detail::newline_length(text, i); newline != 0) {
      out += '\n';
      i += newline;
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

COIL_DECL number_literal decode_number(std::string_view token_text) {
  number_literal result;
  std::string clean;
  clean.reserve(token_text.size());
  for (const char c : token_text)
    if (c != '_') clean += c;
  if (clean.size() >= 2 && clean[0] == '0') {
    const char radix = static_cast<char>(clean[1] | 0x20);
    if (radix == 'x' || radix == 'o' || radix == 'b') {
      result.kind = constant_kind::integer;
      result.base = radix == 'x' ? 16 : radix == 'o' ? 8 : 2;
      result.digits = clean.substr(2);
      return result;
    }
  }
  const char last = clean.empty() ? '0' : clean.back();
  const bool imaginary = last == 'j' || last == 'J';
  if (imaginary) clean.pop_back();
  const bool floating = clean.find_first_of(".eE") != std::string::npos;
  if (!imaginary && !floating) {
    result.kind = constant_kind::integer;
    result.base = 10;
    result.digits = std::move(clean);
    return result;
  }
  result.kind = imaginary ? constant_kind::imaginary : constant_kind::floating;
  double value = 0.0;
  const char* first = clean.data();
  const char* end = clean.data() + clean.size();
  const auto [stop, error] = std::from_chars(first, end, value, std::chars_format::general);
  if (error == std::errc::result_out_of_range) {
    // Too large is inf and too small is 0, as CPython's float parsing gives: decide by the
    // decimal exponent of the first significant digit.
    long long exponent = 0;
    const std::size_t e = clean.find_first_of("eE");
    const std::string_view mantissa = std::string_view(clean).substr(0, e);
    if (e != std::string::npos) {
      const std::string_view digits = std::string_view(clean).substr(e + 1);
      bool negative = false;
      std::size_t k = 0;
      if (k < digits.size() && (digits[k] == '+' || digits[k] == '-')) negative = digits[k++] == '-';
      for (; k < digits.size(); ++k) {
        if (exponent < 1'000'000'000) exponent = exponent * 10 + (digits[k] - '0');
      }
      if (negative) exponent = -exponent;
    }
    const std::size_t dot = mantissa.find('.');
    const std::size_t integer_digits = dot == std::string_view::npos ? mantissa.size() : dot;
    const std::size_t significant = mantissa.find_first_not_of("0.");
    long long magnitude = exponent;
    if (significant != std::string_view::npos) {
      magnitude += significant < integer_digits ? static_cast<long long>(integer_digits - significant)
                                                : -static_cast<long long>(significant - integer_digits);
    }
    value = magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
  }
  result.value = value;
  return result;
}

}  // namespace coil::syntax
