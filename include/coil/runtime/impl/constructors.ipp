// What calling a builtin type does: type(x), int(x[, base]), bool(x), float(x), str(x),
// tuple(iterable), list(iterable) (range(...) is in range_type.ipp).
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/impl/range_type.ipp>
#include <coil/runtime/int_object.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/runtime/text/str_numeric.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/native_safe_points.hpp>

#include <charconv>
#include <cmath>
#include <optional>
#include <string>

namespace coil::runtime {
namespace constructor_detail {

inline value no_keywords(interpreter& in, std::string_view name, const call_arguments& args) {
  if (args.keyword_values.empty()) return value::none();
  return in.raise_type_error(std::string(name) + "() takes no keyword arguments");
}

inline value at_most(interpreter& in, std::string_view name, const call_arguments& args, std::size_t most) {
  if (args.positional.size() <= most) return value::none();
  return in.raise_type_error(std::string(name) + " expected at most " + std::to_string(most) + " argument" +
                             (most == 1 ? "" : "s") + ", got " + std::to_string(args.positional.size()));
}

// Collects an iterable into the list `out`; false when raised. The list and the iterator stay
// rooted: next() may run Python code, and the loop checks the limits every few thousand items,
// so collections happen while it runs.
inline bool collect(interpreter& in, value iterable, list_object* out) {
  // A range knows its length: one too long for memory fails at once, as in CPython.
  if (in.type_of(iterable) == &range_type) {
    const std::uint64_t length = range_detail::item_count(static_cast<range_object*>(iterable.as_object()));
    if (length > COIL_MAX_OBJECT_BYTES / sizeof(value) || !in.heap().could_allocate(length * sizeof(value))) {
      in.raise_memory_error();
      return false;
    }
  }
  auto out_root = in.root(value::from_object(out));
  value iterator = in.get_iterator(iterable);
  if (iterator.is_raised()) return false;
  auto iterator_root = in.root(iterator);
  for (vm::safe_point_counter safe_points;;) {
    if (!safe_points.tick(in)) return false;
    value item = in.next(iterator);
    if (item.is_raised()) return false;
    if (item.is_unbound()) return true;
    // Growth doubles the items: it must fit (the limit is checked only every few thousand items).
    if (out->items.size() == out->items.capacity() && !in.heap().could_allocate(2 * out->items.size() * sizeof(value))) {
      in.raise_memory_error();
      return false;
    }
    out->items.push_back(item);
  }
}

inline std::string_view str_view(value v) { return static_cast<str_object*>(v.as_object())->view(); }

inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// float(str) as CPython reads it: digits of any script and Unicode whitespace first become ASCII,
// surrounding whitespace goes, underscores may only stand between two digits, then one optional
// sign and either inf/infinity/nan (any case) or digits with an optional point and exponent, all
// of the text. nullopt when it is not a number (the caller's ValueError names the original text).
inline std::optional<double> parse_float_text(std::string_view original) {
  std::string text = text::decimal_and_space_to_ascii(original);
  auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  std::size_t first = 0, last = text.size();
  while (first < last && is_space(text[first])) ++first;
  while (last > first && is_space(text[last - 1])) --last;
  std::string body;
  for (std::size_t i = first; i < last; ++i) {
    if (text[i] == '_') {
      if (i == first || i + 1 == last || !is_ascii_digit(text[i - 1]) || !is_ascii_digit(text[i + 1])) return std::nullopt;
      continue;
    }
    body += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
  }
  std::string_view rest = body;
  bool negative = false;
  if (!rest.empty() && (rest[0] == '+' || rest[0] == '-')) {
    negative = rest[0] == '-';
    rest.remove_prefix(1);
  }
  if (rest == "inf" || rest == "infinity") return negative ? -HUGE_VAL : HUGE_VAL;
  if (rest == "nan") return negative ? -NAN : NAN;
  // digits [. digits] [e [sign] digits], at least one mantissa digit and one exponent digit.
  std::size_t i = 0, mantissa_digits = 0;
  while (i < rest.size() && is_ascii_digit(rest[i])) ++i, ++mantissa_digits;
  if (i < rest.size() && rest[i] == '.') {
    ++i;
    while (i < rest.size() && is_ascii_digit(rest[i])) ++i, ++mantissa_digits;
  }
  if (mantissa_digits == 0) return std::nullopt;
  if (i < rest.size() && rest[i] == 'e') {
    ++i;
    if (i < rest.size() && (rest[i] == '+' || rest[i] == '-')) ++i;
    std::size_t exponent_start = i;
    while (i < rest.size() && is_ascii_digit(rest[i])) ++i;
    if (i == exponent_start) return std::nullopt;
  }
  if (i != rest.size()) return std::nullopt;
  double result = 0;
  auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), result);
  if (ec == std::errc::result_out_of_range) {
    // from_chars reports overflow and underflow alike; strtod gives Python's inf or 0.
    result = std::strtod(std::string(rest).c_str(), nullptr);
  } else if (ec != std::errc() || end != rest.data() + rest.size()) {
    return std::nullopt;
  }
  return negative ? -result : result;
}
inline bool is_str(value v) { return v.is_object() && is_subtype(v.as_object()->type, &str_type); }

}  // namespace constructor_detail

inline value construct_type(interpreter& in, type_object*, const call_arguments& args) {
  if (args.positional.size() == 1 && args.keyword_values.empty()) return value::from_object(in.type_of(args.positional[0]));
  return in.raise_type_error("type() takes 1 or 3 arguments");
}

inline value construct_bool(interpreter& in, type_object*, const call_arguments& args) {
  using namespace constructor_detail;
  if (value e = no_keywords(in, "bool", args); e.is_raised()) return e;
  if (value e = at_most(in, "bool", args, 1); e.is_raised()) return e;
  if (args.positional.empty()) return value::from_bool(false);
  auto truth = in.truthy(args.positional[0]);
  if (!truth) return value::raised();
  return value::from_bool(*truth);
}

inline value construct_int(interpreter& in, type_object*, const call_arguments& args) {
  using namespace constructor_detail;
  std::span<const value> positional = args.positional;
  value base_arg = value::unbound();
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i) {
    if (str_view(args.keyword_names[i]) == "base") base_arg = args.keyword_values[i];
    else return in.raise_type_error("'" + std::string(str_view(args.keyword_names[i])) + "' is an invalid keyword argument for int()");
  }
  if (positional.size() > 2) return in.raise_type_error("int() takes at most 2 arguments (" + std::to_string(positional.size()) + " given)");
  if (positional.size() == 2) base_arg = positional[1];
  if (positional.empty()) {
    if (!base_arg.is_unbound()) return in.raise_type_error("int() missing string argument");
    return in.make_int(0);
  }
  value x = positional[0];
  if (!base_arg.is_unbound()) {
    if (!is_str(x)) return in.raise_type_error("int() can't convert non-string with explicit base");
    if (!base_arg.is_small_int()) return in.raise_type_error("'" + std::string(in.type_of(base_arg)->name) + "' object cannot be interpreted as an integer");
  }
  if (is_str(x)) {
    int base = base_arg.is_unbound() ? 10 : static_cast<int>(base_arg.as_small_int());
    auto parsed = big_int::parse(str_view(x), base, in.interrupt());
    if (!parsed) {
      const auto& error = parsed.error();
      if (error.what == int_parse_error::kind::interrupted) return vm::stop_at_deadline(in);
      value r = in.repr(x);
      if (r.is_raised()) return r;
      return in.raise_value_error(error.message(str_view(r)));
    }
    return in.make_big_int(std::move(*parsed));
  }
  if (x.is_small_int()) return x;
  if (x.is_bool()) return in.make_int(x.is_true() ? 1 : 0);
  if (x.is_object() && x.as_object()->type == &int_type) return x;
  if (x.is_double()) {
    double d = x.as_double();
    if (std::isnan(d)) return in.raise_value_error("cannot convert float NaN to integer");
    if (std::isinf(d)) return in.raise_error(exception_type(exception_kind::overflow_error), "cannot convert float infinity to integer");
    return in.make_big_int(*big_int::from_double(d));
  }
  return in.raise_type_error("int() argument must be a string, a bytes-like object or a real number, not '" +
                             std::string(in.type_of(x)->name) + "'");
}

inline value construct_float(interpreter& in, type_object*, const call_arguments& args) {
  using namespace constructor_detail;
  if (value e = no_keywords(in, "float", args); e.is_raised()) return e;
  if (value e = at_most(in, "float", args, 1); e.is_raised()) return e;
  if (args.positional.empty()) return value::from_double(0.0);
  value x = args.positional[0];
  if (x.is_double()) return x;
  if (x.is_small_int()) return value::from_double(static_cast<double>(x.as_small_int()));
  if (x.is_bool()) return value::from_double(x.is_true() ? 1.0 : 0.0);
  if (x.is_object() && x.as_object()->type == &int_type) {
    auto d = static_cast<int_object*>(x.as_object())->value.to_double();
    if (!d) return numeric_detail::raise_big_int_error(in, d.error());
    return value::from_double(*d);
  }
  if (is_str(x)) {
    if (auto parsed = parse_float_text(str_view(x))) return value::from_double(*parsed);
    value r = in.repr(x);
    if (r.is_raised()) return r;
    return in.raise_value_error("could not convert string to float: " + std::string(str_view(r)));
  }
  return in.raise_type_error("float() argument must be a string or a real number, not '" + std::string(in.type_of(x)->name) + "'");
}

inline value construct_str(interpreter& in, type_object*, const call_arguments& args) {
  using namespace constructor_detail;
  if (!args.keyword_values.empty()) return in.raise_error(exception_type(exception_kind::not_implemented_error), "str() with encoding is not supported");
  if (value e = at_most(in, "str", args, 1); e.is_raised()) return e;
  if (args.positional.empty()) return in.make_str("");
  return in.str(args.positional[0]);
}

inline value construct_list(interpreter& in, type_object*, const call_arguments& args) {
  using namespace constructor_detail;
  if (value e = no_keywords(in, "list", args); e.is_raised()) return e;
  if (value e = at_most(in, "list", args, 1); e.is_raised()) return e;
  auto* out = in.new_list();
  value result = value::from_object(out);
  if (!args.positional.empty() && !collect(in, args.positional[0], out)) return value::raised();
  return result;
}

inline value construct_tuple(interpreter& in, type_object*, const call_arguments& args) {
  using namespace constructor_detail;
  if (value e = no_keywords(in, "tuple", args); e.is_raised()) return e;
  if (value e = at_most(in, "tuple", args, 1); e.is_raised()) return e;
  if (args.positional.empty()) return in.make_tuple({});
  if (in.type_of(args.positional[0]) == &tuple_type) return args.positional[0];
  auto* items = in.new_list();
  if (!collect(in, args.positional[0], items)) return value::raised();
  if (!in.heap().could_allocate(items->items.size() * sizeof(value))) return in.raise_memory_error();
  return in.make_tuple({items->items.data(), items->items.size()});
}

}  // namespace coil::runtime
