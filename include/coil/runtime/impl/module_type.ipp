// The `module` type: attribute access through the module's dict, and its repr.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/impl/callable_types.ipp>
#include <coil/runtime/impl/dict_type.ipp>
#include <coil/runtime/module_object.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

namespace coil::runtime {
namespace module_detail {

inline value module_get_attribute(interpreter& in, value self, value name) {
  auto* m = static_cast<module_object*>(self.as_object());
  value found = dict_detail::lookup(in, dict_detail::as_dict(m->attributes), name);
  if (found.is_raised() || !found.is_unbound()) return found;
  return in.raise_attribute_error(self, name,
                                  "module '" + std::string(static_cast<str_object*>(m->name.as_object())->view()) + "' has no attribute '" +
                                      std::string(static_cast<str_object*>(name.as_object())->view()) + "'");
}

inline value module_repr(interpreter& in, value self) {
  auto* m = static_cast<module_object*>(self.as_object());
  return in.make_str("<module '" + std::string(static_cast<str_object*>(m->name.as_object())->view()) + "' (built-in)>");
}

}  // namespace module_detail

inline type_object make_module_type() {
  type_object t = make_plain_type("module", &vm::layout_of<module_object>, module_detail::module_repr);
  t.get_attribute = module_detail::module_get_attribute;
  return t;
}

}  // namespace coil::runtime
