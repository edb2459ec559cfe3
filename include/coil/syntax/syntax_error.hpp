// The error the front end reports: CPython's SyntaxError, IndentationError or TabError, with the
// position CPython gives it. The host boundary (host/) turns it into a public coil::error of
// kind `syntax`; the CLI prints it with `display()` in CPython's layout.
#pragma once

#include <coil/config.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace coil::syntax {

struct syntax_error {
  std::string type = "SyntaxError";  // SyntaxError, IndentationError or TabError
  std::string message;
  std::int32_t line = 0;        // 1-based, as SyntaxError.lineno
  std::int32_t column = 0;      // 1-based character offset, as SyntaxError.offset (0: no caret)
  std::int32_t end_line = 0;    // as SyntaxError.end_lineno (0: unknown)
  std::int32_t end_column = 0;  // as SyntaxError.end_offset (0: unknown)
  std::string source_line;      // the offending line without its newline

  // CPython's report: `  File "name", line N`, the source line, the carets, `Type: message`.
  COIL_DECL std::string display(std::string_view script_name) const;
};

}  // namespace coil::syntax

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/syntax/impl/syntax_error.ipp>
#endif
