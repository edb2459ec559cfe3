// The lazy iterator builtins: enumerate, zip (with strict=), map and filter. Each is an object
// holding the underlying iterators; its `next` slot pulls from them, so nothing is materialised.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/impl/callable_types.ipp>
#include <coil/runtime/impl/sequence_types.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <string>

namespace coil::runtime {

// enumerate, zip, map and filter share one layout: a function (map, filter) or a counter
// (enumerate) plus a tuple of iterators.
struct lazy_iterator_object : vm::object {
  static constexpr const char* layout_name = "lazy_iterator";
  value function = value::none();   // map/filter: the callable (filter: None means truthiness)
  value iterators = value::none();  // a tuple of iterators
  std::int64_t count = 0;           // enumerate: the next index
  bool strict = false;              // zip(strict=True)
  bool done = false;
  void trace(vm::tracer& t) {
    t.visit(function);
    t.visit(iterators);
  }
};

namespace iterator_detail {

inline lazy_iterator_object* as_lazy(value v) { return static_cast<lazy_iterator_object*>(v.as_object()); }
inline std::span<const value> iterators_of(value self) {
  return static_cast<tuple_object*>(as_lazy(self)->iterators.as_object())->span();
}

// A lazy iterator of `type` over iter(x) for each x in `iterables`; raised on error.
inline value make_lazy(interpreter& in, type_object* type, std::span<const value> iterables, value function) {
  auto* it = in.heap().make<lazy_iterator_object>(type);
  value result = value::from_object(it);
  auto root = in.root(result);
  it->function = function;
  auto* iterators = in.new_tuple(iterables.size());
  it->iterators = value::from_object(iterators);
  for (std::size_t i = 0; i < iterables.size(); ++i) {
    value iterator = in.get_iterator(iterables[i]);
    if (iterator.is_raised()) return iterator;
    iterators->items()[i] = iterator;
  }
  return result;
}

inline value enumerate_next(interpreter& in, value self) {
  auto* it = as_lazy(self);
  if (it->done) return value::unbound();
  value item = in.next(iterators_of(self)[0]);
  if (item.is_raised()) return item;
  if (item.is_unbound()) {
    it->done = true;
    return item;
  }
  value pair[2] = {in.make_int(it->count++), item};
  return in.make_tuple(pair);
}

inline value zip_next(interpreter& in, value self) {
  auto* it = as_lazy(self);
  auto iterators = iterators_of(self);
  if (it->done || iterators.empty()) return value::unbound();
  auto* out = in.new_tuple(iterators.size());
  value result = value::from_object(out);
  auto root = in.root(result);
  for (std::size_t i = 0; i < iterators.size(); ++i) {
    value item = in.next(iterators[i]);
    if (item.is_raised()) return item;
    if (item.is_unbound()) {
      it->done = true;
      if (!it->strict) return item;
      // zip(strict=True): every other iterator must end here too.
      if (i > 0) {
        return in.raise_value_error("zip() argument " + std::to_string(i + 1) + " is shorter than argument" +
                                    (i == 1 ? " 1" : "s 1-" + std::to_string(i)));
      }
      for (std::size_t j = 1; j < iterators.size(); ++j) {
        value extra = in.next(iterators[j]);
        if (extra.is_raised()) return extra;
        if (!extra.is_unbound())
          return in.raise_value_error("zip() argument " + std::to_string(j + 1) + " is longer than argument" +
                                      (j == 1 ? " 1" : "s 1-" + std::to_string(j)));
      }
      return value::unbound();
    }
    out->items()[i] = item;
  }
  return result;
}

inline value map_next(interpreter& in, value self) {
  auto* it = as_lazy(self);
  auto iterators = iterators_of(self);
  if (it->done) return value::unbound();
  std::vector<value> arguments;
  arguments.reserve(iterators.size());
  for (value iterator : iterators) {
    value item = in.next(iterator);
    if (item.is_raised()) return item;
    if (item.is_unbound()) {
      it->done = true;
      return item;
    }
    arguments.push_back(item);
  }
  // The arguments sit in a C++ vector while the function runs: keep them reachable.
  auto* rooted = in.new_list();
  rooted->items.assign(arguments.begin(), arguments.end());
  auto root = in.root(value::from_object(rooted));
  return in.call(it->function, std::span<const value>(arguments));
}

inline value filter_next(interpreter& in, value self) {
  auto* it = as_lazy(self);
  if (it->done) return value::unbound();
  for (;;) {
    value item = in.next(iterators_of(self)[0]);
    if (item.is_raised()) return item;
    if (item.is_unbound()) {
      it->done = true;
      return item;
    }
    value verdict = item;
    if (!it->function.is_none()) {
      auto root = in.root(item);
      verdict = in.call(it->function, std::span<const value>(&item, 1));
      if (verdict.is_raised()) return verdict;
    }
    auto truth = in.truthy(verdict);
    if (!truth) return value::raised();
    if (*truth) return item;
  }
}

inline value construct_enumerate(interpreter& in, type_object* type, const call_arguments& args) {
  value start = value::from_small_int(0);
  std::vector<value> positional(args.positional.begin(), args.positional.end());
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i) {
    auto name = static_cast<str_object*>(args.keyword_names[i].as_object())->view();
    if (name == "start") start = args.keyword_values[i];
    else if (name == "iterable") positional.insert(positional.begin(), args.keyword_values[i]);
    else return in.raise_type_error("'" + std::string(name) + "' is an invalid keyword argument for enumerate()");
  }
  if (positional.empty()) return in.raise_type_error("enumerate() missing required argument 'iterable'");
  if (positional.size() > 2) return in.raise_type_error("enumerate() takes at most 2 arguments (" + std::to_string(positional.size()) + " given)");
  if (positional.size() == 2) start = positional[1];
  if (!start.is_small_int() && !start.is_bool())
    return in.raise_type_error("'" + std::string(in.type_of(start)->name) + "' object cannot be interpreted as an integer");
  value result = make_lazy(in, type, std::span<const value>(positional.data(), 1), value::none());
  if (result.is_raised()) return result;
  as_lazy(result)->count = start.is_bool() ? (start.is_true() ? 1 : 0) : start.as_small_int();
  return result;
}

inline value construct_zip(interpreter& in, type_object* type, const call_arguments& args) {
  bool strict = false;
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i) {
    auto name = static_cast<str_object*>(args.keyword_names[i].as_object())->view();
    if (name != "strict") return in.raise_type_error("'" + std::string(name) + "' is an invalid keyword argument for zip()");
    auto truth = in.truthy(args.keyword_values[i]);
    if (!truth) return value::raised();
    strict = *truth;
  }
  value result = make_lazy(in, type, args.positional, value::none());
  if (result.is_raised()) return result;
  as_lazy(result)->strict = strict;
  return result;
}

inline value construct_map(interpreter& in, type_object* type, const call_arguments& args) {
  if (!args.keyword_values.empty()) return in.raise_type_error("map() takes no keyword arguments");
  if (args.positional.size() < 2) return in.raise_type_error("map() must have at least two arguments.");
  return make_lazy(in, type, args.positional.subspan(1), args.positional[0]);
}

inline value construct_filter(interpreter& in, type_object* type, const call_arguments& args) {
  if (!args.keyword_values.empty()) return in.raise_type_error("filter() takes no keyword arguments");
  if (args.positional.size() != 2) return in.raise_type_error("filter expected 2 arguments, got " + std::to_string(args.positional.size()));
  return make_lazy(in, type, args.positional.subspan(1), args.positional[0]);
}

inline value lazy_repr(interpreter& in, value self) {
  return in.make_str("<" + std::string(in.type_of(self)->name) + " object at " + callable_detail::address_of(self) + ">");
}

inline type_object make_lazy_type(std::string_view name, value (*next)(interpreter&, value),
                                  value (*construct)(interpreter&, type_object*, const call_arguments&)) {
  type_object t;
  t.type = &type_type;
  t.name = name;
  t.layout = &vm::layout_of<lazy_iterator_object>;
  t.base = &object_type;
  t.repr = lazy_repr;
  t.iter = sequence_detail::iterator_self;
  t.next = next;
  t.construct = construct;
  return t;
}

}  // namespace iterator_detail

}  // namespace coil::runtime
