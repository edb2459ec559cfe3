// The types of callables and of the VM's own objects: object, type, function, builtin function,
// bound method, cell and code, plus the singletons' types (Ellipsis, NotImplemented).
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <cstdio>
#include <string>

namespace coil::runtime {
namespace callable_detail {

inline std::string address_of(value v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "0x%012llx", static_cast<unsigned long long>(v.raw_bits() & ((std::uint64_t{1} << 48) - 1)));
  return buffer;
}

inline value object_repr(interpreter& in, value self) {
  return in.make_str("<" + std::string(in.type_of(self)->name) + " object at " + address_of(self) + ">");
}
inline value identity_hash(interpreter& in, value self) {
  return in.make_int(static_cast<std::int64_t>((self.raw_bits() >> 4) & ((std::uint64_t{1} << 47) - 1)));
}
inline value identity_compare(interpreter&, value self, value other, compare_operator o) {
  if (o == compare_operator::equal) return same(self, other) ? value::from_bool(true) : value::not_implemented();
  if (o == compare_operator::not_equal) return same(self, other) ? value::from_bool(false) : value::not_implemented();
  return value::not_implemented();
}

inline value type_repr(interpreter& in, value self) {
  auto* type = static_cast<type_object*>(self.as_object());
  std::string module = type->module_name.empty() ? std::string() : std::string(type->module_name) + ".";
  return in.make_str("<class '" + module + std::string(type->name) + "'>");
}

inline value function_repr(interpreter& in, value self) {
  auto* f = static_cast<function_object*>(self.as_object());
  auto* qualname = static_cast<str_object*>(f->qualname.as_object());
  return in.make_str("<function " + std::string(qualname->view()) + " at " + address_of(self) + ">");
}

inline value builtin_function_repr(interpreter& in, value self) {
  auto* f = static_cast<native_function_object*>(self.as_object());
  if (f->owner.empty()) return in.make_str("<built-in function " + std::string(f->name) + ">");
  return in.make_str("<method '" + std::string(f->name) + "' of '" + std::string(f->owner) + "' objects>");
}

inline value method_repr(interpreter& in, value self) {
  auto* m = static_cast<bound_method_object*>(self.as_object());
  value owner = in.repr(m->self);
  if (owner.is_raised()) return owner;
  std::string name;
  if (in.type_of(m->function) == &builtin_function_type) {
    auto* f = static_cast<native_function_object*>(m->function.as_object());
    return in.make_str("<built-in method " + std::string(f->name) + " of " + std::string(in.type_of(m->self)->name) +
                       " object at " + address_of(m->self) + ">");
  }
  auto* f = static_cast<function_object*>(m->function.as_object());
  name = std::string(static_cast<str_object*>(f->qualname.as_object())->view());
  return in.make_str("<bound method " + name + " of " + std::string(static_cast<str_object*>(owner.as_object())->view()) + ">");
}

inline value type_get_attribute(interpreter& in, value self, value name) {
  auto wanted = static_cast<str_object*>(name.as_object())->view();
  auto* type = static_cast<type_object*>(self.as_object());
  if (wanted == "__name__" || wanted == "__qualname__") return in.make_str(type->name);
  if (wanted == "__module__") return in.make_str(type->module_name.empty() ? std::string_view("builtins") : type->module_name);
  if (wanted == "__base__") return type->base ? value::from_object(type->base) : value::none();
  return value::unbound();
}

inline value function_get_attribute(interpreter&, value self, value name) {
  auto wanted = static_cast<str_object*>(name.as_object())->view();
  auto* f = static_cast<function_object*>(self.as_object());
  if (wanted == "__name__") return f->name;
  if (wanted == "__qualname__") return f->qualname;
  if (wanted == "__defaults__") return f->defaults;
  return value::unbound();
}

inline value builtin_function_get_attribute(interpreter& in, value self, value name) {
  auto wanted = static_cast<str_object*>(name.as_object())->view();
  auto* f = static_cast<native_function_object*>(self.as_object());
  if (wanted == "__name__") return in.make_str(f->name);
  if (wanted == "__qualname__") return in.make_str(f->owner.empty() ? std::string(f->name) : std::string(f->owner) + "." + std::string(f->name));
  return value::unbound();
}

inline value ellipsis_repr(interpreter& in, value) { return in.make_str("Ellipsis"); }
inline value not_implemented_repr(interpreter& in, value) { return in.make_str("NotImplemented"); }

inline value code_repr(interpreter& in, value self) {
  auto* code = static_cast<vm::code_object*>(self.as_object());
  return in.make_str("<code object " + code->name + " at " + address_of(self) + ">");
}

// How CPython names a callable in call errors (its _PyObject_FunctionStr): "__main__.f()" for
// a script's functions and methods, "print()" for builtins, "list.append()" for a builtin type's
// methods, and str() of anything else ("1 argument after * ...").
inline std::string callable_name(interpreter& in, value callable) {
  auto* type = in.type_of(callable);
  auto script_function = [](value function) {
    auto* qualname = static_cast<str_object*>(static_cast<function_object*>(function.as_object())->qualname.as_object());
    return "__main__." + std::string(qualname->view()) + "()";
  };
  auto native = [](value function) {
    auto* f = static_cast<native_function_object*>(function.as_object());
    return (f->owner.empty() ? std::string() : std::string(f->owner) + ".") + std::string(f->name) + "()";
  };
  if (type == &function_type) return script_function(callable);
  if (type == &builtin_function_type) return native(callable);
  if (type == &type_type) return std::string(static_cast<type_object*>(callable.as_object())->name) + "()";
  if (type == &method_type || type == &builtin_method_type) {
    value function = static_cast<bound_method_object*>(callable.as_object())->function;
    if (in.type_of(function) == &function_type) return script_function(function);
    if (in.type_of(function) == &builtin_function_type) return native(function);
  }
  value text = in.str(callable);
  if (text.is_raised()) {
    in.take_pending_exception();
    return std::string(type->name) + " object";
  }
  return std::string(static_cast<str_object*>(text.as_object())->view());
}

}  // namespace callable_detail

inline type_object make_plain_type(std::string_view name, const vm::object_layout* layout,
                                   value (*repr)(interpreter&, value)) {
  type_object t;
  t.name = name;
  t.layout = layout;
  t.base = &object_type;
  t.repr = repr;
  t.hash = callable_detail::identity_hash;
  t.compare = callable_detail::identity_compare;
  return t;
}

}  // namespace coil::runtime

namespace coil::vm {
// The code object's heap layout: code objects are immortal (owned by their program), so the heap
// never traces or frees one; the layout exists so the type is complete.
inline const object_layout code_object_layout{"code", [](object*, tracer&) {}, [](object*) {}};
}  // namespace coil::vm
