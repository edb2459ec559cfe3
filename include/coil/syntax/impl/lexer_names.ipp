// Names for the lexer (part of syntax/impl/lexer.ipp): string prefixes (a name immediately followed
// by a quote), identifiers with CPython's rules for non-ASCII characters (XID_Start/XID_Continue
// from the generated syntax/unicode_identifier_table.hpp; no NFKC normalisation), and keywords
// (from tokens.def).
#pragma once

#include <coil/syntax/lexer_state.hpp>
#include <coil/syntax/unicode_identifier_table.hpp>

#include <cstdio>

namespace coil::syntax::detail {

struct keyword_entry {
  std::string_view spelling;
  token_kind kind;
};

inline constexpr keyword_entry keywords[] = {
#define COIL_TOKEN(name, spelling)
#define COIL_KEYWORD(name, spelling) {spelling, token_kind::name},
#include <coil/syntax/tokens.def>
};

// The keywords grouped by first character, so a name is compared with a handful of them at most.
struct keyword_buckets {
  keyword_entry sorted[std::size(keywords)]{};
  std::uint8_t begin[128]{};
  std::uint8_t end[128]{};
};
inline constexpr keyword_buckets make_keyword_buckets() {
  keyword_buckets b{};
  std::size_t at = 0;
  for (std::size_t c = 0; c < 128; ++c) {
    b.begin[c] = static_cast<std::uint8_t>(at);
    for (const keyword_entry& keyword : keywords)
      if (static_cast<unsigned char>(keyword.spelling[0]) == c) b.sorted[at++] = keyword;
    b.end[c] = static_cast<std::uint8_t>(at);
  }
  return b;
}
inline constexpr keyword_buckets keyword_table = make_keyword_buckets();

inline token_kind keyword_or_name(std::string_view text) {
  if (text.size() < 2 || text.size() > 8) return token_kind::name;
  const auto first = static_cast<unsigned char>(text[0]);
  if (first >= 128) return token_kind::name;
  for (std::size_t i = keyword_table.begin[first]; i < keyword_table.end[first]; ++i)
    if (keyword_table.sorted[i].spelling == text) return keyword_table.sorted[i].kind;
  return token_kind::name;
}

inline bool is_ascii_name_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

template <std::size_t N>
inline bool in_ranges(const unicode::code_point_range (&ranges)[N], std::uint32_t code) {
  std::size_t low = 0, high = N;
  while (low < high) {
    const std::size_t middle = (low + high) / 2;
    if (ranges[middle].last < code) {
      low = middle + 1;
    } else if (ranges[middle].first > code) {
      high = middle;
    } else {
      return true;
    }
  }
  return false;
}

// Decodes the (already validated) UTF-8 sequence at `s[at]`, advancing `at`.
inline std::uint32_t decode_utf8(std::string_view s, std::size_t& at) {
  const auto c = static_cast<unsigned char>(s[at]);
  if (c < 0x80) {
    ++at;
    return c;
  }
  const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  std::uint32_t code = c & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F);
  for (int k = 1; k < length && at + k < s.size(); ++k) code = (code << 6) | (static_cast<unsigned char>(s[at + k]) & 0x3F);
  at += static_cast<std::size_t>(length);
  return code;
}

inline bool lexer::lex_name_or_string() {
  const std::size_t start = pos_;
  // A string prefix: up to two of b/r/u/f in a valid combination, then a quote.
  {
    bool b = false, r = false, u = false, f = false;
    std::size_t at = pos_;
    for (int k = 0; k < 2; ++k) {
      const char lower = static_cast<char>(peek(at) | 0x20);
      if (lower == 'b' && !b && !u && !f) {
        b = true;
      } else if (lower == 'u' && !u && !b && !r && !f) {
        u = true;
      } else if (lower == 'r' && !r && !u) {
        r = true;
      } else if (lower == 'f' && !f && !b && !u) {
        f = true;
      } else {
        break;
      }
      ++at;
      const char quote = peek(at);
      if (quote == '\'' || quote == '"') return f ? lex_fstring_start(start, at, r) : lex_string(start, at);
    }
  }
  // CPython takes every non-ASCII byte as part of a name, then checks the whole name.
  std::size_t at = pos_;
  bool ascii = true;
  for (;;) {
    const auto c = static_cast<unsigned char>(peek(at));
    if (is_ascii_name_char(c)) {
      ++at;
    } else if (c >= 0x80) {
      ascii = false;
      ++at;
    } else {
      break;
    }
  }
  if (!ascii) {
    const std::string_view name = src_.substr(start, at - start);
    std::size_t i = 0;
    bool first = true;
    while (i < name.size()) {
      const std::size_t char_start = i;
      const std::uint32_t code = decode_utf8(name, i);
      bool valid;
      if (code < 0x80) {
        valid = is_ascii_name_char(static_cast<unsigned char>(code)) && !(first && code >= '0' && code <= '9');
      } else {
        valid = first ? in_ranges(unicode::xid_start, code) : in_ranges(unicode::xid_continue, code);
      }
      if (!valid) {
        char buffer[64];
        std::string message;
        if (in_ranges(unicode::non_printable, code)) {
          std::snprintf(buffer, sizeof buffer, "invalid non-printable character U+%04X", static_cast<unsigned>(code));
          message = buffer;
        } else {
          message = "invalid character '";
          message.append(name.substr(char_start, i - char_start));
          std::snprintf(buffer, sizeof buffer, "' (U+%04X)", static_cast<unsigned>(code));
          message += buffer;
        }
        pos_ = start + char_start;
        const std::int32_t offset = char_column(line_start_, start + char_start) + 1;
        return fail("SyntaxError", std::move(message), line_, line_start_, offset, line_, offset);
      }
      first = false;
    }
  }
  pos_ = at;
  const token_kind kind = ascii ? keyword_or_name(src_.substr(start, at - start)) : token_kind::name;
  emit_here(kind, start);
  return true;
}

}  // namespace coil::syntax::detail
