// The boundary between the interpreter's values and the host's coil::value: deep copies both
// ways, iterative so that deeply nested data cannot overflow the C++ stack.
#pragma once

#include <coil/config.hpp>
#include <coil/error.hpp>
#include <coil/value.hpp>
#include <coil/compiler/compiled_program.hpp>
#include <coil/vm/interpreter.hpp>

#include <string_view>

namespace coil::host {

// A deep copy of `v` as a host value; TypeError for values that have no host form (functions...).
COIL_DECL result<coil::value> to_host(vm::interpreter& in, vm::value v);
// An interpreter value for a host value, allocated on the interpreter's heap.
COIL_DECL vm::value from_host(vm::interpreter& in, const coil::value& v);
// A str made from host bytes, or raised() with UnicodeDecodeError when they are not valid UTF-8
// (from_host makes every str with it).
COIL_DECL vm::value str_from_host(vm::interpreter& in, std::string_view text);

// The public error for the exception pending on the interpreter (or its termination).
COIL_DECL error to_public_error(vm::interpreter& in, const compiler::compiled_program& program);

}  // namespace coil::host

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/host/impl/value_conversion.ipp>
#endif
