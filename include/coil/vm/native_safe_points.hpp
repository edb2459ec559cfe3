// Safe points for native code. The dispatch loop checks the time, memory and allocation limits
// (and collects garbage) between instructions; a native loop over user data (sum(), sorted(),
// list(), min/max, str.join over an iterator...) runs no instructions, so without these it could
// build garbage without bound or run past the deadline. A long native operation that an
// interrupt_check stopped (big-int arithmetic, int(str), str(int)) ends the run the same way.
#pragma once

#include <coil/vm/interpreter.hpp>

#include <cstddef>

namespace coil::vm {

// Counts the items of one native loop: every `interval` items tick() checks the limits, which may
// collect garbage, so the caller keeps everything it holds rooted. A false tick means a limit
// ended the run (the terminal exception is pending).
class safe_point_counter {
 public:
  static constexpr std::size_t interval = 4096;
  bool tick(interpreter& in) { return (++count_ & (interval - 1)) != 0 || in.check_limits(); }

 private:
  std::size_t count_ = 0;
};

// An interrupt_check fired: the deadline has passed, so this ends the run with the terminal time
// limit error (never a TimeoutError the script could catch). check_limits() does not collect
// once the deadline has passed. Returns raised().
inline value stop_at_deadline(interpreter& in) {
  if (in.check_limits()) return in.raise_error(runtime::exception_type(runtime::exception_kind::timeout_error), "");
  return value::raised();
}

}  // namespace coil::vm
