// The code generator, the compiler's second pass: a syntax::tree plus its symbol_table in, the
// register bytecode of compiler/opcodes.def out, gathered in a compiled_program.
//
// Each function-like scope gets a code object whose registers are its parameters (in the VM's
// calling order: positional, keyword-only, *args, **kwargs), its other locals, then temporaries
// allocated as a stack; cells come last. Expressions compile into a register chosen by the
// caller where that is safe, so `x = a + b` is one instruction. A small definite-assignment
// analysis decides where a read of a local needs an UnboundLocalError check.
//
// Features whose runtime support has not landed yet (classes, generators, with, match, async,
// imports) are rejected here with NotImplementedError naming the feature, never miscompiled.
#pragma once

#include <coil/compiler/compiled_program.hpp>
#include <coil/compiler/symbol_table.hpp>
#include <coil/config.hpp>
#include <coil/syntax/ast.hpp>
#include <coil/syntax/syntax_error.hpp>

#include <memory>
#include <string_view>
#include <tl/expected.hpp>

namespace coil::compiler {

// Compiles a parsed module. `source` is the script text (for the source lines of tracebacks).
COIL_DECL tl::expected<std::shared_ptr<compiled_program>, syntax::syntax_error> generate_code(
    const syntax::tree& tree, const symbol_table& symbols, std::string_view source);

}  // namespace coil::compiler

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/compiler/impl/code_generator.ipp>
#endif
