// The parser: source text in, a syntax::tree (syntax/ast.hpp) or a syntax_error out.
// Recursive descent over the lexer's tokens with an explicit nesting limit
// (config.hpp: COIL_MAX_PARSE_DEPTH), so hostile input ends in an error, never a stack overflow.
// The compiler (compiler/) consumes the tree.
//
// Guarantees the later stages may rely on: the tree is the one CPython 3.12's ast.parse builds
// (positions included), except that relative imports are a SyntaxError; its nesting depth —
// counting every level of expressions, including left-nested chains such as a+b+c or a.b.c and
// elif chains — stays within COIL_MAX_PARSE_DEPTH plus a few levels (deeper input is the
// SyntaxError "too complex: nesting exceeds the parser's limit"), so walking it recursively is
// safe; every string_view in it points into the tree's own arena or its copy of the source.
// Errors carry CPython 3.12's type, message, line, 1-based character column and end position.
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
