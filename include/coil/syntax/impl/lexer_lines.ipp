// Lines for the lexer (part of syntax/impl/lexer.ipp): indentation at the start of a logical line
// (INDENT/DEDENT, TabError, inconsistent dedent, depth limit), NEWLINE versus the newlines CPython
// skips (blank and comment-only lines, inside brackets), backslash continuation, and the end of
// the input (implicit NEWLINE, DEDENTs, ENDMARKER, unclosed brackets).
#pragma once

#include <coil/syntax/lexer_state.hpp>

namespace coil::syntax::detail {

// At the start of a physical line outside brackets: measure the indentation the way CPython does
// (tabs to multiples of 8, and separately counting 1, to detect inconsistent use), skip blank and
// comment-only lines, and emit the INDENT or DEDENTs the line calls for.
inline bool lexer::lex_line_start() {
  int column = 0, alt_column = 0;
  int continued_column = 0, continued_alt_column = 0;
  for (;;) {
    const char c = peek(pos_);
    if (c == ' ') {
      ++column;
      ++alt_column;
    } else if (c == '\t') {
      column = (column / tab_size + 1) * tab_size;
      ++alt_column;
    } else if (c == '\f') {
      column = alt_column = 0;
    } else if (c == '\\' && !at_end(pos_)) {
      // Indentation cannot be split by a backslash: the column at the first one (if not 0) counts.
      if (continued_column == 0) {
        continued_column = column;
        continued_alt_column = alt_column;
      }
      const std::int32_t backslash_line = line_;
      const std::size_t next = pos_ + 1;
      const std::size_t newline = newline_length(next);
      if (newline == 0 && !at_end(next)) {
        pos_ = next;
        return continuation_error(next);
      }
      const std::int32_t offset = char_column(line_start_, next) + 1;
      const std::size_t buffer_start = buffer_start_;
      pos_ = next + newline;
      if (newline != 0) enter_line(pos_, true);
      if (at_end(pos_)) {
        if (truncated_) return fail_bad_line();
        return unexpected_eof(backslash_line, offset, buffer_start);
      }
      continue;
    } else {
      break;
    }
    ++pos_;
  }
  if (continued_column != 0) {
    column = continued_column;
    alt_column = continued_alt_column;
  }
  if (at_end(pos_)) return lex_end_of_input();  // the implicit newline makes a trailing line blank
  const char c = src_[pos_];
  if (c == '#' || c == '\n' || c == '\r') {
    // A blank or comment-only line: no NEWLINE, no indentation change.
    while (!at_end(pos_) && src_[pos_] != '\n' && src_[pos_] != '\r') ++pos_;
    if (!at_end(pos_)) {
      pos_ += newline_length(pos_);
      enter_line(pos_, true);
    }
    return true;  // still at the start of a line
  }
  at_line_start_ = false;

  const int top = indents_[indent_depth_];
  const int alt_top = alt_indents_[indent_depth_];
  const auto tab_error = [&] {
    return fail("TabError", "inconsistent use of tabs and spaces in indentation", line_, line_start_, 1, line_, 0,
                true);
  };
  const std::int32_t cursor = static_cast<std::int32_t>(pos_ - line_start_);
  if (column == top) {
    if (alt_column != alt_top) return tab_error();
  } else if (column > top) {
    if (indent_depth_ + 1 >= COIL_MAX_INDENT_DEPTH) {
      return fail("IndentationError", "too many levels of indentation", line_, line_start_, 1, line_, 0, true);
    }
    if (alt_column <= alt_top) return tab_error();
    ++indent_depth_;
    indents_[indent_depth_] = column;
    alt_indents_[indent_depth_] = alt_column;
    out_.tokens.push_back(token{token_kind::indent, src_.substr(line_start_, 0), line_, 0, line_, cursor});
  } else {
    int depth = indent_depth_;
    while (depth > 0 && column < indents_[depth]) --depth;
    if (column != indents_[depth]) {
      // CPython's offset here is the line's length with its newline.
      const std::size_t line_end = line_start_ + line_text(line_start_).size();
      const std::int32_t offset = char_column(line_start_, line_end) + 1;
      return fail("IndentationError", "unindent does not match any outer indentation level", line_, line_start_,
                  offset, line_, -1, true);
    }
    if (alt_column != alt_indents_[depth]) return tab_error();
    for (; indent_depth_ > depth; --indent_depth_) {
      out_.tokens.push_back(token{token_kind::dedent, src_.substr(pos_, 0), line_, cursor, line_, cursor});
    }
  }
  return true;
}

// A newline outside a blank line: NEWLINE at bracket level 0, nothing inside brackets.
inline bool lexer::lex_newline() {
  const std::size_t start = pos_;
  pos_ += newline_length(pos_);
  if (brackets_.empty()) {
    const std::int32_t column = static_cast<std::int32_t>(start - line_start_);
    out_.tokens.push_back(token{token_kind::newline, src_.substr(start, pos_ - start), line_, column, line_, column + 1});
  }
  enter_line(pos_, true);
  at_line_start_ = true;
  return true;
}

// A backslash in the middle of a line: it must end the line, and the logical line goes on.
inline bool lexer::lex_continuation() {
  const std::size_t next = pos_ + 1;
  const std::size_t newline = newline_length(next);
  const std::int32_t backslash_line = line_;
  const std::size_t backslash_line_start = line_start_;
  if (newline == 0 && !at_end(next)) {
    pos_ = next;
    return continuation_error(next);
  }
  // If the input ends here, the tokenizer stands after the backslash line and its newline.
  const std::int32_t offset = char_column(backslash_line_start, next) + 1;
  pos_ = next + newline;
  if (newline != 0) enter_line(pos_, false);
  if (at_end(pos_)) {
    if (truncated_) return fail_bad_line();
    if (!brackets_.empty()) return never_closed();
    return unexpected_eof(backslash_line, offset, buffer_start_);
  }
  return true;
}

// A character after a backslash at `next`. CPython counts the offset (in characters) from the start
// of its input buffer, which holds every line since the logical line's start joined by backslashes
// or multi-line tokens, and shows those lines as the error's text.
inline bool lexer::continuation_error(std::size_t next) {
  const std::int32_t offset = char_column(buffer_start_, next) + 1;
  if (!fail("SyntaxError", "unexpected character after line continuation character", line_, line_start_, offset, line_,
            0, true)) {
    const std::size_t line_end = line_start_ + line_text(line_start_).size();
    out_.error->source_line = std::string(src_.substr(buffer_start_, line_end - buffer_start_));
  }
  return false;
}

// The input ends right after a backslash and its newline; the error's text is CPython's buffer,
// from `buffer_start` to the end of the backslash's line.
inline bool lexer::unexpected_eof(std::int32_t line, std::int32_t offset, std::size_t buffer_start) {
  const std::size_t start = line != line_ ? previous_line_start_ : line_start_;
  if (!fail("SyntaxError", "unexpected EOF while parsing", line, start, offset, line, -1, true)) {
    const std::size_t line_end = start + line_text(start).size();
    out_.error->source_line = std::string(src_.substr(buffer_start, line_end - buffer_start));
  }
  return false;
}

inline bool lexer::never_closed() {
  const open_bracket& open = brackets_.back();
  std::string message = "'";
  message += open.kind;
  message += "' was never closed";
  const std::int32_t offset = char_column(open.line_start, open.line_start + static_cast<std::size_t>(open.column)) + 1;
  return fail("SyntaxError", std::move(message), open.line, open.line_start, offset, open.line, 0, true);
}

// The end of the input inside a logical line: CPython's implicit final newline, then the end.
inline bool lexer::lex_end_of_input() {
  if (truncated_) return fail_bad_line();
  if (!brackets_.empty()) return never_closed();
  if (!at_line_start_) {
    const std::int32_t column = static_cast<std::int32_t>(pos_ - line_start_);
    out_.tokens.push_back(token{token_kind::newline, src_.substr(pos_, 0), line_, column, line_, column + 1});
    at_line_start_ = true;
  }
  return finish();
}

// DEDENTs back to column 0 and the ENDMARKER, at CPython's end-of-file position.
inline bool lexer::finish() {
  std::int32_t line = 0, cursor = 0;
  eof_position(line, cursor);
  const std::string_view here = src_.substr(end_, 0);
  for (; indent_depth_ > 0; --indent_depth_) {
    out_.tokens.push_back(token{token_kind::dedent, here, line, cursor, line, cursor});
  }
  out_.tokens.push_back(token{token_kind::end_marker, here, line, cursor, line, cursor});
  done_ = true;
  return false;
}

}  // namespace coil::syntax::detail
