// format(value, spec) for any value (CPython's PyObject_Format), the conversions !s !r !a, and
// the f-string instruction built from them. The mini-language itself is in runtime/formatting/;
// this file picks the formatter by type, gives it the memory budget, and raises its errors as
// Python exceptions. str.format and %-formatting (str_format_methods.ipp, str_percent_format.ipp)
// build on these functions.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/formatting/format_value.hpp>
#include <coil/runtime/int_object.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/runtime/text/utf8.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/native_safe_points.hpp>

#include <algorithm>
#include <string>
#include <string_view>

namespace coil::runtime {
namespace format_detail {

inline str_object* as_str(value v) { return static_cast<str_object*>(v.as_object()); }
inline bool is_str(value v) { return v.is_object() && is_subtype(v.as_object()->type, &str_type); }
inline text::str_view str_text(value v) {
  auto* s = as_str(v);
  return text::str_view(s->view(), s->length, s->ascii);
}

// The most bytes a formatting result may take: what is left under the memory limit, and never
// more than a str can hold.
inline std::size_t output_budget(interpreter& in) {
  std::size_t budget = formatting::max_output_bytes;
  if (auto limit = in.heap().limits().max_memory) budget = std::min(budget, *limit - std::min(in.heap().live_bytes(), *limit));
  return budget;
}

inline value raise_format_error(interpreter& in, const formatting::format_error& error) {
  using formatting::error_type;
  switch (error.type) {
    case error_type::memory_error: return in.raise_memory_error();
    case error_type::type_error: return in.raise_type_error(error.message);
    case error_type::overflow_error: return in.raise_error(exception_type(exception_kind::overflow_error), error.message);
    case error_type::timeout_error: return vm::stop_at_deadline(in);  // an interrupted big-int conversion
    default: return in.raise_value_error(error.message);
  }
}

inline value result_str(interpreter& in, const formatting::format_result<std::string>& r) {
  if (!r) return raise_format_error(in, r.error());
  return in.make_str(*r);
}

// ascii(v): repr(v) with every non-ASCII code point escaped as \xhh, \uhhhh or \Uhhhhhhhh.
inline value ascii_of(interpreter& in, value v) {
  value r = in.repr(v);
  if (r.is_raised() || as_str(r)->ascii) return r;
  std::string_view text = as_str(r)->view();
  // An escape is at most 10 bytes for a code point of at least 2.
  if (!in.heap().could_allocate(text.size() * 5) || text.size() * 5 > formatting::max_output_bytes) return in.raise_memory_error();
  std::string out;
  out.reserve(text.size() * 2);
  static constexpr char hex[] = "0123456789abcdef";
  for (std::size_t i = 0; i < text.size();) {
    auto decoded = text::decode(text, i);
    i += decoded.length;
    char32_t c = decoded.value;
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
    out += '\\';
    out += digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += hex[(c >> shift) & 15];
  }
  return in.make_str(out);
}

// str(v), repr(v) or ascii(v) for the conversion character of an f-string or a str.format field.
inline value convert(interpreter& in, value v, char32_t conversion) {
  switch (conversion) {
    case 's': return in.str(v);
    case 'r': return in.repr(v);
    case 'a': return ascii_of(in, v);
    default: break;
  }
  if (conversion > 32 && conversion < 127)
    return in.raise_value_error(std::string("Unknown conversion specifier ") + static_cast<char>(conversion));
  return in.raise_value_error("Unknown conversion specifier " + formatting::describe_code(conversion));
}

}  // namespace format_detail

// format(v, spec): a str, or raised. User classes' __format__ will join the dispatch here.
inline value format_object(interpreter& in, value v, std::string_view spec) {
  using namespace format_detail;
  if (spec.empty()) {
    if (v.is_object() && v.as_object()->type == &str_type) return v;
    return in.str(v);
  }
  if (v.is_double()) return result_str(in, formatting::format_float(v.as_double(), spec, output_budget(in)));
  if (v.is_bool())
    return result_str(in, formatting::format_int(big_int(v.is_true() ? 1 : 0), spec, "bool", output_budget(in), in.interrupt()));
  if (v.is_small_int()) return result_str(in, formatting::format_int(big_int(v.as_small_int()), spec, "int", output_budget(in)));
  type_object* type = in.type_of(v);
  if (type == &int_type)
    return result_str(in, formatting::format_int(static_cast<int_object*>(v.as_object())->value, spec, "int", output_budget(in),
                                                 in.interrupt()));
  if (is_str(v)) return result_str(in, formatting::format_str(str_text(v), spec, type->name, output_budget(in)));
  return in.raise_type_error("unsupported format string passed to " + std::string(type->name.substr(0, 200)) + ".__format__");
}

// The f-string instruction: conversion 0 (none), 1 (!s), 2 (!r) or 3 (!a), then format with
// `spec` (a str, or unbound when the field has no spec).
inline value format_field(interpreter& in, value v, unsigned conversion, value spec) {
  if (conversion != 0) {
    v = format_detail::convert(in, v, conversion == 1 ? 's' : conversion == 2 ? 'r' : 'a');
    if (v.is_raised()) return v;
  }
  return format_object(in, v, spec.is_unbound() ? std::string_view() : format_detail::as_str(spec)->view());
}

}  // namespace coil::runtime
