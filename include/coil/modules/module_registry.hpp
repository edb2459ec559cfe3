// The importable modules (modules.def) and the helpers their builders share: making a module
// object and adding functions and values to it.
#pragma once

#include <coil/config.hpp>
#include <coil/runtime/type_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <initializer_list>
#include <string_view>

namespace coil::modules {

using runtime::call_arguments;
using vm::interpreter;
using vm::value;

// The module `name`, built on first import and cached by the interpreter; raised
// (ModuleNotFoundError) for a name coil does not provide.
COIL_DECL value import_module(interpreter& in, std::string_view name);

// A new, empty module object named `name` (for builders).
COIL_DECL value new_module(interpreter& in, std::string_view name);
// Sets an attribute of a module being built; false when raised.
COIL_DECL bool set_member(interpreter& in, value module, std::string_view name, value member);
// Adds immortal builtin functions to a module: their objects are made once per process.
COIL_DECL bool add_functions(interpreter& in, value module, std::span<runtime::native_function_object* const> functions);

}  // namespace coil::modules

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/modules/impl/module_registry.ipp>
#endif
