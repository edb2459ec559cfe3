// Entry points that stop before running a script: check its syntax, compile it fully (what
// `coil check` does), or print its syntax tree exactly as CPython's `ast.dump(ast.parse(source))`
// does (a debugging and conformance aid).
#pragma once

#include <coil/compile_options.hpp>
#include <coil/config.hpp>
#include <coil/error.hpp>

#include <string>
#include <string_view>

namespace coil {

// Succeeds when `source` parses; otherwise an error of kind `syntax` (SyntaxError,
// IndentationError or TabError) with the position and source line in its one frame.
COIL_DECL result<void> check_syntax(std::string_view source, const compile_options& options = {});

// Succeeds when `source` compiles: parsing, scopes and code generation, so every error CPython's
// compile() reports (a misplaced nonlocal, a repeated keyword argument...), and coil's
// NotImplementedError for a feature it does not support yet. Runs nothing; the error is the one
// coil::compile() returns.
COIL_DECL result<void> check_program(std::string_view source, const compile_options& options = {});

// `ast.dump(ast.parse(source))` as CPython 3.12 prints it, or the syntax error.
COIL_DECL result<std::string> dump_ast(std::string_view source, const compile_options& options = {});

}  // namespace coil

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/impl/check.ipp>
#endif
