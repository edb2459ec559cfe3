// A compiled script: immutable, cheap to copy, safe to run from many executions on many threads
// at once. `coil::compile` turns source text into one (or a syntax error).
#pragma once

#include <coil/compile_options.hpp>
#include <coil/config.hpp>
#include <coil/error.hpp>

#include <memory>
#include <string_view>

namespace coil {

namespace compiler {
class compiled_program;
}

class program {
 public:
  program() = default;
  // The compiled form (code objects, constants); internal.
  const std::shared_ptr<const compiler::compiled_program>& compiled() const { return compiled_; }

 private:
  friend COIL_DECL result<program> compile(std::string_view source, compile_options options);
  std::shared_ptr<const compiler::compiled_program> compiled_;
};

// Parses and compiles a script. Errors are of kind `syntax`: SyntaxError, IndentationError,
// TabError, or NotImplementedError for a construct coil does not support yet.
COIL_DECL result<program> compile(std::string_view source, compile_options options = {});

}  // namespace coil

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/impl/program.ipp>
#endif
