// The lexer: UTF-8 source text in, a vector of tokens out (INDENT/DEDENT/NEWLINE included, as
// CPython's tokenizer emits them), for the parser in syntax/parser.hpp.
//
// Lexing stops at the first error: the token list then ends with a token of kind `error` at the
// failing position and `error` holds the SyntaxError/IndentationError/TabError. The parser reports
// that error only when it reaches the token, so an earlier parse error wins, as in CPython.
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
};

COIL_DECL token_stream tokenize(std::string_view source);

}  // namespace coil::syntax

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/syntax/impl/lexer.ipp>
#endif
