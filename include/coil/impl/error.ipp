// Definitions for coil/error.hpp.
#pragma once

#include <coil/error.hpp>
#include <coil/syntax/syntax_error.hpp>

namespace coil {
namespace error_detail {

// CPython's exception display state (pythonrun.c): how deep in exception groups the text is,
// which sets the indent and the "| " margin, and whether a group's box still needs its bottom.
struct display_state {
  std::string out;
  int group_depth = 0;
  bool need_close = false;
  static constexpr std::size_t max_group_width = 15;
  static constexpr int max_group_depth = 10;

  std::string indent() const { return std::string(2 * static_cast<std::size_t>(group_depth), ' '); }
  std::string margin() const { return group_depth > 0 ? "| " : ""; }

  void traceback(const error& e) {
    if (e.traceback.empty()) return;
    const bool group = e.exception_count > 0;
    const std::string header_margin = group && group_depth == 1 ? "+ " : margin();
    out += indent() + header_margin + (group ? "Exception Group Traceback" : "Traceback") + " (most recent call last):\n";
    for (const frame& f : e.traceback) {
      out += indent() + margin() + "  File \"" + f.file + "\", line " + std::to_string(f.line) + ", in " + f.function + "\n";
      if (!f.source_line.empty()) {
        auto first = f.source_line.find_first_not_of(" \t\f");
        if (first != std::string::npos) out += indent() + margin() + "    " + f.source_line.substr(first) + "\n";
      }
    }
  }

  void exception(const error& e) {
    traceback(e);
    out += indent() + margin() + e.type;
    if (!e.message.empty()) out += ": " + e.message;
    out += e.hint + "\n";
    // Each line of a note gets the margin; each note ends with a newline of its own.
    for (const std::string& note : e.notes) {
      for (std::size_t start = 0; start < note.size();) {
        std::size_t end = note.find_first_of("\r\n", start);
        end = end == std::string::npos ? note.size() : end + (note.compare(end, 2, "\r\n") == 0 ? 2 : 1);
        out += indent() + margin() + note.substr(start, end - start);
        start = end;
      }
      out += "\n";
    }
  }

  void group(const error& e) {
    if (group_depth > max_group_depth) {
      out += indent() + margin() + "... (max_group_depth is " + std::to_string(max_group_depth) + ")\n";
      return;
    }
    if (group_depth == 0) group_depth = 1;
    exception(e);
    const std::size_t shown = e.exception_count <= max_group_width ? e.exception_count : max_group_width + 1;
    need_close = false;
    for (std::size_t i = 0; i < shown; ++i) {
      // Fewer shown than CPython would only when the host's copy was cut short (a huge group).
      const bool truncated = i >= max_group_width || i >= e.exceptions.size();
      const bool last = i + 1 == shown || truncated;
      if (last) need_close = true;  // a nested group may close the box instead
      out += indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + (truncated ? std::string("...") : std::to_string(i + 1)) +
             " ----------------\n";
      ++group_depth;
      if (!truncated) {
        any(e.exceptions[i]);
      } else {
        const std::size_t remaining = e.exception_count - i;
        out += indent() + margin() + "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n";
      }
      if (last && need_close) {
        out += indent() + "+------------------------------------\n";
        need_close = false;
      }
      --group_depth;
      if (truncated) break;
    }
    if (group_depth == 1) group_depth = 0;
  }

  void any(const error& e) {
    for (const error& above : e.chain) {
      const bool closing = need_close;
      any(above);
      need_close = closing;
      out += indent() + margin() + "\n";
      out += indent() + margin() +
             (above.is_cause ? "The above exception was the direct cause of the following exception:\n"
                             : "During handling of the above exception, another exception occurred:\n");
      out += indent() + margin() + "\n";
    }
    if (e.exception_count > 0) {
      group(e);
    } else {
      exception(e);
    }
  }
};

}  // namespace error_detail

COIL_DECL std::string error::display() const {
  if (what == kind::syntax && !traceback.empty()) {
    const frame& where = traceback.front();
    syntax::syntax_error e{type, message, where.line, where.column, where.end_line, where.end_column, where.source_line};
    return e.display(where.file);
  }
  error_detail::display_state state;
  state.any(*this);
  return std::move(state.out);
}

}  // namespace coil
