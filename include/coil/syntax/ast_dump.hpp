// Prints a syntax::tree exactly as CPython 3.12's `ast.dump(tree)` does (default arguments:
// no attributes, annotated fields, no indent). Used by `coil ast` and by the AST conformance
// corpus in tests/syntax/, which compares it with the real CPython's output.
#pragma once

#include <coil/config.hpp>
#include <coil/syntax/ast.hpp>

#include <string>

namespace coil::syntax {

COIL_DECL std::string dump(const tree& module);

}  // namespace coil::syntax

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/syntax/impl/ast_dump.ipp>
#endif
