// The syntax of str.format() and str.format_map() templates, as CPython 3.12 reads it: literal
// text with {{ and }} escapes, replacement fields {field_name!conversion:format_spec} whose spec
// may itself contain nested fields, and field names made of a first part (an argument index or a
// keyword name) followed by .attribute and [key] accessors. Parsing is lazy, piece by piece, so a
// template with an error late in the text still reports an earlier field's lookup error first,
// as CPython does. Looking the fields up is the VM's job (runtime/impl/str_format_methods.ipp).
#pragma once

#include <coil/runtime/formatting/format_spec.hpp>

#include <cstdint>
#include <string_view>

namespace coil::runtime::formatting {

struct replacement_field {
  std::string_view name;
  char32_t conversion = 0;  // 'r', 's', 'a' (or anything else: the caller reports it); 0: none
  std::string_view spec;
  bool spec_has_fields = false;  // the spec contains '{' and must be expanded first
};

// One step through a template: literal text (a slice of the template; an escaped brace ends its
// slice, so "{{" yields "{"), then possibly a replacement field.
struct template_piece {
  std::string_view literal;
  bool has_field = false;
  replacement_field field;
};

class template_reader {
 public:
  explicit template_reader(std::string_view text) : text_(text) {}
  // Reads the next piece; false at the end of the template.
  COIL_DECL format_result<bool> next(template_piece& piece);

 private:
  format_result<bool> read_field(replacement_field& field);
  std::string_view text_;
  std::size_t pos_ = 0;
};

// A field name's first part (up to the first '.' or '[') and the accessors after it.
struct field_name_parts {
  std::string_view first;
  std::string_view rest;
};
COIL_DECL field_name_parts split_field_name(std::string_view name);

// The first part or a [key] as an integer: -1 when it is empty or not all decimal digits (any
// script's); ValueError "Too many decimal digits in format string" past PY_SSIZE_T_MAX.
COIL_DECL format_result<std::int64_t> field_index(std::string_view text);

// Walks the accessors: ".name" (attribute) and "[key]" (item; `index` >= 0 when the key is an
// integer). Returns false when there are no more.
class field_accessor_reader {
 public:
  explicit field_accessor_reader(std::string_view rest) : text_(rest) {}
  struct accessor {
    bool is_attribute = false;
    std::string_view name;
    std::int64_t index = -1;
  };
  COIL_DECL format_result<bool> next(accessor& out);

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace coil::runtime::formatting

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/formatting/impl/format_string.ipp>
#endif
