// Definitions for syntax/lexer.hpp: the token loop, operators and brackets. The other parts of the
// lexer live beside this file (lexer_source, lexer_lines, lexer_names, lexer_numbers,
// lexer_strings .ipp) and share the state in syntax/lexer_state.hpp. One pass over the source, no
// allocation per character, no recursion: nesting lives in explicit bounded stacks.
#pragma once

#include <coil/syntax/lexer.hpp>
#include <coil/syntax/lexer_state.hpp>
#include <coil/syntax/impl/lexer_source.ipp>
#include <coil/syntax/impl/lexer_lines.ipp>
#include <coil/syntax/impl/lexer_names.ipp>
#include <coil/syntax/impl/lexer_numbers.ipp>
#include <coil/syntax/impl/lexer_strings.ipp>

namespace coil::syntax {
namespace detail {

inline token_stream lexer::run() {
  if (prepare()) {
    while (!done_) {
      if (!fstrings_.empty() && fstrings_.back().part != fstring_part::expression) {
        lex_fstring_text();
      } else if (at_line_start_ && brackets_.empty()) {
        lex_line_start();
      } else {
        lex_token();
      }
    }
  }
  return std::move(out_);
}

// One step of the ordinary token loop: skips blanks and comments, then lexes one token.
inline bool lexer::lex_token() {
  at_line_start_ = false;
  for (;;) {
    const char c = peek(pos_);
    if (c == ' ' || c == '\t' || c == '\f') {
      ++pos_;
    } else if (c == '#') {
      while (!at_end(pos_) && src_[pos_] != '\n' && src_[pos_] != '\r') ++pos_;
    } else {
      break;
    }
  }
  if (at_end(pos_)) return lex_end_of_input();
  const char c = src_[pos_];
  const auto u = static_cast<unsigned char>(c);
  if (is_ascii_name_char(u) && !is_digit(c)) return lex_name_or_string();
  if (u >= 0x80) return lex_name_or_string();
  if (is_digit(c) || (c == '.' && is_digit(peek(pos_ + 1)))) return lex_number();
  switch (c) {
    case '\n':
    case '\r': return lex_newline();
    case '\\': return lex_continuation();
    case '"':
    case '\'': return lex_string(pos_, pos_);
    case '(':
    case '[':
    case '{': return lex_open_bracket(c);
    case ')':
    case ']':
    case '}': return lex_close_bracket(c);
    default: return lex_operator(c);
  }
}

inline bool lexer::lex_open_bracket(char kind) {
  if (brackets_.size() >= COIL_MAX_BRACKET_DEPTH) return fail_at_cursor("too many nested parentheses", pos_ + 1);
  brackets_.push_back(open_bracket{kind, false, line_, static_cast<std::int32_t>(pos_ - line_start_), line_start_});
  const std::size_t start = pos_++;
  emit_here(kind == '(' ? token_kind::lpar : kind == '[' ? token_kind::lsqb : token_kind::lbrace, start);
  return true;
}

inline bool lexer::lex_close_bracket(char kind) {
  const auto message_with = [&](const char* before, const char* after) {
    std::string message = before;
    message += kind;
    message += after;
    return message;
  };
  if (brackets_.empty()) return fail_at_cursor(message_with("unmatched '", "'"), pos_ + 1);
  const open_bracket& open = brackets_.back();
  if (open.fstring_field) {
    // The top bracket is the '{' of the current replacement field.
    if (kind == '}') {
      close_field();
      return true;
    }
    return fail_at_cursor(message_with("f-string: unmatched '", "'"), pos_ + 1);
  }
  const char expected = open.kind == '(' ? ')' : open.kind == '[' ? ']' : '}';
  if (kind != expected) {
    std::string message = "closing parenthesis '";
    message += kind;
    message += "' does not match opening parenthesis '";
    message += open.kind;
    message += '\'';
    if (open.line != line_) {
      message += " on line ";
      message += std::to_string(open.line);
    }
    return fail_at_cursor(std::move(message), pos_ + 1);
  }
  brackets_.pop_back();
  const std::size_t start = pos_++;
  emit_here(kind == ')' ? token_kind::rpar : kind == ']' ? token_kind::rsqb : token_kind::rbrace, start);
  return true;
}

inline bool lexer::lex_operator(char c) {
  const std::size_t start = pos_;
  const char c1 = peek(pos_ + 1);
  const char c2 = peek(pos_ + 2);
  token_kind kind = token_kind::unknown;
  std::size_t length = 1;
  // One character, or two with a trailing '=', or a doubled one with an optional '='.
  const auto op = [&](token_kind single, token_kind with_equal) {
    if (c1 == '=') {
      kind = with_equal;
      length = 2;
    } else {
      kind = single;
    }
  };
  const auto doubled = [&](token_kind single, token_kind with_equal, token_kind twice, token_kind twice_equal) {
    if (c1 == c) {
      kind = c2 == '=' ? twice_equal : twice;
      length = c2 == '=' ? 3 : 2;
    } else {
      op(single, with_equal);
    }
  };
  switch (c) {
    case ':':
      if (!brackets_.empty() && brackets_.back().fstring_field) {
        // At the replacement field's own level a colon starts the format spec (even before '=').
        pos_ = start + 1;
        emit_here(token_kind::colon, start);
        fstrings_.back().part = fstring_part::format_spec;
        return true;
      }
      op(token_kind::colon, token_kind::colon_equal);
      break;
    case ',': kind = token_kind::comma; break;
    case ';': kind = token_kind::semi; break;
    case '~': kind = token_kind::tilde; break;
    case '+': op(token_kind::plus, token_kind::plus_equal); break;
    case '-':
      if (c1 == '>') {
        kind = token_kind::rarrow;
        length = 2;
      } else {
        op(token_kind::minus, token_kind::minus_equal);
      }
      break;
    case '*': doubled(token_kind::star, token_kind::star_equal, token_kind::double_star, token_kind::double_star_equal); break;
    case '/':
      doubled(token_kind::slash, token_kind::slash_equal, token_kind::double_slash, token_kind::double_slash_equal);
      break;
    case '<':
      if (c1 == '>') {
        length = 2;  // CPython's NOTEQUAL spelling that only Barry-as-FLUFL mode accepts
      } else {
        doubled(token_kind::less, token_kind::less_equal, token_kind::left_shift, token_kind::left_shift_equal);
      }
      break;
    case '>':
      doubled(token_kind::greater, token_kind::greater_equal, token_kind::right_shift, token_kind::right_shift_equal);
      break;
    case '=': op(token_kind::equal, token_kind::eq_equal); break;
    case '!': op(token_kind::exclamation, token_kind::not_equal); break;
    case '%': op(token_kind::percent, token_kind::percent_equal); break;
    case '&': op(token_kind::amper, token_kind::amper_equal); break;
    case '|': op(token_kind::vbar, token_kind::vbar_equal); break;
    case '^': op(token_kind::circumflex, token_kind::circumflex_equal); break;
    case '@': op(token_kind::at, token_kind::at_equal); break;
    case '.':
      if (c1 == '.' && c2 == '.') {
        kind = token_kind::ellipsis;
        length = 3;
      } else {
        kind = token_kind::dot;
      }
      break;
    case '$':
    case '?':
    case '`': break;  // unknown
    default: {
      // An ASCII control character (NUL never gets here: its line is cut off before lexing).
      char buffer[48];
      std::snprintf(buffer, sizeof buffer, "invalid non-printable character U+%04X",
                    static_cast<unsigned>(static_cast<unsigned char>(c)));
      return fail_at_cursor(buffer, pos_ + 1);
    }
  }
  pos_ = start + length;
  emit_here(kind, start);
  return true;
}

}  // namespace detail

COIL_DECL token_stream tokenize(std::string_view source) { return detail::lexer(source).run(); }

}  // namespace coil::syntax
