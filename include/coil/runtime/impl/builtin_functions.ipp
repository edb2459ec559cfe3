// The builtin functions listed in runtime/builtin_functions.def, and the builtins namespace
// (functions and types by name) the interpreter consults when a global name is unbound.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/impl/generator_type.ipp>
#include <coil/runtime/impl/async_generator_type.ipp>
#include <coil/runtime/impl/list_methods.ipp>
#include <coil/runtime/impl/numeric_types.ipp>
#include <coil/runtime/impl/number_builtins.ipp>
#include <coil/runtime/impl/iterator_builtins.ipp>
#include <coil/runtime/impl/object_format.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/runtime/stream_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/native_safe_points.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>
#include <unordered_map>
#include <vector>

namespace coil::runtime {
namespace builtin_detail {

using namespace number_builtin_detail;

inline std::string_view view_of(value v) { return static_cast<str_object*>(v.as_object())->view(); }

// CPython's arity messages for functions that take a fixed number of positional arguments.
inline bool check_arity(interpreter& in, const call_arguments& args, std::string_view name, std::size_t count) {
  if (!args.keyword_values.empty()) {
    in.raise_type_error(std::string(name) + "() takes no keyword arguments");
    return false;
  }
  if (args.positional.size() == count) return true;
  if (count == 1)
    in.raise_type_error(std::string(name) + "() takes exactly one argument (" + std::to_string(args.positional.size()) + " given)");
  else
    in.raise_type_error(std::string(name) + " expected " + std::to_string(count) + " arguments, got " +
                        std::to_string(args.positional.size()));
  return false;
}

inline value builtin_len(interpreter& in, const call_arguments& args) {
  if (!check_arity(in, args, "len", 1)) return value::raised();
  value v = args.positional[0];
  auto* type = in.type_of(v);
  if (type->length == nullptr) return in.raise_type_error("object of type '" + std::string(type->name) + "' has no len()");
  return type->length(in, v);
}

inline value builtin_repr(interpreter& in, const call_arguments& args) {
  if (!check_arity(in, args, "repr", 1)) return value::raised();
  return in.repr(args.positional[0]);
}

inline value builtin_ascii(interpreter& in, const call_arguments& args) {
  if (!check_arity(in, args, "ascii", 1)) return value::raised();
  return format_detail::ascii_of(in, args.positional[0]);
}

// format(value, format_spec='', /)
inline value builtin_format(interpreter& in, const call_arguments& args) {
  if (!args.keyword_values.empty()) return in.raise_type_error("format() takes no keyword arguments");
  if (args.positional.empty()) return in.raise_type_error("format expected at least 1 argument, got 0");
  if (args.positional.size() > 2)
    return in.raise_type_error("format expected at most 2 arguments, got " + std::to_string(args.positional.size()));
  std::string_view spec;
  if (args.positional.size() == 2) {
    value s = args.positional[1];
    if (!format_detail::is_str(s))
      return in.raise_type_error("format() argument 2 must be str, not " + std::string(s.is_none() ? "None" : in.type_of(s)->name));
    spec = view_of(s);
  }
  return format_object(in, args.positional[0], spec);
}

// reversed(seq): the items collected back to front into a list that a plain iterator walks.
// Reversing a view taken now (not lazily) differs from CPython only when the sequence is mutated
// during the iteration.
inline value builtin_reversed(interpreter& in, const call_arguments& args) {
  if (!check_arity(in, args, "reversed", 1)) return value::raised();
  value sequence = args.positional[0];
  auto* type = in.type_of(sequence);
  if (type == &range_type) return range_detail::range_reversed(in, sequence);  // lazy, as CPython's
  const bool is_dict_view = type >= &dict_view_types[0] && type <= &dict_view_types[2];
  if (type->length == nullptr || (type->get_item == nullptr && type != &dict_type && !is_dict_view))
    return in.raise_type_error("'" + std::string(type->name) + "' object is not reversible");
  auto* items = in.new_list();
  value result = value::from_object(items);
  auto root = in.root(result);
  if (!sequence_detail::extend_from(in, items, sequence)) return value::raised();
  std::reverse(items->items.begin(), items->items.end());
  return in.get_iterator(result);
}

inline value builtin_getattr(interpreter& in, const call_arguments& args) {
  if (!args.keyword_values.empty()) return in.raise_type_error("getattr() takes no keyword arguments");
  if (args.positional.size() < 2 || args.positional.size() > 3)
    return in.raise_type_error("getattr expected at least 2 arguments, got " + std::to_string(args.positional.size()));
  if (in.type_of(args.positional[1]) != &str_type)
    return in.raise_type_error("attribute name must be string, not '" + std::string(in.type_of(args.positional[1])->name) + "'");
  value r = in.get_attribute(args.positional[0], args.positional[1]);
  if (r.is_raised() && args.positional.size() == 3 &&
      is_subtype(in.type_of(in.pending_exception()), exception_type(exception_kind::attribute_error))) {
    in.take_pending_exception();
    return args.positional[2];
  }
  return r;
}

inline value builtin_hasattr(interpreter& in, const call_arguments& args) {
  if (!check_arity(in, args, "hasattr", 2)) return value::raised();
  if (in.type_of(args.positional[1]) != &str_type)
    return in.raise_type_error("attribute name must be string, not '" + std::string(in.type_of(args.positional[1])->name) + "'");
  value r = in.get_attribute(args.positional[0], args.positional[1]);
  if (r.is_raised()) {
    if (!is_subtype(in.type_of(in.pending_exception()), exception_type(exception_kind::attribute_error))) return r;
    in.take_pending_exception();
    return value::from_bool(false);
  }
  return value::from_bool(true);
}

inline value builtin_hash(interpreter& in, const call_arguments& args) {
  if (!check_arity(in, args, "hash", 1)) return value::raised();
  auto h = in.hash(args.positional[0]);
  if (!h) return value::raised();
  return in.make_int(*h);
}

inline value builtin_id(interpreter& in, const call_arguments& args) {
  if (!check_arity(in, args, "id", 1)) return value::raised();
  return in.make_int(static_cast<std::int64_t>((args.positional[0].raw_bits() >> 3) & ((std::uint64_t{1} << 47) - 1)));
}

inline value builtin_callable(interpreter& in, const call_arguments& args) {
  if (!check_arity(in, args, "callable", 1)) return value::raised();
  auto* type = in.type_of(args.positional[0]);
  return value::from_bool(type->call != nullptr || type == &function_type || type == &builtin_function_type || type == &method_type ||
                         type == &builtin_method_type);
}

inline value builtin_abs(interpreter& in, const call_arguments& args) {
  if (!check_arity(in, args, "abs", 1)) return value::raised();
  value v = args.positional[0];
  if (v.is_double()) return value::from_double(std::fabs(v.as_double()));
  if (numeric_detail::is_int_like(v)) {
    auto big = numeric_detail::to_big(v);
    return in.make_big_int(big.abs());
  }
  return in.raise_type_error("bad operand type for abs(): '" + std::string(in.type_of(v)->name) + "'");
}

inline value any_or_all(interpreter& in, const call_arguments& args, std::string_view name, bool want) {
  if (!check_arity(in, args, name, 1)) return value::raised();
  value iterator = in.get_iterator(args.positional[0]);
  if (iterator.is_raised()) return iterator;
  auto iterator_root = in.root(iterator);
  for (vm::safe_point_counter safe_points;;) {
    if (!safe_points.tick(in)) return value::raised();
    value item = in.next(iterator);
    if (item.is_raised()) return item;
    if (item.is_unbound()) return value::from_bool(!want);
    auto truth = in.truthy(item);
    if (!truth) return value::raised();
    if (*truth == want) return value::from_bool(want);
  }
}
inline value builtin_any(interpreter& in, const call_arguments& args) { return any_or_all(in, args, "any", true); }
inline value builtin_all(interpreter& in, const call_arguments& args) { return any_or_all(in, args, "all", false); }

inline value builtin_iter(interpreter& in, const call_arguments& args) {
  if (!check_arity(in, args, "iter", 1)) return value::raised();
  return in.get_iterator(args.positional[0]);
}

inline value builtin_aiter(interpreter& in, const call_arguments& args) {
  if (!check_arity(in, args, "aiter", 1)) return value::raised();
  return async_iterator_of(in, args.positional[0], false);
}

inline value builtin_anext(interpreter& in, const call_arguments& args) {
  if (!args.keyword_values.empty()) return in.raise_type_error("anext() takes no keyword arguments");
  if (args.positional.empty()) return in.raise_type_error("anext expected at least 1 argument, got 0");
  if (args.positional.size() > 2)
    return in.raise_type_error("anext expected at most 2 arguments, got " + std::to_string(args.positional.size()));
  return async_next_of(in, args.positional[0], args.positional.size() == 2 ? args.positional[1] : value::unbound(), false);
}

inline value builtin_next(interpreter& in, const call_arguments& args) {
  if (!args.keyword_values.empty()) return in.raise_type_error("next() takes no keyword arguments");
  if (args.positional.empty()) return in.raise_type_error("next expected at least 1 argument, got 0");
  if (args.positional.size() > 2)
    return in.raise_type_error("next expected at most 2 arguments, got " + std::to_string(args.positional.size()));
  value iterator = args.positional[0];
  auto* type = in.type_of(iterator);
  if (type->next == nullptr) return in.raise_type_error("'" + std::string(type->name) + "' object is not an iterator");
  if (type == &generator_type) {
    // A finished generator's return value travels in the StopIteration (e.value).
    bool yielded = false;
    auto root = in.root(iterator);
    value r = in.resume_generator(generator_detail::as_generator(iterator), value::none(), false, yielded);
    if (r.is_raised() || yielded) return r;
    if (args.positional.size() == 2) return args.positional[1];
    return generator_detail::stop_iteration(in, r);
  }
  value item = in.next(iterator);
  if (item.is_unbound()) {
    if (args.positional.size() == 2) return args.positional[1];
    return in.raise_error(exception_type(exception_kind::stop_iteration), "");
  }
  return item;
}

// Whether `type` is a subclass of `classes`: a class or a tuple of them, nested to any depth (as
// CPython allows), tried in order. 1 yes, 0 no, -1 an item is not a class, -2 nested too deeply
// (CPython's C recursion budget runs out after about 1500 levels at module level).
inline int subclass_test(interpreter& in, type_object* type, value classes, std::size_t depth = 0) {
  if (in.type_of(classes) == &type_type) return is_subtype(type, static_cast<type_object*>(classes.as_object())) ? 1 : 0;
  if (in.type_of(classes) != &tuple_type) return -1;
  if (depth >= 1498) return -2;
  for (value cls : static_cast<tuple_object*>(classes.as_object())->span()) {
    const int r = subclass_test(in, type, cls, depth + 1);
    if (r != 0) return r;
  }
  return 0;
}

inline value builtin_isinstance(interpreter& in, const call_arguments& args) {
  if (!check_arity(in, args, "isinstance", 2)) return value::raised();
  const int r = subclass_test(in, in.type_of(args.positional[0]), args.positional[1]);
  if (r == -1) return in.raise_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
  if (r == -2) return in.raise_error(exception_type(exception_kind::recursion_error), "maximum recursion depth exceeded in __instancecheck__");
  return value::from_bool(r == 1);
}

inline value builtin_issubclass(interpreter& in, const call_arguments& args) {
  if (!check_arity(in, args, "issubclass", 2)) return value::raised();
  if (in.type_of(args.positional[0]) != &type_type) return in.raise_type_error("issubclass() arg 1 must be a class");
  const int r = subclass_test(in, static_cast<type_object*>(args.positional[0].as_object()), args.positional[1]);
  if (r == -1) return in.raise_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  if (r == -2) return in.raise_error(exception_type(exception_kind::recursion_error), "maximum recursion depth exceeded in __subclasscheck__");
  return value::from_bool(r == 1);
}

inline value builtin_ord(interpreter& in, const call_arguments& args) {
  if (!check_arity(in, args, "ord", 1)) return value::raised();
  value v = args.positional[0];
  if (in.type_of(v) != &str_type)
    return in.raise_type_error("ord() expected string of length 1, but " + std::string(in.type_of(v)->name) + " found");
  auto* s = static_cast<str_object*>(v.as_object());
  if (s->length != 1)
    return in.raise_type_error("ord() expected a character, but string of length " + std::to_string(s->length) + " found");
  auto bytes = s->view();
  auto lead = static_cast<unsigned char>(bytes[0]);
  char32_t c = lead;
  if (lead >= 0xF0) c = lead & 0x07;
  else if (lead >= 0xE0) c = lead & 0x0F;
  else if (lead >= 0xC0) c = lead & 0x1F;
  for (std::size_t i = 1; i < bytes.size(); ++i) c = (c << 6) | (static_cast<unsigned char>(bytes[i]) & 0x3F);
  return in.make_int(static_cast<std::int64_t>(c));
}

inline value builtin_chr(interpreter& in, const call_arguments& args) {
  if (!check_arity(in, args, "chr", 1)) return value::raised();
  value v = args.positional[0];
  if (!v.is_small_int() && !v.is_bool()) {
    if (numeric_detail::is_int_like(v)) return in.raise_error(exception_type(exception_kind::overflow_error), "Python int too large to convert to C int");
    return in.raise_type_error("'" + std::string(in.type_of(v)->name) + "' object cannot be interpreted as an integer");
  }
  std::int64_t c = v.is_bool() ? (v.is_true() ? 1 : 0) : v.as_small_int();
  // CPython converts to a C int first: beyond 32 bits the error is an OverflowError.
  if (c < INT32_MIN || c > INT32_MAX) return in.raise_error(exception_type(exception_kind::overflow_error), "Python int too large to convert to C int");
  if (c < 0 || c > 0x10FFFF) return in.raise_value_error("chr() arg not in range(0x110000)");
  std::string out;
  auto code = static_cast<std::uint32_t>(c);
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
  return in.make_str(out);
}

inline value builtin_sorted(interpreter& in, const call_arguments& args) {
  if (args.positional.size() != 1)
    return in.raise_type_error("sorted expected 1 argument, got " + std::to_string(args.positional.size()));
  auto* out = in.new_list();
  value result = value::from_object(out);
  auto root = in.root(result);
  if (!sequence_detail::extend_from(in, out, args.positional[0])) return value::raised();
  value self = result;
  std::vector<value> positional{self};
  value r = list_detail::sort(in, call_arguments{positional, args.keyword_values, args.keyword_names});
  return r.is_raised() ? r : result;
}

inline value builtin_sum(interpreter& in, const call_arguments& args) {
  value start = in.make_int(0);
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i) {
    if (view_of(args.keyword_names[i]) != "start")
      return in.raise_type_error("'" + std::string(view_of(args.keyword_names[i])) + "' is an invalid keyword argument for sum()");
    start = args.keyword_values[i];
  }
  if (args.positional.empty() || args.positional.size() > 2)
    return in.raise_type_error("sum() takes at least 1 positional argument (" + std::to_string(args.positional.size()) + " given)");
  if (args.positional.size() == 2) start = args.positional[1];
  if (in.type_of(start) == &str_type) return in.raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
  value iterator = in.get_iterator(args.positional[0]);
  if (iterator.is_raised()) return iterator;
  auto iterator_root = in.root(iterator);
  const auto add = static_cast<std::size_t>(syntax::binary_operator::add);
  value total = start;
  // CPython's three phases, whose order shows in float results: ints while they fit in 64 bits,
  // then floats with Neumaier's compensated summation (3.12; ints that fit are added to the
  // float uncompensated), then plain + for whatever is left.
  // A native loop: every few thousand items it checks the limits (and may collect; the iterator
  // and the running total are rooted).
  vm::safe_point_counter safe_points;
  if (total.is_small_int() || (total.is_object() && total.as_object()->type == &int_type)) {
    if (auto exact = numeric_detail::to_int64(total)) {
      std::int64_t sum = *exact;
      for (;;) {
        if (!safe_points.tick(in)) return value::raised();
        value item = in.next(iterator);
        if (item.is_raised()) return item;
        if (item.is_unbound()) return in.make_int(sum);
        std::int64_t next_sum = 0;
        if (numeric_detail::is_int_like(item))
          if (auto n = numeric_detail::to_int64(item); n && !__builtin_add_overflow(sum, *n, &next_sum)) {
            sum = next_sum;
            continue;
          }
        total = in.binary(add, in.make_int(sum), item);
        if (total.is_raised()) return total;
        break;
      }
    }
  }
  if (total.is_double()) {
    double sum = total.as_double(), compensation = 0.0;
    for (;;) {
      if (!safe_points.tick(in)) return value::raised();
      value item = in.next(iterator);
      if (item.is_raised()) return item;
      // The compensation is left out when zero (keeps -0.0) or not finite (an overflowed sum stays inf).
      if (item.is_unbound()) return value::from_double(compensation != 0.0 && std::isfinite(compensation) ? sum + compensation : sum);
      if (item.is_double()) {
        const double x = item.as_double();
        const double t = sum + x;
        compensation += std::fabs(sum) >= std::fabs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
        continue;
      }
      if (numeric_detail::is_int_like(item))
        if (auto n = numeric_detail::to_int64(item)) {
          sum += static_cast<double>(*n);
          continue;
        }
      if (compensation != 0.0 && std::isfinite(compensation)) sum += compensation;
      total = in.binary(add, value::from_double(sum), item);
      if (total.is_raised()) return total;
      break;
    }
  }
  for (;;) {
    auto total_root = in.root(total);
    if (!safe_points.tick(in)) return value::raised();
    value item = in.next(iterator);
    if (item.is_raised()) return item;
    if (item.is_unbound()) return total;
    total = in.binary(add, total, item);
    if (total.is_raised()) return total;
  }
}

inline value min_or_max(interpreter& in, const call_arguments& args, std::string_view name, compare_operator better) {
  value key = value::none();
  value default_value = value::unbound();
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i) {
    auto keyword = view_of(args.keyword_names[i]);
    if (keyword == "key") key = args.keyword_values[i];
    else if (keyword == "default") default_value = args.keyword_values[i];
    else return in.raise_type_error("'" + std::string(keyword) + "' is an invalid keyword argument for " + std::string(name) + "()");
  }
  if (args.positional.empty()) return in.raise_type_error(std::string(name) + " expected at least 1 argument, got 0");
  // The best item and its key so far stay reachable while the key function and the comparisons
  // run Python code (and so, collections): they live in a rooted pair.
  tuple_object* held = in.new_tuple(2);
  auto held_root = in.root(value::from_object(held));
  value& best = held->items()[0];
  value& best_key = held->items()[1];
  best = best_key = value::unbound();
  auto consider = [&](value item) -> bool {
    value item_key = item;
    if (!key.is_none()) {
      auto item_root = in.root(item);
      item_key = in.call(key, std::span<const value>(&item, 1));
      if (item_key.is_raised()) return false;
    }
    if (best.is_unbound()) {
      best = item;
      best_key = item_key;
      return true;
    }
    auto item_root = in.root(item);
    auto item_key_root = in.root(item_key);
    value better_result = in.compare(better, item_key, best_key);
    if (better_result.is_raised()) return false;
    auto truth = in.truthy(better_result);
    if (!truth) return false;
    if (*truth) {
      best = item;
      best_key = item_key;
    }
    return true;
  };
  if (args.positional.size() == 1) {
    value iterator = in.get_iterator(args.positional[0]);
    if (iterator.is_raised()) return iterator;
    auto iterator_root = in.root(iterator);
    for (vm::safe_point_counter safe_points;;) {
      if (!safe_points.tick(in)) return value::raised();
      value item = in.next(iterator);
      if (item.is_raised()) return item;
      if (item.is_unbound()) break;
      if (!consider(item)) return value::raised();
    }
    if (best.is_unbound()) {
      if (!default_value.is_unbound()) return default_value;
      return in.raise_value_error(std::string(name) + "() iterable argument is empty");
    }
    return best;
  }
  if (!default_value.is_unbound())
    return in.raise_type_error("Cannot specify a default for " + std::string(name) + "() with multiple positional arguments");
  for (value item : args.positional)
    if (!consider(item)) return value::raised();
  return best;
}
inline value builtin_min(interpreter& in, const call_arguments& args) { return min_or_max(in, args, "min", compare_operator::less); }
inline value builtin_max(interpreter& in, const call_arguments& args) { return min_or_max(in, args, "max", compare_operator::greater); }

inline value builtin_print(interpreter& in, const call_arguments& args) {
  std::string_view separator = " ";
  std::string_view end = "\n";
  bool to_error_stream = false;
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i) {
    auto keyword = view_of(args.keyword_names[i]);
    value v = args.keyword_values[i];
    if (keyword == "sep" || keyword == "end") {
      if (!v.is_none() && in.type_of(v) != &str_type)
        return in.raise_type_error(std::string(keyword) + " must be None or a string, not " + std::string(in.type_of(v)->name));
      if (!v.is_none()) (keyword == "sep" ? separator : end) = view_of(v);
    } else if (keyword == "file") {
      // Only sys.stdout and sys.stderr exist: coil has no files to print to.
      if (!v.is_none()) {
        if (in.type_of(v) != &text_stream_type)
          return in.raise_error(exception_type(exception_kind::attribute_error),
                                "'" + std::string(in.type_of(v)->name) + "' object has no attribute 'write'");
        to_error_stream = static_cast<stream_object*>(v.as_object())->is_error;
      }
    } else if (keyword == "flush") {
      // Output is handed to the host as it is produced; there is nothing to flush.
    } else {
      return in.raise_type_error("'" + std::string(keyword) + "' is an invalid keyword argument for print()");
    }
  }
  std::string out;
  for (std::size_t i = 0; i < args.positional.size(); ++i) {
    if (i > 0) out += separator;
    value text = in.str(args.positional[i]);
    if (text.is_raised()) return text;
    out += view_of(text);
  }
  out += end;
  in.write_output(to_error_stream, out);
  return value::none();
}

// Immortal function objects for the builtins, shared by every execution.
inline native_function_object make_builtin(std::string_view name, native_function function) {
  native_function_object f;
  f.type = &builtin_function_type;
  f.name = name;
  f.function = function;
  return f;
}

}  // namespace builtin_detail

struct builtin_entry {
  std::string_view name;
  value object;
};

// The builtins namespace in a fixed order (functions, then types, then exceptions).
inline const std::vector<builtin_entry>& builtins() {
  static const std::vector<builtin_entry> entries = [] {
    static native_function_object functions[] = {
#define COIL_BUILTIN(python_name, cpp_function) builtin_detail::make_builtin(#python_name, builtin_detail::cpp_function),
#include <coil/runtime/builtin_functions.def>
    };
    std::vector<builtin_entry> out;
    for (auto& f : functions) out.push_back({f.name, value::from_object(&f)});
    for (type_object* t : {&object_type, &type_type, &bool_type, &int_type, &float_type, &str_type, &tuple_type, &list_type, &dict_type, &set_type, &frozenset_type, &range_type, &slice_type,
                           &enumerate_type, &zip_type, &map_type, &filter_type})
      out.push_back({t->name, value::from_object(t)});
    for (auto& t : exception_types)
      if (&t != exception_type(exception_kind::cancelled_error)) out.push_back({t.name, value::from_object(&t)});  // asyncio's
    out.push_back({"Ellipsis", value::ellipsis()});
    out.push_back({"NotImplemented", value::not_implemented()});
    return out;
  }();
  return entries;
}

COIL_DECL value find_builtin(std::string_view name) {
  static const std::unordered_map<std::string_view, value> by_name = [] {
    std::unordered_map<std::string_view, value> out;
    for (const builtin_entry& entry : builtins()) out.insert_or_assign(entry.name, entry.object);
    return out;
  }();
  const auto found = by_name.find(name);
  return found == by_name.end() ? value::unbound() : found->second;
}

}  // namespace coil::runtime
