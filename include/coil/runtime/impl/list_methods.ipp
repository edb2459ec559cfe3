// The methods of `list`: append, extend, insert, pop, remove, index, count, clear, copy, reverse
// and sort (stable, with key and reverse). Sorting is CPython's timsort (sorting.ipp), not
// std::sort: the comparisons run Python code that may fail or be inconsistent, and which
// comparisons happen in which order is observable.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/impl/immutable_sequence_methods.ipp>
#include <coil/runtime/impl/numeric_types.ipp>
#include <coil/runtime/impl/sequence_types.ipp>
#include <coil/runtime/impl/sorting.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <string>
#include <vector>

namespace coil::runtime {
namespace list_detail {

inline list_object* self_list(const call_arguments& args) { return static_cast<list_object*>(args.positional[0].as_object()); }

// Checks a method's arity: self plus between `least` and `most` positional arguments, no keywords.
inline bool arity(interpreter& in, const call_arguments& args, std::string_view name, std::size_t least, std::size_t most) {
  const std::size_t given = args.positional.size() - 1;
  if (!args.keyword_values.empty()) {
    in.raise_type_error(std::string("list.") + std::string(name) + "() takes no keyword arguments");
    return false;
  }
  if (given >= least && given <= most) return true;
  if (least == most && least == 0)
    in.raise_type_error(std::string("list.") + std::string(name) + "() takes no arguments (" + std::to_string(given) + " given)");
  else if (least == most && least == 1)
    in.raise_type_error(std::string("list.") + std::string(name) + "() takes exactly one argument (" + std::to_string(given) + " given)");
  else if (given < least)
    in.raise_type_error(std::string(name) + " expected at least " + std::to_string(least) + " argument" + (least == 1 ? "" : "s") +
                        ", got " + std::to_string(given));
  else
    in.raise_type_error(std::string(name) + " expected at most " + std::to_string(most) + " argument" + (most == 1 ? "" : "s") +
                        ", got " + std::to_string(given));
  return false;
}

inline std::optional<std::int64_t> index_argument(interpreter& in, value v) {
  if (v.is_small_int()) return v.as_small_int();
  if (v.is_bool()) return v.is_true() ? 1 : 0;
  if (numeric_detail::is_int_like(v)) {
    // Beyond the small-int range: positions are C ssize_t values in CPython.
    if (auto wide = numeric_detail::to_int64(v)) return *wide;
    in.raise_error(exception_type(exception_kind::overflow_error), "Python int too large to convert to C ssize_t");
    return std::nullopt;
  }
  in.raise_type_error("'" + std::string(in.type_of(v)->name) + "' object cannot be interpreted as an integer");
  return std::nullopt;
}

inline value append(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "append", 1, 1)) return value::raised();
  self_list(args)->items.push_back(args.positional[1]);
  return value::none();
}

inline value extend(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "extend", 1, 1)) return value::raised();
  value r = sequence_detail::list_in_place_add(in, args.positional[0], args.positional[1]);
  return r.is_raised() ? r : value::none();
}

inline value insert(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "insert", 2, 2)) return value::raised();
  auto index = index_argument(in, args.positional[1]);
  if (!index) return value::raised();
  auto& items = self_list(args)->items;
  const auto size = static_cast<std::int64_t>(items.size());
  std::int64_t i = *index < 0 ? std::max<std::int64_t>(0, *index + size) : std::min(*index, size);
  items.insert(items.begin() + i, args.positional[2]);
  return value::none();
}

inline value pop(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "pop", 0, 1)) return value::raised();
  auto& items = self_list(args)->items;
  std::int64_t i = -1;
  if (args.positional.size() == 2) {
    auto index = index_argument(in, args.positional[1]);
    if (!index) return value::raised();
    i = *index;
  }
  if (items.empty()) return in.raise_error(exception_type(exception_kind::index_error), "pop from empty list");
  if (i < 0) i += static_cast<std::int64_t>(items.size());
  if (i < 0 || i >= static_cast<std::int64_t>(items.size()))
    return in.raise_error(exception_type(exception_kind::index_error), "pop index out of range");
  value item = items[static_cast<std::size_t>(i)];
  items.erase(items.begin() + i);
  return item;
}

// The first index of an item equal to `item` in [start, stop), or -1; nullopt when raised.
inline std::optional<std::int64_t> find(interpreter& in, list_object* list, value item, std::int64_t start, std::int64_t stop) {
  for (std::int64_t i = start; i < stop && i < static_cast<std::int64_t>(list->items.size()); ++i) {
    auto equal = in.equals(list->items[static_cast<std::size_t>(i)], item);
    if (!equal) return std::nullopt;
    if (*equal) return i;
  }
  return -1;
}

inline value remove(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "remove", 1, 1)) return value::raised();
  auto* list = self_list(args);
  auto at = find(in, list, args.positional[1], 0, INT64_MAX);
  if (!at) return value::raised();
  if (*at < 0) return in.raise_value_error("list.remove(x): x not in list");
  list->items.erase(list->items.begin() + *at);
  return value::none();
}

inline value index(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "index", 1, 3)) return value::raised();
  auto* list = self_list(args);
  const auto size = static_cast<std::int64_t>(list->items.size());
  std::int64_t bounds[2] = {0, size};
  for (std::size_t k = 2; k < args.positional.size(); ++k) {
    auto bound = immutable_sequence_detail::slice_bound(in, args.positional[k], size);
    if (!bound) return value::raised();
    bounds[k - 2] = *bound;
  }
  auto at = find(in, list, args.positional[1], bounds[0], bounds[1]);
  if (!at) return value::raised();
  if (*at < 0) {
    value r = in.repr(args.positional[1]);
    if (r.is_raised()) return r;
    return in.raise_value_error(std::string(static_cast<str_object*>(r.as_object())->view()) + " is not in list");
  }
  return in.make_int(*at);
}

inline value count(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "count", 1, 1)) return value::raised();
  auto* list = self_list(args);
  std::int64_t n = 0;
  for (std::size_t i = 0; i < list->items.size(); ++i) {
    auto equal = in.equals(list->items[i], args.positional[1]);
    if (!equal) return value::raised();
    if (*equal) ++n;
  }
  return in.make_int(n);
}

inline value clear(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "clear", 0, 0)) return value::raised();
  self_list(args)->items.clear();
  return value::none();
}

inline value copy(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "copy", 0, 0)) return value::raised();
  auto* out = in.new_list();
  out->items.assign(self_list(args)->items.begin(), self_list(args)->items.end());
  return value::from_object(out);
}

inline value reverse(interpreter& in, const call_arguments& args) {
  if (!arity(in, args, "reverse", 0, 0)) return value::raised();
  auto& items = self_list(args)->items;
  std::reverse(items.begin(), items.end());
  return value::none();
}

inline value sort(interpreter& in, const call_arguments& args) {
  if (args.positional.size() != 1) return in.raise_type_error("sort() takes no positional arguments");
  value key = value::none();
  bool descending = false;
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i) {
    auto name = static_cast<str_object*>(args.keyword_names[i].as_object())->view();
    if (name == "key") {
      key = args.keyword_values[i];
    } else if (name == "reverse") {
      auto truth = in.truthy(args.keyword_values[i]);
      if (!truth) return value::raised();
      descending = *truth;
    } else {
      return in.raise_type_error("'" + std::string(name) + "' is an invalid keyword argument for sort()");
    }
  }
  return sort_list(in, self_list(args), key, descending) ? value::none() : value::raised();
}

}  // namespace list_detail

inline std::span<native_function_object* const> list_methods() {
  using namespace list_detail;
  static const auto methods = make_methods("list", {
                                                       {"append", append},
                                                       {"extend", extend},
                                                       {"insert", insert},
                                                       {"pop", pop},
                                                       {"remove", remove},
                                                       {"index", index},
                                                       {"count", count},
                                                       {"clear", clear},
                                                       {"copy", copy},
                                                       {"reverse", reverse},
                                                       {"sort", sort},
                                                   },
                                           &list_type);
  return methods;
}

}  // namespace coil::runtime
