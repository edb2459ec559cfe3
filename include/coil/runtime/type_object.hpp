// Python type objects: what `type(x)` returns, for builtin types and (later) user classes alike.
//
// A type names its instances' memory layout (vm/object.hpp `object_layout`, which the heap uses
// to trace and free them) and carries the Python-level behaviour. Builtin types are immortal,
// process-wide constants (byte_size 0, never collected, never written after start-up), so one
// program can run on many threads at once; user classes will be heap objects of the same shape.
#pragma once

#include <coil/vm/object.hpp>

#include <cstdint>
#include <string_view>

namespace coil::runtime {

struct type_object : vm::object {
  std::string_view name;                     // __name__
  const vm::object_layout* layout = nullptr;  // how the heap traces and frees instances
  type_object* base = nullptr;               // the single base of builtin types (object has none)
  std::uint32_t builtin_id = 0;              // stable id of a builtin type, for snapshots; 0 for classes
};

}  // namespace coil::runtime
