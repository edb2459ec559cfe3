// The lexer: UTF-8 source text in, a vector of tokens out (INDENT/DEDENT/NEWLINE included, as
// CPython's tokenizer emits them), for the parser in syntax/parser.hpp. Literal values are decoded
// later by the parser with syntax/literals.hpp.
//
// Lexing stops at the first error: the token list then ends with a token of kind `error` at the
// failing position and `error` holds the SyntaxError/IndentationError/TabError. The parser reports
// that error only when it reaches the token, so an earlier parse error wins, as in CPython. One
// exception, also CPython's: when the parser's error is the generic "invalid syntax", CPython
// tokenizes the rest of the file and a tokenizer error it raises there replaces the generic one.
// `error_is_deferred` marks the errors that do not do that (CPython reports them through a status
// code only when the parser asks for the token): inconsistent dedent, TabError, too many levels of
// indentation, unexpected character after line continuation, EOF after a backslash, a bracket
// never closed at the end of the file, and every error raised inside an f-string (CPython keeps
// the parser's generic error then). One more CPython rule the parser applies itself: "'(' was
// never closed" does replace a generic error whose token lies on a later line than the bracket.
//
// Token positions (line 1-based, column 0-based UTF-8 byte offset):
// - NEWLINE: at the newline character, end column = column + 1 (text "\n", "\r\n" or "\r"); at the
//   end of a file without a final newline it is the empty text at the end of the last line.
// - INDENT (empty text): column 0 to the end of the indentation of the line it opens; DEDENT: at the end
//   of the indentation of the line it belongs to. At the end of the file, DEDENTs and ENDMARKER
//   sit where CPython's tokenizer stands there: on the last line, at column = that line's length in
//   bytes including its newline (CPython always sees one), e.g. (1, 6) for "if x:\n"; (1, 0) for
//   an empty source. CPython reports errors at these tokens with offset = that column (converted
//   to characters), no +1.
// - A token the tokenizer accepts but no grammar rule uses ($, ?, `, <>) has kind `unknown`; the
//   parser fails on it with "invalid syntax" (CPython's OP token), and lexing continues after it.
//
// f-strings (PEP 701, Python 3.12): fstring_start (text = prefix + quotes), then literal text as
// fstring_middle tokens (raw source slices; `{{` and `}}` stay doubled and `\` escapes raw — decode
// with decode_fstring_middle), and for each replacement field: lbrace, the expression's ordinary
// tokens (strings with any quotes and nested f-strings included), optionally `equal` (the `=`
// self-documenting form, as an ordinary `=` token: the parser decides), optionally `exclamation`
// and a name (the conversion), optionally `colon` then the format spec as fstring_middle pieces and
// nested fields, then rbrace; finally fstring_end. Inside a format spec an empty fstring_middle is
// emitted exactly where CPython 3.12 emits one (before the `}` that ends the spec, before a nested
// field that starts with `{{`, at a newline ending the spec of a single-quoted f-string), because
// CPython's AST keeps them as Constant(''): e.g. f"{x:{y}}" -> ... colon lbrace y rbrace
// fstring_middle("") rbrace. Literal parts never produce empty middles.
// Errors reported by the lexer: unterminated f-string, "f-string: single '}' is not allowed",
// "f-string: expecting '}'" when a string inside a field runs to the end of the line/file with the
// f-string's own quote, "f-string: unmatched ')'", "f-string: expressions nested too deeply",
// "too many nested f-strings". Everything else about f-strings is the parser's (missing or invalid
// conversion, empty expression, "f-string: expecting '}'" at a wrong token, lambda/walrus without
// parentheses...).
//
// Error positions are those of compile(source) (character offsets; for "unexpected character after
// line continuation character" source_line holds all the lines CPython's buffer joined with
// backslashes), except NUL and UTF-8 errors, which follow `python3.12 file.py` (see below).
//
// Identifiers are checked against XID_Start/XID_Continue (syntax/unicode_identifier_table.hpp) but
// not NFKC-normalised: a name written with compatibility characters (e.g. U+2160 for "I") is a
// different name for coil, unlike CPython.
// Input: a leading UTF-8 BOM is skipped; "\r\n" and "\r" end lines like "\n". A line holding a NUL
// byte or invalid UTF-8 ends lexing when the lexer reaches that line (as CPython reading a file):
// "source code cannot contain null bytes", or "(unicode error) 'utf-8' codec can't decode byte 0x..
// in position N: invalid start byte" (N = byte index in that line; the message is the codec's).
#pragma once

#include <coil/config.hpp>
#include <coil/syntax/syntax_error.hpp>
#include <coil/syntax/token.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace coil::syntax {

struct token_stream {
  std::vector<token> tokens;          // ends with end_marker, or with an `error` token
  std::optional<syntax_error> error;  // set when the last token is `error`
  bool error_is_deferred = false;     // see above: the error does not replace a generic "invalid syntax"
};

COIL_DECL token_stream tokenize(std::string_view source);

}  // namespace coil::syntax

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/syntax/impl/lexer.ipp>
#endif
