// The lexer's working state, shared by its implementation files (syntax/impl/lexer*.ipp): the
// cursor over the source, the bracket stack, the indentation stack and the stack of open f-strings
// (PEP 701 lexing is modal: literal text, a replacement field's expression, a format spec). One
// `lexer` runs once over a source and produces the token_stream of syntax/lexer.hpp; everything
// here is internal to the lexer.
#pragma once

#include <coil/config.hpp>
#include <coil/syntax/lexer.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coil::syntax::detail {

// CPython 3.12's tokenizer limits, where config.hpp does not make them tunable.
inline constexpr int tab_size = 8;                 // indentation column of a tab (and 1 for the TabError check)
inline constexpr int max_fstring_fields = 3;       // nested replacement fields in one f-string (through format specs)
inline constexpr std::size_t max_fstring_modes = 150;  // tokenizer modes: the regular one plus nested f-strings

struct open_bracket {
  char kind = '(';             // '(', '[' or '{'
  bool fstring_field = false;  // the '{' opening an f-string replacement field
  std::int32_t line = 0;
  std::int32_t column = 0;     // byte column
  std::size_t line_start = 0;  // byte index of its line, for the error's source line
};

enum class fstring_part : std::uint8_t { literal, expression, format_spec };

struct open_fstring {
  char quote = '"';
  int quote_size = 1;
  bool raw = false;
  fstring_part part = fstring_part::literal;
  int fields = 0;                                    // replacement fields open (nested via format specs)
  std::array<std::size_t, max_fstring_fields> field_bracket{};  // bracket-stack index of each field's '{'
  std::size_t start = 0;                             // the fstring_start token, for "unterminated" errors
  std::int32_t line = 0;
  std::size_t line_start = 0;
};

class lexer {
 public:
  explicit lexer(std::string_view source) : src_(source) {}
  token_stream run();

 private:
  // --- source, lines, tokens and errors (lexer_source.ipp) ---
  bool prepare();
  char peek(std::size_t at) const { return at < end_ ? src_[at] : '\0'; }
  bool at_end(std::size_t at) const { return at >= end_; }
  std::size_t newline_length(std::size_t at) const;
  void enter_line(std::size_t start, bool fresh);
  std::string_view line_text(std::size_t line_start) const;
  std::int32_t char_column(std::size_t line_start, std::size_t at) const;
  void eof_position(std::int32_t& line, std::int32_t& cursor) const;
  std::int32_t eof_line() const;
  void emit(token_kind kind, std::size_t start, std::int32_t start_line, std::size_t start_line_start);
  void emit_here(token_kind kind, std::size_t start) { emit(kind, start, line_, line_start_); }
  bool fail(const char* type, std::string message, std::int32_t line, std::size_t line_start,
            std::int32_t offset, std::int32_t end_line, std::int32_t end_offset, bool deferred = false);
  // An error at the character ending at `cursor` on the current line: offset = end offset = the
  // characters before `cursor` (CPython's tokenizer errors, reported after consuming that character).
  bool fail_at_cursor(std::string message, std::size_t cursor);
  bool fail_bad_line();

  // --- lines, indentation, newlines, continuation, end of input (lexer_lines.ipp) ---
  bool lex_line_start();
  bool lex_newline();
  bool lex_continuation();
  bool lex_end_of_input();
  bool finish();
  bool never_closed();
  bool unexpected_eof(std::int32_t line, std::int32_t offset, std::size_t buffer_start);
  bool continuation_error(std::size_t next);

  // --- names and keywords (lexer_names.ipp) ---
  bool lex_name_or_string();

  // --- numbers (lexer_numbers.ipp) ---
  bool lex_number();
  std::size_t decimal_tail(std::size_t at);
  bool number_end(std::size_t start, std::size_t at, const char* kind);

  // --- strings and f-strings (lexer_strings.ipp) ---
  bool lex_string(std::size_t start, std::size_t quote_at);
  bool lex_fstring_start(std::size_t start, std::size_t quote_at, bool raw);
  bool lex_fstring_text();
  bool open_field();
  void close_field();
  void close_fstring();
  bool unterminated_fstring(const open_fstring& fstring, std::int32_t detected_line);

  // --- operators and brackets (lexer.ipp) ---
  bool lex_token();
  bool lex_open_bracket(char kind);
  bool lex_close_bracket(char kind);
  bool lex_operator(char c);

  std::string_view src_;
  std::size_t end_ = 0;          // lexing stops here: the end, or the start of a line with a NUL/bad UTF-8
  bool truncated_ = false;       // end_ is such a bad line
  std::size_t bad_at_ = 0;       // the first bad byte, when truncated_
  std::int32_t bad_line_ = 0;
  std::size_t pos_ = 0;
  std::int32_t line_ = 1;
  std::size_t line_start_ = 0;
  std::size_t previous_line_start_ = 0;
  std::size_t buffer_start_ = 0;  // CPython's input buffer start: lines joined by a continuation or a token
  bool at_line_start_ = true;
  bool done_ = false;

  std::vector<open_bracket> brackets_;
  std::array<int, COIL_MAX_INDENT_DEPTH + 1> indents_{};      // columns with tabs to multiples of 8
  std::array<int, COIL_MAX_INDENT_DEPTH + 1> alt_indents_{};  // columns with tabs counting 1
  int indent_depth_ = 0;
  std::vector<open_fstring> fstrings_;

  token_stream out_;
};

}  // namespace coil::syntax::detail
