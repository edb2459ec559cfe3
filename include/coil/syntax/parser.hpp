// The parser: source text in, a syntax::tree (syntax/ast.hpp) or a syntax_error out.
// Recursive descent over the lexer's tokens with an explicit nesting limit
// (config.hpp: COIL_MAX_PARSE_DEPTH), so hostile input ends in an error, never a stack overflow.
// The compiler (compiler/) consumes the tree.
#pragma once

#include <coil/config.hpp>
#include <coil/syntax/ast.hpp>
#include <coil/syntax/syntax_error.hpp>

#include <string_view>
#include <tl/expected.hpp>

namespace coil::syntax {

COIL_DECL tl::expected<tree, syntax_error> parse_module(std::string_view source);

}  // namespace coil::syntax

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/syntax/impl/parser.ipp>
#endif
