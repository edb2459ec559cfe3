// Definitions for syntax/syntax_error.hpp: the report `python3.12 FILE.py` prints on stderr for a
// syntax error.
//
// CPython's layout, observed on 3.12 runs:
//   File "FILE", line N
//     <the source line, leading spaces/tabs/form feeds removed>
//     <spaces>^^^^
//   Type: message
// The caret line is where CPython's file mode puts it: it counts UTF-8 *bytes*, not characters
// (so carets drift right of a non-ASCII character on a terminal, exactly as CPython's do), while
// `column`/`end_column` are character offsets as SyntaxError.offset reports them; we convert.
// There is at least one caret, from the offset to the end offset on the same line, or to the end
// of the line when the error spans several lines; IndentationError and TabError get exactly one. An offset that falls left of the stripped text
// (column 0, or inside the removed indentation) prints no caret line at all; one right of the
// text is moved to the end of the text. No source line: only the File line and the message.
#pragma once

#include <coil/syntax/syntax_error.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace coil::syntax {
namespace syntax_error_detail {

// The 0-based byte index of the 0-based character index `chars` in UTF-8 `text`; characters past
// the end count one byte each, as CPython's offsets may point just past the line.
inline std::ptrdiff_t byte_index(std::string_view text, std::ptrdiff_t chars) {
  std::ptrdiff_t bytes = 0;
  std::size_t i = 0;
  while (chars > 0 && i < text.size()) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    --chars;
  }
  bytes = static_cast<std::ptrdiff_t>(i);
  return bytes + (chars > 0 ? chars : 0);
}

}  // namespace syntax_error_detail

COIL_DECL std::string syntax_error::display(std::string_view script_name) const {
  using syntax_error_detail::byte_index;
  std::string out = "  File \"";
  out += script_name;
  out += "\", line ";
  out += std::to_string(line);
  out += '\n';

  std::string_view text = source_line;
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  if (!source_line.empty()) {
    const auto length = static_cast<std::ptrdiff_t>(text.size());
    // 1-based byte offsets from here on, as CPython's file mode reports them.
    std::ptrdiff_t start = column > 0 ? byte_index(text, column - 1) + 1 : column;
    std::ptrdiff_t end;
    if (end_line > line) {
      end = length + 1;  // the rest of the first line, up to and including its newline
    } else {
      end = end_column > 0 ? byte_index(text, end_column - 1) + 1 : end_column;
    }
    if (end > length + 1) end = length + 1;
    std::ptrdiff_t carets = (end > 0 && end > start) ? end - start : 1;
    // CPython's file-mode display draws a single caret for indentation errors whatever their
    // span (observed on 3.12: "expected an indented block" spans the statement, shows one '^').
    if (type == "IndentationError" || type == "TabError") carets = 1;

    std::ptrdiff_t position = start - 1;  // 0-based
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\f')) {
      text.remove_prefix(1);
      --position;
    }
    if (position > static_cast<std::ptrdiff_t>(text.size())) position = static_cast<std::ptrdiff_t>(text.size());
    out += "    ";
    out += text;
    out += '\n';
    if (position >= 0) {
      out += "    ";
      out.append(static_cast<std::size_t>(position), ' ');
      out.append(static_cast<std::size_t>(carets), '^');
      out += '\n';
    }
  }
  out += type;
  if (!message.empty()) {
    out += ": ";
    out += message;
  }
  out += '\n';
  return out;
}

}  // namespace coil::syntax
