// Running a compiled program. `run_sync` runs it to completion on the calling thread and returns
// the value of the script's last expression statement (None when the last statement is not an
// expression), or the error that ended it: an uncaught exception (kind runtime) with its
// traceback, or a limit breach (kind limit).
#pragma once

#include <coil/config.hpp>
#include <coil/error.hpp>
#include <coil/program.hpp>
#include <coil/run_options.hpp>
#include <coil/value.hpp>

namespace coil {

COIL_DECL result<value> run_sync(const program& p, run_options options = {});

}  // namespace coil

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/impl/run.ipp>
#endif
