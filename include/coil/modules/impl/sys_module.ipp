// The `sys` module, limited to what is harmless in a sandbox: maxsize, version_info and version
// (those of the CPython version coil follows), byteorder, the stdout/stderr objects that
// print(file=...) recognises, exception()/exc_info() and getrecursionlimit(). Nothing here
// reaches the host.
#pragma once

#include <coil/modules/module_registry.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/function_objects.hpp>

#include <cstdint>
#include <string>

namespace coil::modules {
namespace sys_detail {

inline value no_arguments(interpreter& in, const runtime::call_arguments& args, std::string_view name) {
  if (args.positional.empty() && args.keyword_values.empty()) return value::none();
  return in.raise_type_error("sys." + std::string(name) + "() takes no arguments (" +
                             std::to_string(args.positional.size() + args.keyword_values.size()) + " given)");
}

inline value exception(interpreter& in, const runtime::call_arguments& args) {
  if (value ok = no_arguments(in, args, "exception"); ok.is_raised()) return ok;
  return in.handled_exception();
}

// (type, value, traceback) of the exception being handled; coil has no traceback objects, so the
// third item is None.
inline value exc_info(interpreter& in, const runtime::call_arguments& args) {
  if (value ok = no_arguments(in, args, "exc_info"); ok.is_raised()) return ok;
  value handled = in.handled_exception();
  value items[3] = {handled.is_none() ? value::none() : value::from_object(in.type_of(handled)), handled, value::none()};
  return in.make_tuple(items);
}

inline value getrecursionlimit(interpreter& in, const runtime::call_arguments& args) {
  if (value ok = no_arguments(in, args, "getrecursionlimit"); ok.is_raised()) return ok;
  return in.make_int(static_cast<std::int64_t>(in.recursion_limit()));
}

}  // namespace sys_detail

inline value build_sys_module(interpreter& in) {
  value module = new_module(in, "sys");
  if (module.is_raised()) return module;
  auto root = in.root(module);
  value version_parts[5] = {in.make_int(3), in.make_int(12), in.make_int(1), in.make_str("final"), in.make_int(0)};
  const bool ok = set_member(in, module, "maxsize", in.make_int(INT64_MAX)) &&
                  set_member(in, module, "version_info", in.make_tuple(version_parts)) &&
                  set_member(in, module, "version", in.make_str("3.12.1 (coil)")) &&
                  set_member(in, module, "byteorder", in.make_str("little")) &&
                  set_member(in, module, "stdout", in.standard_stream(false)) &&
                  set_member(in, module, "stderr", in.standard_stream(true));
  if (!ok) return value::raised();
  static const auto functions = runtime::make_methods("", {{"exception", sys_detail::exception},
                                                           {"exc_info", sys_detail::exc_info},
                                                           {"getrecursionlimit", sys_detail::getrecursionlimit}});
  if (!add_functions(in, module, functions)) return value::raised();
  return module;
}

}  // namespace coil::modules
