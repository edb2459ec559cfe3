// Module objects: what `import math` binds. A module is a name plus a dict of attributes, built
// by the module's builder (modules/) the first time an execution imports it.
#pragma once

#include <coil/vm/heap.hpp>
#include <coil/vm/value.hpp>

namespace coil::runtime {

struct module_object : vm::object {
  static constexpr const char* layout_name = "module";
  vm::value name = vm::value::none();        // str
  vm::value attributes = vm::value::none();  // dict
  void trace(vm::tracer& t) {
    t.visit(name);
    t.visit(attributes);
  }
};

}  // namespace coil::runtime
