// Definitions for syntax/parser_state.hpp: error positions as CPython 3.12 computes them.
//
// CPython stores token columns as UTF-8 byte offsets and converts an error's offsets to characters
// with the text of the error's *start* line, capping them at that line's length plus one (so an
// end column on a later line is converted with the wrong line: we reproduce that). Tokens without
// a column of their own (INDENT, DEDENT, ENDMARKER) take the tokenizer's position instead, with no
// +1 and an unknown end (-1).
#pragma once

#include <coil/syntax/parser_state.hpp>

#include <algorithm>
#include <cstring>

namespace coil::syntax {

COIL_DECL parser_state::parser_state(std::string_view source, const token_stream& stream,
                                     std::pmr::memory_resource& arena)
    : source_(source), tokens_(stream.tokens), lexer_error_(stream.error), arena_(arena) {
  last_ = tokens_.size() - 1;  // parse_module guarantees at least one token
  lexer_error_token_ = tokens_[last_].kind == token_kind::error && lexer_error_.has_value();
  lexer_error_deferred_ = stream.error_is_deferred;
  scratch_.reserve(256);
}

COIL_DECL const token& parser_state::expect_forced(token_kind kind) {
  const token& t = look();
  if (t.kind == kind) return take();
  std::string message = "expected '";
  message += token_spelling(kind);
  message += "'";
  if (t.kind == token_kind::indent || t.kind == token_kind::dedent || t.kind == token_kind::end_marker) {
    // CPython's column for these tokens is -1, which this error path turns into offset 0.
    std::int32_t line = 0, column = 0;
    tokenizer_position(pos_ < last_ ? pos_ : last_, line, column);
    raise_raw(line, -1, line, -1, std::move(message));
  }
  raise_raw(t.line, t.column, t.end_line, t.end_column, std::move(message));
}

COIL_DECL int parser_state::level_after(std::size_t index) {
  if (levels_.empty()) {
    levels_.resize(tokens_.size());
    std::int32_t level = 0;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      switch (tokens_[i].kind) {
        case token_kind::lpar:
        case token_kind::lsqb:
        case token_kind::lbrace: ++level; break;
        case token_kind::rpar:
        case token_kind::rsqb:
        case token_kind::rbrace: level = level > 0 ? level - 1 : 0; break;
        default: break;
      }
      levels_[i] = level;
    }
  }
  return levels_[index < levels_.size() ? index : levels_.size() - 1];
}

COIL_DECL std::string_view parser_state::store_text(std::string_view text) {
  if (text.empty()) return {};
  char* memory = static_cast<char*>(arena_.allocate(text.size(), 1));
  std::memcpy(memory, text.data(), text.size());
  return std::string_view(memory, text.size());
}

COIL_DECL std::span<const std::string_view> parser_state::finish_names(std::size_t mark) {
  std::size_t count = names_scratch_.size() - mark;
  if (count == 0) return {};
  void* memory = arena_.allocate(sizeof(std::string_view) * count, alignof(std::string_view));
  auto* items = static_cast<std::string_view*>(memory);
  for (std::size_t i = 0; i < count; ++i) ::new (&items[i]) std::string_view(names_scratch_[mark + i]);
  names_scratch_.resize(mark);
  return std::span<const std::string_view>(items, count);
}

COIL_DECL std::string_view parser_state::line_text(std::int32_t line) const {
  if (line < 1) return {};
  std::size_t start = 0;
  for (std::int32_t current = 1; current < line; ++current) {
    std::size_t newline = source_.find('\n', start);
    if (newline == std::string_view::npos) return {};
    start = newline + 1;
  }
  std::size_t end = source_.find('\n', start);
  if (end == std::string_view::npos) end = source_.size();
  std::string_view text = source_.substr(start, end - start);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

namespace parser_detail {

// CPython's _PyPegen_byte_offset_to_character_offset: the number of characters in the first
// `offset` bytes of `line` (whose length counts its newline), the offset capped at length + 1.
inline std::int32_t characters_in_prefix(std::string_view line, std::int32_t offset) {
  if (offset <= 0) return offset;
  std::size_t length = line.size() + 1;  // the newline CPython's line still has
  std::size_t bytes = static_cast<std::size_t>(offset);
  if (bytes > length + 1) bytes = length + 1;
  std::int32_t characters = 0;
  for (std::size_t i = 0; i < bytes; ++i) {
    // A byte past the text (the newline, or the cap's extra one) counts as a character.
    if (i >= line.size() || (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++characters;
  }
  return characters;
}

// Width in bytes of the indentation at the start of `line`.
inline std::int32_t indentation_width(std::string_view line) {
  std::int32_t width = 0;
  while (static_cast<std::size_t>(width) < line.size() &&
         (line[width] == ' ' || line[width] == '\t' || line[width] == '\f'))
    ++width;
  return width;
}

}  // namespace parser_detail

COIL_DECL syntax_error parser_state::make_error(std::int32_t line, std::int32_t byte_offset,
                                                std::int32_t end_line, std::int32_t end_byte_offset,
                                                std::string message, const char* type) {
  syntax_error error;
  error.type = type;
  error.message = std::move(message);
  std::string_view text = line_text(line);
  error.line = line;
  error.column = parser_detail::characters_in_prefix(text, byte_offset);
  error.end_line = end_line;
  error.end_column = end_byte_offset > 0 ? parser_detail::characters_in_prefix(text, end_byte_offset)
                                         : end_byte_offset;
  error.source_line = std::string(text);
  return error;
}

COIL_DECL void parser_state::tokenizer_position(std::size_t token_index, std::int32_t& line,
                                                std::int32_t& column) {
  const token& t = token_at(token_index);
  bool at_end = t.kind == token_kind::end_marker || t.kind == token_kind::error;
  if (t.kind == token_kind::dedent) {
    // DEDENTs at the end of the file come with the ENDMARKER's position.
    at_end = true;
    for (std::size_t i = token_index + 1; i <= last_; ++i) {
      if (tokens_[i].kind != token_kind::dedent && tokens_[i].kind != token_kind::end_marker) {
        at_end = false;
        break;
      }
    }
  }
  if (at_end) {
    // The tokenizer stands after the last character, on the last line, which CPython always sees
    // with a newline: the column is that line's length including the newline.
    std::string_view text = source_;
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    std::int32_t lines = 1 + static_cast<std::int32_t>(std::count(text.begin(), text.end(), '\n'));
    std::size_t start = text.rfind('\n');
    start = start == std::string_view::npos ? 0 : start + 1;
    std::string_view last_line = text.substr(start);
    if (!last_line.empty() && last_line.back() == '\r') last_line.remove_suffix(1);
    line = lines;
    column = static_cast<std::int32_t>(last_line.size()) + 1;
    return;
  }
  if (t.kind == token_kind::indent || t.kind == token_kind::dedent) {
    line = t.line;
    column = parser_detail::indentation_width(line_text(t.line));
    return;
  }
  line = t.end_line;
  column = t.end_column;
}

COIL_DECL void parser_state::raise_at(const source_span& where, std::string message, const char* type) {
  throw parse_abort{make_error(where.line, where.column + 1, where.end_line, where.end_column + 1,
                               std::move(message), type)};
}

COIL_DECL void parser_state::raise_raw(std::int32_t line, std::int32_t column, std::int32_t end_line,
                                       std::int32_t end_column, std::string message, const char* type) {
  throw parse_abort{make_error(line, column + 1, end_line, end_column + 1, std::move(message), type)};
}

COIL_DECL void parser_state::raise_at_last_token(std::string message, const char* type) {
  const token& t = token_at(furthest_);
  if (t.kind == token_kind::indent || t.kind == token_kind::dedent || t.kind == token_kind::end_marker) {
    std::int32_t line = 0, column = 0;
    tokenizer_position(furthest_, line, column);
    throw parse_abort{make_error(line, column, line, -1, std::move(message), type)};
  }
  throw parse_abort{make_error(t.line, t.column + 1, t.end_line, t.end_column + 1, std::move(message), type)};
}

COIL_DECL void parser_state::raise_at_next_token(std::string message) {
  std::size_t index = pos_ < last_ ? pos_ : last_;
  if (index > furthest_) furthest_ = index;
  const token& t = token_at(index);
  if (t.kind == token_kind::indent || t.kind == token_kind::dedent || t.kind == token_kind::end_marker) {
    std::int32_t line = 0, column = 0;
    tokenizer_position(index, line, column);
    throw parse_abort{make_error(line, column, line, -1, std::move(message), "SyntaxError")};
  }
  throw parse_abort{make_error(t.line, t.column + 1, t.end_line, t.end_column + 1, std::move(message),
                               "SyntaxError")};
}

COIL_DECL void parser_state::raise_starting_from(const source_span& start, std::string message) {
  std::int32_t end_line = 0, end_column = 0;
  tokenizer_position(furthest_, end_line, end_column);
  throw parse_abort{make_error(start.line, start.column + 1, end_line, end_column, std::move(message),
                               "SyntaxError")};
}

COIL_DECL void parser_state::too_deep() {
  const token& t = token_at(pos_);
  throw parse_abort{make_error(t.line, t.column + 1, t.end_line, t.end_column + 1,
                               "too complex: nesting exceeds the parser's limit", "SyntaxError")};
}

COIL_DECL void parser_state::reached_lexer_error() { throw parse_abort{*lexer_error_, true}; }

COIL_DECL syntax_error parser_state::generic_error(std::size_t token_index) {
  const token& t = token_at(token_index);
  if (t.kind == token_kind::indent || t.kind == token_kind::dedent) {
    std::int32_t line = 0, column = 0;
    tokenizer_position(furthest_, line, column);
    return make_error(line, column, line, -1,
                      t.kind == token_kind::indent ? "unexpected indent" : "unexpected unindent",
                      "IndentationError");
  }
  if (t.kind == token_kind::end_marker) {
    // CPython uses the ENDMARKER's own column here, -1, which becomes offset 0.
    std::int32_t line = 0, column = 0;
    tokenizer_position(token_index, line, column);
    return make_error(line, 0, line, 0, "invalid syntax", "SyntaxError");
  }
  return make_error(t.line, t.column + 1, t.end_line, t.end_column + 1, "invalid syntax", "SyntaxError");
}

COIL_DECL syntax_error parser_state::prefer_later_lexer_error(syntax_error error) {
  if (!lexer_error_token_) return error;
  // CPython tokenizes the rest of the file after any parser error; a tokenizer error raised as an
  // exception there wins. Those it reports through a status code (error_is_deferred) do not,
  // except an unclosed bracket opened on a line before the parser's last token.
  const syntax_error& later = *lexer_error_;
  const std::string& message = later.message;
  constexpr std::string_view unclosed = "was never closed";
  if (message.size() >= unclosed.size() &&
      message.compare(message.size() - unclosed.size(), unclosed.size(), unclosed) == 0) {
    // Not when the end of the file comes inside an f-string: CPython keeps its error then.
    int open_fstrings = 0;
    for (std::size_t i = 0; i < last_; ++i) {
      if (tokens_[i].kind == token_kind::fstring_start) ++open_fstrings;
      if (tokens_[i].kind == token_kind::fstring_end) --open_fstrings;
    }
    if (open_fstrings == 0 && token_at(furthest_).line > later.line) return later;
    return error;
  }
  if (lexer_error_deferred_) return error;
  return later;
}

}  // namespace coil::syntax
