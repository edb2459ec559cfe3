// Callables: Python functions (code + globals + defaults + closure cells), cells, builtin
// functions (a native function pointer with a stable registry id, so snapshots can name them),
// and bound methods.
#pragma once

#include <coil/runtime/type_object.hpp>
#include <coil/vm/code.hpp>
#include <coil/vm/heap.hpp>

namespace coil::runtime {

struct tuple_object;

struct cell_object : vm::object {
  static constexpr const char* layout_name = "cell";
  value contents = value::unbound();
  void trace(vm::tracer& t) { t.visit(contents); }
};

struct function_object : vm::object {
  static constexpr const char* layout_name = "function";
  const vm::code_object* code = nullptr;
  value defaults = value::none();           // tuple or None
  value keyword_defaults = value::none();   // dict or None
  value closure = value::none();            // tuple of cells or None
  value name = value::none();               // str: __name__
  value qualname = value::none();           // str: __qualname__
  void trace(vm::tracer& t) {
    t.visit(const_cast<vm::code_object*>(code));
    t.visit(defaults);
    t.visit(keyword_defaults);
    t.visit(closure);
    t.visit(name);
    t.visit(qualname);
  }
};

// A builtin function or a builtin method descriptor; immortal (process-wide) when it is part of a
// builtin type or module, so comparing and calling it never touches a heap.
struct native_function_object : vm::object {
  static constexpr const char* layout_name = "builtin_function";
  std::string_view name;
  native_function function = nullptr;
  std::string_view owner;  // the type or module name, for repr and errors ("" for builtins)
  void trace(vm::tracer&) {}
};

struct bound_method_object : vm::object {
  static constexpr const char* layout_name = "method";
  value function;
  value self;
  void trace(vm::tracer& t) {
    t.visit(function);
    t.visit(self);
  }
};

}  // namespace coil::runtime
