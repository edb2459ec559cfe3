// The error every coil operation reports, and the result type that carries it.
// A Python exception that escapes a script, a syntax error, a limit breach, a cancellation or a
// bad snapshot all arrive as one `coil::error`: its kind, the Python exception type and message,
// and the traceback in CPython's order (outermost frame first).
#pragma once

#include <coil/config.hpp>

#include <cstddef>
#include <string>
#include <vector>
#include <tl/expected.hpp>

namespace coil {

struct frame {
  std::string file;
  int line = 0;
  int column = 0;        // 1-based character offset where known, 0 otherwise
  std::string function;  // "<module>" for the script body
  std::string source_line;
  int end_line = 0;      // where known (syntax errors): the end of the span the carets underline
  int end_column = 0;
};

struct error {
  enum class kind { syntax, runtime, limit, cancelled, snapshot };
  kind what = kind::runtime;
  std::string type;     // the Python exception type, e.g. "ValueError", "SyntaxError"
  std::string message;
  // What CPython's traceback adds after the message of a NameError or AttributeError near miss:
  // ". Did you mean: 'total'?" or ". Did you forget to import 'json'?" ("" otherwise). Not part of
  // the message, as str() of the exception inside the script does not show it.
  std::string hint;
  std::vector<frame> traceback;
  std::vector<std::string> notes;  // __notes__ (BaseException.add_note), printed after the message
  // For an exception group (ExceptionGroup, BaseExceptionGroup): how many sub-exceptions it has
  // (0 for any other error), and those CPython's display shows, each a full error with its own
  // traceback: the first 15 of a group, in groups nested up to 10 deep.
  std::size_t exception_count = 0;
  std::vector<error> exceptions;
  // The exceptions CPython prints above this one, farthest first: its __cause__ or, unless
  // suppressed, its __context__, then theirs, up to one already shown (at most 100). In the
  // chain, `is_cause` says an entry is the __cause__ of the one after it, not its __context__.
  std::vector<error> chain;
  bool is_cause = false;

  // CPython's layout: the chain, then "Traceback (most recent call last):" and the frames, then
  // "Type: message"; an exception group in boxes ("  + Exception Group Traceback (most recent call last):"), one
  // per sub-exception; for a syntax error, the `File "...", line N` block with the source line
  // and carets.
  COIL_DECL std::string display() const;
};

template <class T>
using result = tl::expected<T, error>;

}  // namespace coil

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/impl/error.ipp>
#endif
