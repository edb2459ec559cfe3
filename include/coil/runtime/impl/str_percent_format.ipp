// `str % args`: printf-style formatting with CPython 3.12's rules. The arguments are a tuple, a
// single value, or a mapping (any subscriptable value but a tuple or str) for %(key)s; '*' takes
// a width or precision from the arguments; each conversion fetches its argument before it looks
// at its type character, and a format that runs out in the middle of a conversion is "incomplete
// format", as in CPython, so that every error is the one CPython reports. The text of each
// conversion comes from runtime/formatting/ (float_text.hpp, printf_style.hpp).
#pragma once

#include <coil/runtime/dict_object.hpp>
#include <coil/runtime/formatting/float_text.hpp>
#include <coil/runtime/formatting/printf_style.hpp>
#include <coil/runtime/impl/object_format.ipp>
#include <coil/runtime/int_object.hpp>
#include <coil/runtime/sequence_objects.hpp>

#include <charconv>
#include <climits>
#include <cmath>
#include <optional>
#include <string>

namespace coil::runtime {
namespace percent_detail {

using format_detail::as_str;

inline bool is_int_value(value v) { return v.is_small_int() || v.is_bool() || (v.is_object() && v.as_object()->type == &int_type); }
inline big_int int_of(value v) {
  if (v.is_small_int()) return big_int(v.as_small_int());
  if (v.is_bool()) return big_int(v.is_true() ? 1 : 0);
  return static_cast<int_object*>(v.as_object())->value;
}

// Where the arguments come from: CPython's (args, arglen, argidx) triple. A tuple is consumed
// item by item; any other value is one argument (length -1, index starting at -2).
struct argument_source {
  value args;
  std::int64_t length = -1;
  std::int64_t index = -2;

  void reset(value single) {
    args = single;
    length = -1;
    index = -2;
  }
  // The next argument, or raised with "not enough arguments for format string".
  value next(interpreter& in) {
    if (index < length) {
      std::int64_t at = index++;
      if (length < 0) return args;
      return static_cast<tuple_object*>(args.as_object())->items()[at];
    }
    return in.raise_type_error("not enough arguments for format string");
  }
};

inline value get_item(interpreter& in, value container, value key) {
  auto* type = in.type_of(container);
  if (type->get_item == nullptr) return in.raise_type_error("'" + std::string(type->name) + "' object is not subscriptable");
  return type->get_item(in, container, key);
}

// A '*' width or precision: an int that fits (C ssize_t for widths, C int for precisions).
inline std::optional<std::int64_t> star_argument(interpreter& in, argument_source& source, bool is_precision) {
  value v = source.next(in);
  if (v.is_raised()) return std::nullopt;
  if (!is_int_value(v)) {
    in.raise_type_error("* wants int");
    return std::nullopt;
  }
  auto n = int_of(v).to_int64();
  const std::int64_t limit = is_precision ? INT_MAX : INT64_MAX;
  if (!n || *n > limit || *n < -limit - 1) {
    in.raise_error(exception_type(exception_kind::overflow_error),
                   is_precision ? "Python int too large to convert to C int" : "Python int too large to convert to C ssize_t");
    return std::nullopt;
  }
  return *n;
}

// The text of %d %i %u %o %x %X for `v`.
inline value integer_conversion(interpreter& in, value v, const formatting::printf_spec& spec, std::string& text) {
  const char type = static_cast<char>(spec.type);
  const bool needs_index = type == 'o' || type == 'x' || type == 'X';
  big_int number;
  if (is_int_value(v)) {
    number = int_of(v);
  } else if (v.is_double() && !needs_index) {
    double d = v.as_double();
    if (std::isnan(d)) return in.raise_value_error("cannot convert float NaN to integer");
    auto converted = big_int::from_double(d);
    if (!converted) return in.raise_error(exception_type(exception_kind::overflow_error), "cannot convert float infinity to integer");
    number = std::move(*converted);
  } else {
    return in.raise_type_error(std::string("%") + type + " format: " + (needs_index ? "an integer" : "a real number") +
                               " is required, not " + std::string(in.type_of(v)->name.substr(0, 200)));
  }
  auto r = formatting::printf_integer_text(number, type, spec.alternate, spec.precision, format_detail::output_budget(in),
                                           in.interrupt());
  if (!r) return format_detail::raise_format_error(in, r.error());
  text = std::move(*r);
  return value::none();
}

// The text of %e %E %f %F %g %G for `v`.
inline value float_conversion(interpreter& in, value v, const formatting::printf_spec& spec, std::string& text) {
  double d = 0;
  if (v.is_double()) {
    d = v.as_double();
  } else if (is_int_value(v)) {
    auto converted = int_of(v).to_double();
    if (!converted) return in.raise_error(exception_type(exception_kind::overflow_error), "int too large to convert to float");
    d = *converted;
  } else {
    return in.raise_type_error("must be real number, not " + std::string(in.type_of(v)->name.substr(0, 200)));
  }
  formatting::float_text_flags flags;
  flags.alternate = spec.alternate;
  int precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
  auto r = formatting::float_to_text(d, static_cast<char>(spec.type), precision, flags, format_detail::output_budget(in));
  if (!r) return format_detail::raise_format_error(in, r.error());
  text = std::move(*r);
  return value::none();
}

// The character of %c: a one-character str or an int code point.
inline value char_conversion(interpreter& in, value v, std::string& text) {
  if (format_detail::is_str(v)) {
    if (as_str(v)->length != 1) return in.raise_type_error("%c requires int or char");
    text = as_str(v)->view();
    return value::none();
  }
  if (!is_int_value(v)) return in.raise_type_error("%c requires int or char");
  auto code = int_of(v).to_int64();
  if (!code || *code < 0 || *code > 0x10FFFF)
    return in.raise_error(exception_type(exception_kind::overflow_error), "%c arg not in range(0x110000)");
  text.clear();
  text::append_code_point(text, static_cast<char32_t>(*code));
  return value::none();
}

}  // namespace percent_detail

// format % args, for a str `format`: the result str, or raised.
inline value str_percent_format(interpreter& in, value format, value args) {
  using namespace percent_detail;
  const std::string_view text = as_str(format)->view();
  const std::size_t budget = format_detail::output_budget(in);
  auto* args_type = in.type_of(args);
  argument_source source{args};
  if (args_type == &tuple_type) {
    source.length = static_cast<tuple_object*>(args.as_object())->size;
    source.index = 0;
  }
  // Any subscriptable value but a tuple or a str can serve %(key)s (CPython's PyMapping_Check).
  const bool has_mapping = args_type->get_item != nullptr && args_type != &tuple_type && !is_subtype(args_type, &str_type);
  std::string out;
  auto incomplete = [&] { return in.raise_value_error("incomplete format"); };

  std::size_t pos = 0;
  while (pos < text.size()) {
    if (text[pos] != '%') {
      std::size_t next = text.find('%', pos);
      if (next == std::string_view::npos) next = text.size();
      if (out.size() + (next - pos) > budget) return in.raise_memory_error();
      out.append(text.substr(pos, next - pos));
      pos = next;
      continue;
    }
    ++pos;  // past '%'
    if (pos < text.size() && text[pos] == '%') {
      out += '%';
      ++pos;
      continue;
    }
    // Reads the next code point into ch; false when the format ends.
    char32_t ch = 0;
    std::size_t ch_start = pos;
    auto read = [&]() -> bool {
      if (pos >= text.size()) return false;
      ch_start = pos;
      auto decoded = text::decode(text, pos);
      ch = decoded.value;
      pos += decoded.length;
      return true;
    };
    // A %(key) conversion formats the mapping's value for the key, kept reachable meanwhile.
    value keyed = value::none();
    if (pos < text.size() && text[pos] == '(') {
      if (!has_mapping) return in.raise_type_error("format requires a mapping");
      const std::size_t key_start = ++pos;
      int depth = 1;
      while (depth > 0 && pos < text.size()) {
        if (text[pos] == ')') --depth;
        else if (text[pos] == '(') ++depth;
        ++pos;
      }
      if (depth > 0) return in.raise_value_error("incomplete format key");
      value key = in.make_str(text.substr(key_start, pos - 1 - key_start));
      {
        auto key_root = in.root(key);
        keyed = get_item(in, args, key);
      }
      if (keyed.is_raised()) return keyed;
      source.reset(keyed);
    }
    auto keyed_root = in.root(keyed);
    formatting::printf_spec spec;
    for (;;) {
      if (!read()) return incomplete();
      if (ch == '-') spec.left_adjust = true;
      else if (ch == '+') spec.sign = true;
      else if (ch == ' ') spec.blank = true;
      else if (ch == '#') spec.alternate = true;
      else if (ch == '0') spec.zero = true;
      else break;
    }
    if (ch == '*') {
      auto width = star_argument(in, source, false);
      if (!width) return value::raised();
      spec.width = *width;
      if (spec.width < 0) {
        spec.left_adjust = true;
        // CPython negates the C ssize_t, so the most negative width stays negative: no padding.
        spec.width = spec.width == INT64_MIN ? 0 : -spec.width;
      }
      if (!read()) return incomplete();
    } else if (ch >= '0' && ch <= '9') {
      spec.width = ch - '0';
      for (;;) {
        if (!read()) return incomplete();
        if (ch < '0' || ch > '9') break;
        if (spec.width > (INT64_MAX - static_cast<std::int64_t>(ch - '0')) / 10) return in.raise_value_error("width too big");
        spec.width = spec.width * 10 + (ch - '0');
      }
    }
    if (ch == '.') {
      spec.precision = 0;
      if (!read()) return incomplete();
      if (ch == '*') {
        auto precision = star_argument(in, source, true);
        if (!precision) return value::raised();
        spec.precision = *precision < 0 ? 0 : *precision;
        if (!read()) return incomplete();
      } else if (ch >= '0' && ch <= '9') {
        spec.precision = ch - '0';
        for (;;) {
          if (!read()) return incomplete();
          if (ch < '0' || ch > '9') break;
          if (spec.precision > (INT_MAX - static_cast<std::int64_t>(ch - '0')) / 10) return in.raise_value_error("precision too big");
          spec.precision = spec.precision * 10 + (ch - '0');
        }
      }
    }
    if (ch == 'h' || ch == 'l' || ch == 'L') {
      if (!read()) return incomplete();
    }
    spec.type = ch;

    value v = source.next(in);
    if (v.is_raised()) return v;
    std::string converted_text;
    value converted = value::unbound();  // a str object holding the text, for %s %r %a
    bool numeric = false;
    value status = value::none();
    switch (ch) {
      case 's':
        converted = in.type_of(v) == &str_type ? v : in.str(v);
        break;
      case 'r': converted = in.repr(v); break;
      case 'a': converted = format_detail::ascii_of(in, v); break;
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        status = integer_conversion(in, v, spec, converted_text);
        numeric = true;
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        status = float_conversion(in, v, spec, converted_text);
        numeric = true;
        break;
      case 'c': status = char_conversion(in, v, converted_text); break;
      default: {
        const std::int64_t index = static_cast<std::int64_t>(text::code_point_count(text.substr(0, ch_start)));
        std::string shown = (ch >= 31 && ch <= 126) ? std::string(1, static_cast<char>(ch)) : std::string("?");
        char code[16];
        auto written = std::to_chars(code, code + sizeof code, static_cast<std::uint32_t>(ch), 16);
        return in.raise_value_error("unsupported format character '" + shown + "' (0x" +
                                    std::string(code, static_cast<std::size_t>(written.ptr - code)) + ") at index " +
                                    std::to_string(index));
      }
    }
    if (converted.is_raised() || status.is_raised()) return value::raised();
    text::str_view piece = converted.is_unbound() ? text::str_view(converted_text) : format_detail::str_text(converted);
    auto padded = formatting::printf_pad(out, piece, spec, numeric, budget);
    if (!padded) return format_detail::raise_format_error(in, padded.error());
    if (has_mapping && source.index < source.length)
      return in.raise_type_error("not all arguments converted during string formatting");
  }
  if (source.index < source.length && !has_mapping) return in.raise_type_error("not all arguments converted during string formatting");
  return in.make_str(out);
}

}  // namespace coil::runtime
