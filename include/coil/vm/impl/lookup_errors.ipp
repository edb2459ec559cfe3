// NameError and AttributeError from failed lookups, and the hint CPython 3.12's traceback adds
// after their message: ". Did you mean: 'total'?" for a near miss among the names the lookup could
// have found (the frame's locals, the globals and the builtins; the object's attributes), and
// ". Did you forget to import 'json'?" for the name of a standard module. Raising records what the
// hint needs in exception_object::lookup (the frame is gone by the time the error is shown); the
// hint itself is computed only when the error leaves the script (host/impl/value_conversion.ipp),
// as CPython computes it only when it prints the traceback.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/impl/builtin_functions.ipp>
#include <coil/runtime/module_object.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <algorithm>
#include <cstdint>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace coil::vm {
namespace lookup_detail {

// Every module of CPython 3.12's standard library (sys.stdlib_module_names), sorted.
#include <coil/vm/impl/stdlib_module_names.inc>

inline bool is_stdlib_module(std::string_view name) {
  return std::binary_search(std::begin(stdlib_module_names), std::end(stdlib_module_names), name);
}

// CPython's rule for a near miss, from its behaviour: an edit distance over the UTF-8 bytes of the
// names where adding, dropping or replacing a byte costs 2 and a replacement that only changes the
// case of an ASCII letter costs 1; names are compared after their common prefix and suffix are
// set aside, and what is left of either may have at most 40 bytes.
constexpr std::size_t edit_cost = 2;
constexpr std::size_t case_cost = 1;
constexpr std::size_t longest_compared = 40;
constexpr std::size_t most_candidates = 750;  // a namespace with more names than this: no suggestion

inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// The distance between a and b, or anything above `limit` once it is certain to exceed it.
inline std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return edit_cost * (a.size() + b.size());
  if (a.size() > longest_compared || b.size() > longest_compared) return limit + 1;
  if (a.size() > b.size()) std::swap(a, b);
  if ((b.size() - a.size()) * edit_cost > limit) return limit + 1;
  // row[i]: the distance between a[0, i) and the part of b seen so far.
  std::size_t row[longest_compared + 1];
  for (std::size_t i = 0; i <= a.size(); ++i) row[i] = i * edit_cost;
  for (std::size_t j = 0; j < b.size(); ++j) {
    std::size_t diagonal = row[0];
    row[0] = (j + 1) * edit_cost;
    std::size_t smallest = row[0];
    for (std::size_t i = 0; i < a.size(); ++i) {
      const std::size_t replace =
          diagonal + (a[i] == b[j] ? 0 : ascii_lower(a[i]) == ascii_lower(b[j]) ? case_cost : edit_cost);
      diagonal = row[i + 1];
      row[i + 1] = std::min({replace, row[i] + edit_cost, row[i + 1] + edit_cost});
      smallest = std::min(smallest, row[i + 1]);
    }
    if (smallest > limit) return limit + 1;
  }
  return row[a.size()];
}

// The candidate closest to `wrong` (the first of the closest, in order), or "" when none is near
// enough: at most about a third of the bytes of both names may change.
inline std::string_view closest_name(std::string_view wrong, const std::vector<std::string_view>& candidates) {
  if (candidates.size() > most_candidates) return {};
  std::string_view best;
  std::size_t best_distance = SIZE_MAX;
  for (std::string_view candidate : candidates) {
    if (candidate == wrong) continue;
    if (best_distance == 0) break;
    const std::size_t limit = std::min((candidate.size() + wrong.size() + 3) * edit_cost / 6, best_distance - 1);
    const std::size_t distance = edit_distance(wrong, candidate, limit);
    if (distance > limit) continue;
    if (best.empty() || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

inline std::string_view view_of(value v) { return static_cast<runtime::str_object*>(v.as_object())->view(); }
inline bool is_str(value v) { return v.is_object() && v.as_object()->type == &runtime::str_type; }

}  // namespace lookup_detail

COIL_DECL value interpreter::raise_name_error(const frame* f, std::string_view name) {
  raise_error(exception_type(exception_kind::name_error), "name '" + std::string(name) + "' is not defined");
  auto* e = static_cast<runtime::exception_object*>(pending_.as_object());
  // The hint looks at the function's local variable names (bound or not, parameters included, not
  // its closure's), and first at `self` when it is bound. The script body's locals are the globals.
  value code = value::none();
  value self = value::unbound();
  if (f != nullptr && f->code != nullptr && !has(f->code->flags, code_flags::module)) {
    code = value::from_object(const_cast<code_object*>(f->code));
    const value* registers = const_cast<frame*>(f)->registers();
    for (std::size_t i = 0; i < f->code->local_names.size() && i < f->code->register_count; ++i)
      if (f->code->local_names[i] == "self") self = registers[i];
  }
  value parts[3] = {make_str(name), code, self};
  e->lookup = make_tuple(std::span<const value>(parts, self.is_unbound() ? 2 : 3));
  return value::raised();
}

COIL_DECL value interpreter::raise_attribute_error(value object, value name, std::string_view message) {
  raise_error(exception_type(exception_kind::attribute_error), message);
  auto* e = static_cast<runtime::exception_object*>(pending_.as_object());
  value parts[2] = {name, object};
  e->lookup = make_tuple(parts);
  return value::raised();
}

COIL_DECL std::string interpreter::lookup_error_hint(value exception) {
  using namespace lookup_detail;
  runtime::type_object* type = type_of(exception);
  if (!runtime::is_subtype(type, exception_type(exception_kind::base_exception))) return {};
  const value lookup = static_cast<runtime::exception_object*>(exception.as_object())->lookup;
  if (!lookup.is_object() || lookup.as_object()->type != &runtime::tuple_type) return {};
  const auto parts = static_cast<runtime::tuple_object*>(lookup.as_object())->span();
  if (parts.size() < 2 || !is_str(parts[0])) return {};
  const std::string_view wrong = view_of(parts[0]);
  const bool is_name_error = runtime::is_subtype(type, exception_type(exception_kind::name_error));
  std::vector<std::string_view> candidates;
  std::string suggestion;
  if (is_name_error) {
    // CPython looks in turn at self's attributes, the locals, the globals and the builtins, and
    // takes the first namespace with a near miss.
    if (parts.size() == 3) {
      auto guard = root(exception);
      value found = get_attribute(parts[2], parts[0]);
      if (found.is_raised()) {
        take_pending_exception();
      } else if (!found.is_unbound()) {
        suggestion = "self." + std::string(wrong);
      }
    }
    if (suggestion.empty() && parts[1].is_object() && parts[1].as_object()->type == &runtime::code_type) {
      for (const std::string& local : static_cast<const code_object*>(parts[1].as_object())->local_names) candidates.push_back(local);
      suggestion = std::string(closest_name(wrong, candidates));
    }
    if (suggestion.empty()) {
      static constexpr std::string_view module_names[] = {"__name__", "__doc__", "__package__", "__loader__", "__spec__",
                                                          "__annotations__", "__builtins__", "__file__", "__cached__"};
      candidates.assign(std::begin(module_names), std::end(module_names));
      for (std::size_t slot = 0; slot < globals_.size() && slot < program_.global_names.size(); ++slot)
        if (!globals_[slot].is_unbound()) candidates.push_back(program_.global_names[slot]);
      suggestion = std::string(closest_name(wrong, candidates));
    }
    if (suggestion.empty()) {
      // The builtins in CPython's order: functions, the constants, types and exceptions.
      candidates.clear();
      const auto& builtins = runtime::builtins();
      for (const runtime::builtin_entry& entry : builtins)
        if (entry.object.is_object() && entry.object.as_object()->type == &runtime::builtin_function_type) candidates.push_back(entry.name);
      static constexpr std::string_view constants[] = {"None", "Ellipsis", "NotImplemented", "False", "True"};
      candidates.insert(candidates.end(), std::begin(constants), std::end(constants));
      for (const runtime::builtin_entry& entry : builtins)
        if (entry.object.is_object() && entry.object.as_object()->type != &runtime::builtin_function_type) candidates.push_back(entry.name);
      suggestion = std::string(closest_name(wrong, candidates));
    }
  } else {
    // dir() of the object, which is sorted: a module's names, or a type's methods.
    const value object = parts[1];
    if (type_of(object) == &runtime::module_type) {
      auto* attributes = runtime::dict_detail::as_dict(static_cast<runtime::module_object*>(object.as_object())->attributes);
      for (std::size_t i = 0; i < attributes->table.end_index(); ++i)
        if (attributes->table.is_live(i) && is_str(attributes->table.entry(i).key))
          candidates.push_back(view_of(attributes->table.entry(i).key));
    } else {
      const runtime::type_object* owner = type_of(object) == &runtime::type_type
                                              ? static_cast<runtime::type_object*>(object.as_object())
                                              : type_of(object);
      for (const runtime::type_object* t = owner; t != nullptr; t = t->base)
        for (const runtime::native_function_object* method : t->methods) candidates.push_back(method->name);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    suggestion = std::string(closest_name(wrong, candidates));
  }
  std::string hint;
  if (!suggestion.empty()) hint = ". Did you mean: '" + suggestion + "'?";
  if (is_name_error && is_stdlib_module(wrong))
    hint += (hint.empty() ? ". Did you forget to import '" : " Or did you forget to import '") + std::string(wrong) + "'?";
  return hint;
}

}  // namespace coil::vm
