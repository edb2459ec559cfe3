// Definitions for compiler/symbol_table.hpp: lookups, name mangling, and the build that runs the
// passes (symbol_walk.ipp, scope_resolution.ipp, placement_checks.ipp) in CPython's order of
// error reporting: symtable walk errors, then resolution errors, then placement errors.
#pragma once

#include <coil/compiler/symbol_table.hpp>

#include <coil/compiler/impl/symbol_table_builder.ipp>
#include <coil/compiler/impl/placement_checks.ipp>
#include <coil/compiler/impl/future_statements.ipp>
#include <coil/compiler/impl/symbol_walk.ipp>
#include <coil/compiler/impl/scope_resolution.ipp>

#include <algorithm>

namespace coil::compiler {

COIL_DECL std::string mangle(std::string_view class_name, std::string_view name) {
  if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return std::string(name);
  // Dunder names and dotted (import) names are never mangled.
  if (name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return std::string(name);
  if (name.find('.') != std::string_view::npos) return std::string(name);
  const std::size_t start = class_name.find_first_not_of('_');
  if (start == std::string_view::npos) return std::string(name);
  std::string out;
  out.reserve(1 + (class_name.size() - start) + name.size());
  out += '_';
  out += class_name.substr(start);
  out += name;
  return out;
}

COIL_DECL const symbol* scope::find_mangled(std::string_view mangled_name) const {
  if (!index_.empty()) {
    const auto found = index_.find(mangled_name);
    return found == index_.end() ? nullptr : &symbols[found->second];
  }
  for (const symbol& s : symbols) {
    if (s.name == mangled_name) return &s;
  }
  return nullptr;
}

COIL_DECL const symbol* scope::find(std::string_view source_name) const {
  if (mangling_class.empty() || source_name.size() < 2 || source_name[0] != '_' || source_name[1] != '_') {
    return find_mangled(source_name);
  }
  return find_mangled(mangle(mangling_class, source_name));
}

COIL_DECL name_scope scope::resolve(std::string_view source_name) const {
  const symbol* found = find(source_name);
  return found == nullptr ? name_scope::global_implicit : found->scope;
}

COIL_DECL const scope* symbol_table::lookup(const void* node) const {
  const auto it = std::lower_bound(by_node_.begin(), by_node_.end(), node,
                                   [](const std::pair<const void*, std::uint32_t>& entry, const void* key) {
                                     return std::less<const void*>()(entry.first, key);
                                   });
  if (it == by_node_.end() || it->first != node) return nullptr;
  return &scopes_[it->second];
}

namespace detail {

inline tl::expected<symbol_table, syntax::syntax_error> symbol_table_builder::build() {
  if (!check_future_statements() || !walk_symbols()) return tl::unexpected(std::move(*error_));
  std::sort(table_.by_node_.begin(), table_.by_node_.end(),
            [](const std::pair<const void*, std::uint32_t>& a, const std::pair<const void*, std::uint32_t>& b) {
              return std::less<const void*>()(a.first, b.first);
            });
  if (!resolve_names()) return tl::unexpected(std::move(*error_));
  if (placement_errors_ == 1) return tl::unexpected(std::move(*first_placement_));
  if (placement_errors_ > 1) {
    std::optional<syntax::syntax_error> first = first_placement_error();
    return tl::unexpected(first ? std::move(*first) : std::move(*first_placement_));
  }
  close_over();
  if (error_) return tl::unexpected(std::move(*error_));
  lay_out();
  if (error_) return tl::unexpected(std::move(*error_));
  return std::move(table_);
}

}  // namespace detail

COIL_DECL tl::expected<symbol_table, syntax::syntax_error> build_symbol_table(const syntax::tree& tree) {
  detail::symbol_table_builder builder(tree);
  return builder.build();
}

}  // namespace coil::compiler
