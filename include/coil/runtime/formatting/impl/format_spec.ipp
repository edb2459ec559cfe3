// Parsing a format spec. The spec is read one code point at a time straight from its UTF-8 bytes
// (a hostile spec can be long; nothing proportional to it is allocated), in CPython's order, so
// that a spec with several faults reports the same one CPython does.
#pragma once

#include <coil/runtime/formatting/format_spec.hpp>
#include <coil/runtime/text/unicode_properties.hpp>
#include <coil/runtime/text/utf8.hpp>

#include <cstdint>
#include <limits>

namespace coil::runtime::formatting {

namespace detail {

inline format_error value_error(std::string message) { return {error_type::value_error, std::move(message)}; }

// A read position in UTF-8 text; `peek` is 0 at the end, which no test below mistakes for a
// delimiter (a NUL in the spec can only be a fill or a type, read by position).
class spec_cursor {
 public:
  explicit spec_cursor(std::string_view text) : text_(text) {}
  bool at_end() const { return pos_ >= text_.size(); }
  char32_t peek(std::size_t ahead = 0) const {
    std::size_t p = pos_;
    for (std::size_t i = 0; i < ahead && p < text_.size(); ++i) p += text::decode(text_, p).length;
    return p < text_.size() ? text::decode(text_, p).value : 0;
  }
  // Code points left, counting at most `limit` of them.
  std::size_t remaining(std::size_t limit) const {
    std::size_t count = 0;
    for (std::size_t p = pos_; p < text_.size() && count < limit; ++count) p += text::decode(text_, p).length;
    return count;
  }
  void advance() {
    if (pos_ < text_.size()) pos_ += text::decode(text_, pos_).length;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

inline bool is_align(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Reads decimal digits (any script's, as CPython accepts) into `out`; returns how many were read,
// or -1 with `error` set when the number passes PY_SSIZE_T_MAX.
inline int read_number(spec_cursor& cursor, std::int64_t& out, format_error& error) {
  std::int64_t accumulator = 0;
  int digits = 0;
  for (; !cursor.at_end(); cursor.advance(), ++digits) {
    int d = text::unicode::decimal_value(cursor.peek());
    if (d < 0) break;
    if (accumulator > (std::numeric_limits<std::int64_t>::max() - d) / 10) {
      error = value_error("Too many decimal digits in format string");
      return -1;
    }
    accumulator = accumulator * 10 + d;
  }
  out = accumulator;
  return digits;
}

}  // namespace detail

COIL_DECL std::string describe_code(char32_t code) {
  if (code > 32 && code < 128) return std::string(1, static_cast<char>(code));
  static constexpr char hex[] = "0123456789abcdef";
  std::string digits;
  for (std::uint32_t v = code;; v >>= 4) {
    digits.insert(digits.begin(), hex[v & 15]);
    if (v < 16) break;
  }
  return "\\x" + digits;
}

COIL_DECL format_result<format_spec> parse_format_spec(std::string_view spec, std::string_view type_name,
                                                       char32_t default_type, char32_t default_align) {
  using detail::value_error;
  format_spec out;
  out.align = default_align;
  out.type = default_type;
  detail::spec_cursor cursor(spec);
  bool fill_given = false, align_given = false;

  if (detail::is_align(cursor.peek(1)) && cursor.remaining(2) >= 2) {
    out.fill = cursor.peek();
    out.align = cursor.peek(1);
    fill_given = align_given = true;
    cursor.advance();
    cursor.advance();
  } else if (!cursor.at_end() && detail::is_align(cursor.peek())) {
    out.align = cursor.peek();
    align_given = true;
    cursor.advance();
  }
  if (char32_t c = cursor.peek(); c == '+' || c == '-' || c == ' ') {
    out.sign = static_cast<char>(c);
    cursor.advance();
  }
  if (cursor.peek() == 'z') {
    out.no_negative_zero = true;
    cursor.advance();
  }
  if (cursor.peek() == '#') {
    out.alternate = true;
    cursor.advance();
  }
  // A leading '0' means zero padding, unless an explicit fill was given (then it is a width digit).
  if (!fill_given && cursor.peek() == '0') {
    out.fill = '0';
    if (!align_given && default_align == '>') out.align = '=';
    cursor.advance();
  }
  format_error error;
  int consumed = detail::read_number(cursor, out.width, error);
  if (consumed < 0) return tl::unexpected(error);
  if (consumed == 0) out.width = -1;

  if (cursor.peek() == ',') {
    out.grouping = ',';
    cursor.advance();
  }
  if (cursor.peek() == '_') {
    if (out.grouping != '\0') return tl::unexpected(value_error("Cannot specify both ',' and '_'."));
    out.grouping = '_';
    cursor.advance();
  }
  if (cursor.peek() == ',' && out.grouping == '_')
    return tl::unexpected(value_error("Cannot specify both ',' and '_'."));

  if (cursor.peek() == '.') {
    cursor.advance();
    consumed = detail::read_number(cursor, out.precision, error);
    if (consumed < 0) return tl::unexpected(error);
    if (consumed == 0) return tl::unexpected(value_error("Format specifier missing precision"));
  }

  std::size_t left = cursor.remaining(2);
  if (left > 1)
    return tl::unexpected(value_error("Invalid format specifier '" + std::string(spec) + "' for object of type '" +
                                      std::string(type_name.substr(0, 200)) + "'"));
  if (left == 1) out.type = cursor.peek();

  if (out.grouping != '\0') {
    switch (out.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
        out.group_size = 3;
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (out.grouping == '_') {
          out.group_size = 4;  // bin/oct/hex group by four digits
          break;
        }
        [[fallthrough]];
      default:
        return tl::unexpected(value_error(std::string("Cannot specify '") + out.grouping + "' with '" +
                                          describe_code(out.type) + "'."));
    }
  }
  return out;
}

}  // namespace coil::runtime::formatting
