// The `sys` module, limited to what is harmless in a sandbox: maxsize, version_info and version
// (those of the CPython version coil follows), byteorder, and the stdout/stderr objects that
// print(file=...) recognises. Nothing here reaches the host.
#pragma once

#include <coil/modules/module_registry.hpp>
#include <coil/runtime/builtin_types.hpp>

#include <cstdint>

namespace coil::modules {

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
  return ok ? module : value::raised();
}

}  // namespace coil::modules
