// Host exceptions entering the script: a C++ exception thrown by a host function becomes a Python
// exception instance (coil::exception by the type it names, any other std::exception a
// RuntimeError with its what()). Used by the execution (host/execution.hpp) for every host call
// and by the fast path (host/direct_call.hpp) for sync ones.
#pragma once

#include <coil/config.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/value.hpp>

#include <exception>
#include <string>
#include <string_view>

namespace coil::host {

// The Python exception type name and message for what a host function threw.
struct host_exception_text {
  std::string type;
  std::string message;
};
COIL_DECL host_exception_text describe_host_exception(std::exception_ptr e);

// An exception instance of the Python type named `type` (a builtin exception; anything else
// becomes RuntimeError("type: message")), for raising host errors in the script.
COIL_DECL vm::value make_host_exception(vm::interpreter& in, std::string_view type, std::string_view message);

// Raises what `e` holds in the script; returns raised().
COIL_DECL vm::value raise_host_exception(vm::interpreter& in, std::exception_ptr e);

}  // namespace coil::host

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/host/impl/host_exception.ipp>
#endif
