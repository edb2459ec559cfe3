// str.format(*args, **kwargs) and str.format_map(mapping), as CPython 3.12 runs them: the
// template is read piece by piece (runtime/formatting/format_string.hpp); each field's value is
// looked up (argument index, automatic numbering, keyword or mapping key, then .attribute and
// [key] accessors), converted (!r !s !a), and formatted with its spec, whose own nested fields
// are expanded first (two levels at most: "Max string recursion exceeded"). The natives
// `str_format` and `str_format_map` join str's method table (str_methods.ipp).
#pragma once

#include <coil/runtime/dict_object.hpp>
#include <coil/runtime/formatting/format_string.hpp>
#include <coil/runtime/impl/dict_type.ipp>
#include <coil/runtime/impl/object_format.ipp>
#include <coil/runtime/str_object.hpp>

#include <string>
#include <string_view>

namespace coil::runtime {
namespace str_format_detail {

using format_detail::as_str;

// Where field values come from: str.format's arguments, or format_map's mapping.
struct field_source {
  std::span<const value> positional;
  bool positional_allowed = true;  // false for format_map ("Format string contains positional fields")
  std::span<const value> keyword_values;
  std::span<const value> keyword_names;
  value mapping = value::unbound();  // format_map's mapping
};

// CPython's automatic field numbering state, shared by a template and its nested specs.
struct field_numbering {
  enum class mode : std::uint8_t { unset, automatic, manual } state = mode::unset;
  std::int64_t next = 0;
};

inline value raise_template_error(interpreter& in, const formatting::format_error& e) {
  return format_detail::raise_format_error(in, e);
}

inline value subscript(interpreter& in, value container, value key) {
  auto root = in.root(key);
  auto* type = in.type_of(container);
  if (type->get_item == nullptr) return in.raise_type_error("'" + std::string(type->name) + "' object is not subscriptable");
  return type->get_item(in, container, key);
}

// The value a field name designates.
inline value field_value(interpreter& in, std::string_view name, const field_source& source, field_numbering& numbering) {
  auto parts = formatting::split_field_name(name);
  auto index = formatting::field_index(parts.first);
  if (!index) return raise_template_error(in, index.error());
  const bool empty = parts.first.empty();
  std::int64_t position = *index;
  if (empty || position != -1) {
    using mode = field_numbering::mode;
    if (numbering.state == mode::unset) numbering.state = empty ? mode::automatic : mode::manual;
    if (numbering.state == mode::manual && empty)
      return in.raise_value_error("cannot switch from manual field specification to automatic field numbering");
    if (numbering.state == mode::automatic && !empty)
      return in.raise_value_error("cannot switch from automatic field numbering to manual field specification");
    if (empty) position = numbering.next++;
  }
  value v;
  if (position == -1) {
    value key = in.make_str(parts.first);
    if (!source.mapping.is_unbound()) {
      v = subscript(in, source.mapping, key);
    } else {
      v = value::unbound();
      for (std::size_t i = 0; i < source.keyword_names.size(); ++i)
        if (as_str(source.keyword_names[i])->view() == parts.first) v = source.keyword_values[i];
      if (v.is_unbound()) return dict_detail::raise_key_error(in, key);
    }
  } else {
    if (!source.positional_allowed) return in.raise_value_error("Format string contains positional fields");
    if (position >= static_cast<std::int64_t>(source.positional.size()))
      return in.raise_error(exception_type(exception_kind::index_error),
                            "Replacement index " + std::to_string(position) + " out of range for positional args tuple");
    v = source.positional[static_cast<std::size_t>(position)];
  }
  if (v.is_raised()) return v;
  formatting::field_accessor_reader accessors(parts.rest);
  formatting::field_accessor_reader::accessor step;
  for (;;) {
    auto more = accessors.next(step);
    if (!more) return raise_template_error(in, more.error());
    if (!*more) return v;
    auto root = in.root(v);
    if (step.is_attribute) v = in.get_attribute(v, in.make_str(step.name));
    else v = subscript(in, v, step.index >= 0 ? in.make_int(step.index) : in.make_str(step.name));
    if (v.is_raised()) return v;
  }
}

inline bool append_bounded(interpreter& in, std::string& out, std::string_view piece, std::size_t budget) {
  if (out.size() + piece.size() > budget) {
    in.raise_memory_error();
    return false;
  }
  out += piece;
  return true;
}

// Renders `text` into `out`; `depth` bounds the nesting of specs inside specs. False: raised.
inline bool render(interpreter& in, std::string_view text, const field_source& source, int depth, field_numbering& numbering,
                   std::string& out, std::size_t budget) {
  if (depth <= 0) {
    in.raise_value_error("Max string recursion exceeded");
    return false;
  }
  formatting::template_reader reader(text);
  formatting::template_piece piece;
  for (;;) {
    auto more = reader.next(piece);
    if (!more) {
      raise_template_error(in, more.error());
      return false;
    }
    if (!*more) return true;
    if (!append_bounded(in, out, piece.literal, budget)) return false;
    if (!piece.has_field) continue;
    value v = field_value(in, piece.field.name, source, numbering);
    if (v.is_raised()) return false;
    auto root = in.root(v);
    if (piece.field.conversion != 0) {
      value converted = format_detail::convert(in, v, piece.field.conversion);
      if (converted.is_raised()) return false;
      v = converted;
    }
    auto converted_root = in.root(v);
    std::string expanded;
    std::string_view spec = piece.field.spec;
    if (piece.field.spec_has_fields) {
      if (!render(in, spec, source, depth - 1, numbering, expanded, budget)) return false;
      spec = expanded;
    }
    value formatted = format_object(in, v, spec);
    if (formatted.is_raised() || !append_bounded(in, out, as_str(formatted)->view(), budget)) return false;
  }
}

inline value format_with(interpreter& in, value self, const field_source& source) {
  std::string out;
  field_numbering numbering;
  if (!render(in, as_str(self)->view(), source, 2, numbering, out, format_detail::output_budget(in))) return value::raised();
  return in.make_str(out);
}

inline bool check_self(interpreter& in, const call_arguments& args, std::string_view method) {
  if (args.positional.empty()) {
    in.raise_type_error("unbound method str." + std::string(method) + "() needs an argument");
    return false;
  }
  if (!format_detail::is_str(args.positional[0])) {
    in.raise_type_error("descriptor '" + std::string(method) + "' for 'str' objects doesn't apply to a '" +
                        std::string(in.type_of(args.positional[0])->name) + "' object");
    return false;
  }
  return true;
}

}  // namespace str_format_detail

// str.format(*args, **kwargs)
inline value str_format(interpreter& in, const call_arguments& args) {
  using namespace str_format_detail;
  if (!check_self(in, args, "format")) return value::raised();
  field_source source;
  source.positional = args.positional.subspan(1);
  source.keyword_values = args.keyword_values;
  source.keyword_names = args.keyword_names;
  return format_with(in, args.positional[0], source);
}

// str.format_map(mapping)
inline value str_format_map(interpreter& in, const call_arguments& args) {
  using namespace str_format_detail;
  if (!check_self(in, args, "format_map")) return value::raised();
  if (!args.keyword_values.empty()) return in.raise_type_error("str.format_map() takes no keyword arguments");
  if (args.positional.size() != 2)
    return in.raise_type_error("str.format_map() takes exactly one argument (" + std::to_string(args.positional.size() - 1) +
                               " given)");
  field_source source;
  source.positional_allowed = false;
  source.mapping = args.positional[1];
  return format_with(in, args.positional[0], source);
}

}  // namespace coil::runtime
