// Definitions for coil/run.hpp.
#pragma once

#include <coil/compiler/compiled_program.hpp>
#include <coil/host/value_conversion.hpp>
#include <coil/run.hpp>
#include <coil/vm/interpreter.hpp>

#include <cstdio>

namespace coil {

COIL_DECL result<value> run_sync(const program& p, run_options options) {
  const auto& compiled = *p.compiled();
  vm::interpreter_limits limits;
  if (options.limits.max_duration) {
    limits.deadline = std::chrono::steady_clock::now() + *options.limits.max_duration;
    limits.max_duration = options.limits.max_duration;
  }
  limits.max_memory = options.limits.max_memory;
  limits.max_allocations = options.limits.max_allocations;
  if (options.limits.max_recursion_depth) limits.max_recursion_depth = *options.limits.max_recursion_depth;
  auto on_output = std::move(options.on_output);
  vm::interpreter::output_function output = [&on_output](bool is_error, std::string_view text) {
    if (on_output) {
      on_output(is_error ? stream::err : stream::out, text);
    } else {
      std::fwrite(text.data(), 1, text.size(), is_error ? stderr : stdout);
    }
  };
  vm::interpreter in(compiled.image(), limits, output);
  for (const auto& [name, input] : options.inputs) in.set_global(name, host::from_host(in, input));
  vm::value r = in.run_module();
  if (r.is_raised()) return tl::unexpected(host::to_public_error(in, compiled));
  return host::to_host(in, r);
}

}  // namespace coil
