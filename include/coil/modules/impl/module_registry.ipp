// Definitions for modules/module_registry.hpp.
#pragma once

#include <coil/modules/impl/asyncio_module.ipp>
#include <coil/modules/impl/json_module.ipp>
#include <coil/modules/impl/math_module.ipp>
#include <coil/modules/impl/sys_module.ipp>
#include <coil/modules/module_registry.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/dict_object.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/impl/dict_type.ipp>
#include <coil/runtime/module_object.hpp>

#include <string>

namespace coil::modules {

COIL_DECL value new_module(interpreter& in, std::string_view name) {
  auto* m = in.heap().make<runtime::module_object>(&runtime::module_type);
  value result = value::from_object(m);
  auto root = in.root(result);
  m->name = in.make_str(name);
  m->attributes = value::from_object(runtime::dict_detail::new_dict(in));
  value dunder_name = in.make_str("__name__");
  if (!runtime::dict_detail::store(in, runtime::dict_detail::as_dict(m->attributes), dunder_name, m->name)) return value::raised();
  return result;
}

COIL_DECL bool set_member(interpreter& in, value module, std::string_view name, value member) {
  auto* m = static_cast<runtime::module_object*>(module.as_object());
  auto root = in.root(member);
  value key = in.make_str(name);
  return runtime::dict_detail::store(in, runtime::dict_detail::as_dict(m->attributes), key, member);
}

COIL_DECL bool add_functions(interpreter& in, value module, std::span<runtime::native_function_object* const> functions) {
  for (auto* f : functions)
    if (!set_member(in, module, f->name, value::from_object(f))) return false;
  return true;
}

COIL_DECL value import_module(interpreter& in, std::string_view name) {
  if (value cached = in.find_module(name); !cached.is_unbound()) return cached;
  value module = value::unbound();
#define COIL_MODULE(module_name, builder) \
  if (name == module_name) module = builder(in);
#include <coil/modules/modules.def>
  if (module.is_unbound()) {
    value message = in.make_str("No module named '" + std::string(name) + "'");
    value exception = in.call(value::from_object(runtime::exception_type(runtime::exception_kind::module_not_found_error)),
                              std::span<const value>(&message, 1));
    if (exception.is_raised()) return exception;
    return in.raise_exception(exception);
  }
  if (module.is_raised()) return module;
  in.remember_module(name, module);
  return module;
}

}  // namespace coil::modules
