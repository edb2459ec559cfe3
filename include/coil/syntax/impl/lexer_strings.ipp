// Strings for the lexer (part of syntax/impl/lexer.ipp): where a string literal ends (escapes are
// decoded later, by syntax/literals.hpp), and PEP 701 f-strings as a stack of modes: literal text
// and format specs are scanned here, replacement-field expressions by the ordinary token loop.
// The token protocol and which f-string errors belong to the lexer are described in lexer.hpp.
#pragma once

#include <coil/syntax/lexer_state.hpp>

namespace coil::syntax::detail {

inline bool lexer::lex_string(std::size_t start, std::size_t quote_at) {
  const char quote = src_[quote_at];
  int size = 1;
  pos_ = quote_at + 1;
  if (peek(pos_) == quote && peek(pos_ + 1) == quote) {
    size = 3;
    pos_ += 2;
  }
  const std::int32_t start_line = line_;
  const std::size_t start_line_start = line_start_;
  const auto unterminated = [&](std::int32_t detected_line) {
    const std::int32_t offset = char_column(start_line_start, start) + 1;
    // A string in an f-string's expression running into the end with the f-string's own quote is
    // the f-string's missing '}' (f"{x").
    if (!fstrings_.empty() && fstrings_.back().quote == quote && fstrings_.back().quote_size == size) {
      return fail("SyntaxError", "f-string: expecting '}'", start_line, start_line_start, offset, start_line, offset);
    }
    std::string message = size == 3 ? "unterminated triple-quoted string literal (detected at line "
                                    : "unterminated string literal (detected at line ";
    message += std::to_string(detected_line);
    message += ')';
    return fail("SyntaxError", std::move(message), start_line, start_line_start, offset, start_line, offset);
  };
  int quotes = 0;
  for (;;) {
    if (at_end(pos_)) {
      if (truncated_) return fail_bad_line();
      return unterminated(eof_line());
    }
    const char c = src_[pos_];
    if (c == quote) {
      ++pos_;
      if (size == 1 || ++quotes == 3) break;
      continue;
    }
    quotes = 0;
    if (c == '\\') {
      ++pos_;
      const std::size_t newline = newline_length(pos_);
      if (newline != 0) {
        pos_ += newline;
        enter_line(pos_, false);
      } else if (!at_end(pos_)) {
        ++pos_;
      }
      continue;
    }
    if (c == '\n' || c == '\r') {
      if (size == 1) return unterminated(line_);
      pos_ += newline_length(pos_);
      enter_line(pos_, false);
      continue;
    }
    ++pos_;
  }
  emit(token_kind::string, start, start_line, start_line_start);
  return true;
}

inline bool lexer::lex_fstring_start(std::size_t start, std::size_t quote_at, bool raw) {
  const char quote = src_[quote_at];
  int size = 1;
  pos_ = quote_at + 1;
  if (peek(pos_) == quote && peek(pos_ + 1) == quote) {
    size = 3;
    pos_ += 2;
  }
  if (fstrings_.size() + 1 >= max_fstring_modes) return fail_at_cursor("too many nested f-strings", pos_);
  emit_here(token_kind::fstring_start, start);
  open_fstring fstring;
  fstring.quote = quote;
  fstring.quote_size = size;
  fstring.raw = raw;
  fstring.start = start;
  fstring.line = line_;
  fstring.line_start = line_start_;
  fstrings_.push_back(fstring);
  return true;
}

inline bool lexer::unterminated_fstring(const open_fstring& fstring, std::int32_t detected_line) {
  std::string message = fstring.quote_size == 3 ? "unterminated triple-quoted f-string literal (detected at line "
                                                : "unterminated f-string literal (detected at line ";
  message += std::to_string(detected_line);
  message += ')';
  const std::int32_t offset = char_column(fstring.line_start, fstring.start) + 1;
  return fail("SyntaxError", std::move(message), fstring.line, fstring.line_start, offset, fstring.line, offset);
}

// The f-string on top of the stack has ended: brackets of fields it left open become plain ones.
inline void lexer::close_fstring() {
  const open_fstring& fstring = fstrings_.back();
  for (int k = 0; k < fstring.fields; ++k) {
    if (fstring.field_bracket[k] < brackets_.size()) brackets_[fstring.field_bracket[k]].fstring_field = false;
  }
  fstrings_.pop_back();
}

// `{` at pos_ opens a replacement field of the top f-string.
inline bool lexer::open_field() {
  open_fstring& fstring = fstrings_.back();
  if (fstring.fields >= max_fstring_fields) return fail_at_cursor("f-string: expressions nested too deeply", pos_);
  if (brackets_.size() >= COIL_MAX_BRACKET_DEPTH) return fail_at_cursor("too many nested parentheses", pos_ + 1);
  brackets_.push_back(open_bracket{'{', true, line_, static_cast<std::int32_t>(pos_ - line_start_), line_start_});
  fstring.field_bracket[fstring.fields++] = brackets_.size() - 1;
  fstring.part = fstring_part::expression;
  const std::size_t start = pos_++;
  emit_here(token_kind::lbrace, start);
  return true;
}

// `}` at pos_ closes the innermost field of the top f-string (whose '{' is the top bracket).
inline void lexer::close_field() {
  open_fstring& fstring = fstrings_.back();
  brackets_.pop_back();
  --fstring.fields;
  fstring.part = fstring.fields > 0 ? fstring_part::format_spec : fstring_part::literal;
  const std::size_t start = pos_++;
  emit_here(token_kind::rbrace, start);
}

// Literal text or a format spec of the top f-string, up to the next field, the end of the spec or
// the closing quote.
inline bool lexer::lex_fstring_text() {
  open_fstring& fstring = fstrings_.back();
  const bool spec = fstring.part == fstring_part::format_spec;
  const std::size_t start = pos_;
  const std::int32_t start_line = line_;
  const std::size_t start_line_start = line_start_;
  const auto emit_middle = [&](bool even_if_empty) {
    if (pos_ > start || even_if_empty) emit(token_kind::fstring_middle, start, start_line, start_line_start);
  };
  bool named_escape = false;  // inside \N{...}: its '}' is text
  for (;;) {
    if (at_end(pos_)) {
      if (truncated_) return fail_bad_line();
      if (spec && fstring.quote_size == 1) {
        // CPython sees the final newline it adds: the spec ends there (see the newline case).
        emit_middle(true);
        fstring.part = fstring_part::expression;
        return true;
      }
      return unterminated_fstring(fstring, eof_line());
    }
    const char c = src_[pos_];
    if (c == fstring.quote) {
      if (fstring.quote_size == 1 || (peek(pos_ + 1) == c && peek(pos_ + 2) == c)) {
        emit_middle(false);
        const std::size_t end_start = pos_;
        pos_ += static_cast<std::size_t>(fstring.quote_size);
        emit_here(token_kind::fstring_end, end_start);
        close_fstring();
        return true;
      }
      ++pos_;
      continue;
    }
    switch (c) {
      case '\n':
      case '\r':
        if (fstring.quote_size == 1) {
          if (spec) {
            // The spec of a single-quoted f-string ends at the newline; the field's expression
            // mode takes the newline (inside the field's brace, it is not a NEWLINE).
            emit_middle(true);
            fstring.part = fstring_part::expression;
            return true;
          }
          return unterminated_fstring(fstring, line_);
        }
        pos_ += newline_length(pos_);
        enter_line(pos_, false);
        continue;
      case '{':
        if (!spec && peek(pos_ + 1) == '{') {
          pos_ += 2;
          continue;
        }
        emit_middle(spec && peek(pos_ + 1) == '{');
        return open_field();
      case '}':
        if (named_escape) {
          named_escape = false;
          ++pos_;
          continue;
        }
        if (!spec) {
          if (peek(pos_ + 1) == '}') {
            pos_ += 2;
            continue;
          }
          return fail_at_cursor("f-string: single '}' is not allowed", pos_ + 1);
        }
        emit_middle(true);
        close_field();
        return true;
      case '\\': {
        const char next = peek(pos_ + 1);
        if (next == '{' || next == '}') {
          ++pos_;  // the backslash is text; the brace is read as usual
          continue;
        }
        if (!fstring.raw && next == 'N' && peek(pos_ + 2) == '{') {
          pos_ += 3;
          named_escape = true;
          continue;
        }
        ++pos_;
        const std::size_t newline = newline_length(pos_);
        if (newline != 0) {
          pos_ += newline;
          enter_line(pos_, false);
        } else if (!at_end(pos_)) {
          ++pos_;
        }
        continue;
      }
      default:
        ++pos_;
        continue;
    }
  }
}

}  // namespace coil::syntax::detail
