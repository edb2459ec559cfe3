// Tokens: what the lexer (syntax/lexer.hpp) produces and the parser (syntax/parser.hpp) consumes.
// A token is a kind plus where it sits; its text is a view into the source. Literal values are
// decoded later, by the parser, so that lexing stays a single cheap pass.
#pragma once

#include <cstdint>
#include <string_view>

namespace coil::syntax {

enum class token_kind : std::uint8_t {
#define COIL_TOKEN(name, spelling) name,
#include <coil/syntax/tokens.def>
};

// The spelling column of tokens.def: the operator or keyword text, or a description.
constexpr std::string_view token_spelling(token_kind kind) {
  constexpr std::string_view spellings[] = {
#define COIL_TOKEN(name, spelling) spelling,
#include <coil/syntax/tokens.def>
  };
  return spellings[static_cast<std::size_t>(kind)];
}

struct token {
  token_kind kind = token_kind::end_marker;
  std::string_view text;        // the source text of the token (empty for INDENT/DEDENT/ENDMARKER)
  std::int32_t line = 0;        // 1-based
  std::int32_t column = 0;      // 0-based UTF-8 byte offset in the line
  std::int32_t end_line = 0;
  std::int32_t end_column = 0;  // one past the last byte
};

}  // namespace coil::syntax
