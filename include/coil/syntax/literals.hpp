// Literal decoding: turns the text of a `string`, `fstring_middle` or `number` token (see
// syntax/lexer.hpp; token texts are raw source slices) into the value the AST stores. The lexer
// only finds where a literal ends; the parser calls these functions when it builds a Constant or a
// JoinedStr, so that escapes, prefixes and digit separators are interpreted in one place.
//
// Errors: a decoding failure returns a `literal_error` with CPython 3.12's SyntaxError message.
// CPython points such errors at the whole string token (lineno/col_offset of the token to its end),
// so the parser should raise them with the token's span; `offset` is only informative.
// Not supported yet: `\N{name}` escapes (CPython's Unicode name database is not shipped); they
// return the error "\N{...} escapes are not supported yet", which the parser raises as SyntaxError.
// Warnings CPython emits (invalid escape sequence, invalid octal escape) are not reported.
#pragma once

#include <coil/config.hpp>
#include <coil/syntax/ast.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <tl/expected.hpp>

namespace coil::syntax {

struct literal_error {
  std::string message;      // CPython's SyntaxError message, e.g. "bytes can only contain ASCII literal characters"
  std::size_t offset = 0;   // byte offset in the decoded text where the problem starts (informative)
};

// The prefix letters of a string or f-string token, in any case and order ("rb", "Rf", "U"...).
struct string_prefix {
  bool raw = false;        // r/R
  bool bytes = false;      // b/B
  bool formatted = false;  // f/F
  bool unicode = false;    // u/U
  std::size_t length = 0;  // number of prefix characters (the quote starts at this index)
};

// Reads the prefix of a `string` or `fstring_start` token text (which starts with the prefix).
COIL_DECL string_prefix read_string_prefix(std::string_view token_text);

struct string_literal {
  std::string value;       // str: the UTF-8 contents; bytes: the raw byte values
  bool is_bytes = false;
  bool u_prefix = false;   // a lowercase u prefix: CPython's Constant.kind == 'u' (not for U'...')
};

// Decodes the full text of a `string` token (prefix + quotes + body, exactly as the lexer produced
// it; not an f-string): processes escapes unless raw, removes the quotes. Backslash-newline is a
// line continuation (removed) in non-raw literals. Invalid escapes keep their backslash (3.12).
COIL_DECL tl::expected<string_literal, literal_error> decode_string(std::string_view token_text);

// Decodes the text of one `fstring_middle` token: `{{` and `}}` become `{` and `}`, and escapes are
// processed unless `raw` (take it from read_string_prefix of the matching fstring_start). The
// result is UTF-8. Used for both the literal parts and the literal parts of a format spec; for the
// latter CPython 3.12 processes escapes even in raw f-strings (rf"{x:\n}" has a newline in its
// spec), so pass raw = false for format-spec parts. A `\` before `{` or `}` is kept as a backslash
// and the brace is then read as usual. CPython points decoding errors in f-string parts at odd places
// (the token the parser had reached); that is the parser's business.
COIL_DECL tl::expected<std::string, literal_error> decode_fstring_middle(std::string_view text, bool raw);

struct number_literal {
  constant_kind kind = constant_kind::integer;  // integer, floating or imaginary
  std::string digits;   // integer: the digits without prefix or underscores (e.g. "ff" for 0xFF, "0" for 0o0)
  int base = 10;        // integer: 2, 8, 10 or 16
  double value = 0.0;   // floating: the value; imaginary: the imaginary part (inf on overflow, as CPython)
};

// Decodes the text of a `number` token. The lexer has already validated it, so this cannot fail.
COIL_DECL number_literal decode_number(std::string_view token_text);

}  // namespace coil::syntax

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/syntax/impl/literals.ipp>
#endif
