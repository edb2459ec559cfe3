// Front-end entry points: check a script's syntax without running it, or print its syntax tree
// exactly as CPython's `ast.dump(ast.parse(source))` does (a debugging and conformance aid).
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

// `ast.dump(ast.parse(source))` as CPython 3.12 prints it, or the syntax error.
COIL_DECL result<std::string> dump_ast(std::string_view source, const compile_options& options = {});

}  // namespace coil

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/impl/check.ipp>
#endif
