// PLACEHOLDER until the parser lands.
#pragma once
#include <coil/syntax/lexer.hpp>
#include <coil/syntax/parser.hpp>
namespace coil::syntax {
COIL_DECL tl::expected<tree, syntax_error> parse_module(std::string_view) {
  return tl::unexpected(syntax_error{"SyntaxError", "parser not written yet", 1, 1, 0, 0, ""});
}
}  // namespace coil::syntax
