// PLACEHOLDER until the syntax error display lands.
#pragma once
#include <coil/syntax/syntax_error.hpp>
namespace coil::syntax {
COIL_DECL std::string syntax_error::display(std::string_view script_name) const {
  return "  File \"" + std::string(script_name) + "\", line " + std::to_string(line) + "\n" + type + ": " + message + "\n";
}
}  // namespace coil::syntax
