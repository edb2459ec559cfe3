// Callables: Python functions (code + globals + defaults + closure cells), cells, builtin
// functions (a native function pointer with a stable registry id, so snapshots can name them),
// and bound methods.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/type_object.hpp>
#include <coil/vm/code.hpp>
#include <coil/vm/heap.hpp>

#include <initializer_list>
#include <span>
#include <string_view>

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
  // The type a method expects as positional[0]: set for the methods of a type that opted in to
  // unbound access (str.lower reached through the type), so a call checks self before the
  // native code trusts it. Null for builtins, static methods and types that did not opt in.
  const type_object* self_type = nullptr;
  bool is_static = false;  // a static method: never bound to an instance
  void trace(vm::tracer&) {}
};

// The method objects of a builtin type, made once per process and never freed: like the type
// objects that point at them they are immortal and shared by every execution. With `self_type`,
// the type's methods are also reachable unbound through the type object (str.lower, key=str.lower)
// and each call checks that its first argument is an instance of it.
inline std::span<native_function_object* const> make_methods(std::string_view owner,
                                                             std::initializer_list<method_definition> definitions,
                                                             const type_object* self_type = nullptr) {
  auto** pointers = new native_function_object*[definitions.size()];
  std::size_t i = 0;
  for (const auto& definition : definitions) {
    auto* f = new native_function_object();
    f->type = &builtin_function_type;
    f->name = definition.name;
    f->function = definition.function;
    f->owner = owner;
    f->is_static = definition.is_static;
    if (!definition.is_static) f->self_type = self_type;
    pointers[i++] = f;
  }
  return {pointers, definitions.size()};
}

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
