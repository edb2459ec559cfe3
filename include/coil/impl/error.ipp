// Definitions for coil/error.hpp.
#pragma once

#include <coil/error.hpp>
#include <coil/syntax/syntax_error.hpp>

namespace coil {

COIL_DECL std::string error::display() const {
  if (what == kind::syntax && !traceback.empty()) {
    const frame& where = traceback.front();
    syntax::syntax_error e{type, message, where.line, where.column, where.end_line, where.end_column, where.source_line};
    return e.display(where.file);
  }
  std::string out;
  if (!traceback.empty()) {
    out += "Traceback (most recent call last):\n";
    for (const frame& f : traceback) {
      out += "  File \"" + f.file + "\", line " + std::to_string(f.line) + ", in " + f.function + "\n";
      if (!f.source_line.empty()) {
        auto first = f.source_line.find_first_not_of(" \t\f");
        if (first != std::string::npos) out += "    " + f.source_line.substr(first) + "\n";
      }
    }
  }
  out += type;
  if (!message.empty()) out += ": " + message;
  out += "\n";
  return out;
}

}  // namespace coil

