// Definitions for coil/externals.hpp: registration and the stub text.
#pragma once

#include <coil/externals.hpp>

#include <stdexcept>

namespace coil {

COIL_DECL externals& externals::add_function(host::external_function fn, const external_options& options) {
  if (index_.contains(fn.name))
    throw std::invalid_argument("coil::externals: a function named '" + fn.name + "' is registered already");
  if (!fn.bind) throw std::invalid_argument("coil::externals: function '" + fn.name + "' has no bind");
  fn = host::apply_policies(std::move(fn), options.offload, options.max_concurrent, options.timeout);
  index_.emplace(fn.name, functions_.size());
  functions_.push_back(std::move(fn));
  return *this;
}

COIL_DECL std::string externals::stubs() const {
  std::string text;
  for (const auto& fn : functions_) {
    text += fn.stub;
    text += '\n';
  }
  return text;
}

COIL_DECL std::optional<std::size_t> externals::find(std::string_view name) const {
  auto found = index_.find(name);
  if (found == index_.end()) return std::nullopt;
  return found->second;
}

}  // namespace coil
