// A host function as the script sees it: a callable global naming one entry of the run's
// coil::externals by index (a stable registry id, not a pointer, so executions stay plain data).
// Calling it goes through the interpreter's host_bridge (host/execution.hpp).
#pragma once

#include <coil/vm/object.hpp>
#include <coil/vm/value.hpp>

#include <cstddef>

namespace coil::runtime {

struct external_function_object : vm::object {
  static constexpr const char* layout_name = "external_function";
  std::size_t index = 0;
  vm::value name = vm::value::none();
  void trace(vm::tracer& t) { t.visit(name); }
};

}  // namespace coil::runtime
