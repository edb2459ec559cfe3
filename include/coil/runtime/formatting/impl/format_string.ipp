// Reading str.format templates. Every delimiter is ASCII, so the reader scans bytes: a UTF-8
// continuation byte never looks like a brace. Only the conversion character is decoded, since
// CPython reads one code point there.
#pragma once

#include <coil/runtime/formatting/format_string.hpp>
#include <coil/runtime/text/unicode_properties.hpp>
#include <coil/runtime/text/utf8.hpp>

#include <limits>

namespace coil::runtime::formatting {

namespace detail {
inline format_error template_error(const char* message) { return {error_type::value_error, message}; }
}  // namespace detail

COIL_DECL format_result<bool> template_reader::next(template_piece& piece) {
  piece = template_piece{};
  if (pos_ >= text_.size()) return false;
  const std::size_t start = pos_;
  char c = '\0';
  bool markup = false;
  while (pos_ < text_.size()) {
    c = text_[pos_++];
    if (c == '{' || c == '}') {
      markup = true;
      break;
    }
  }
  const bool at_end = pos_ >= text_.size();
  std::size_t length = pos_ - start;
  if (c == '}' && markup && (at_end || text_[pos_] != '}'))
    return tl::unexpected(detail::template_error("Single '}' encountered in format string"));
  if (at_end && markup && c == '{') return tl::unexpected(detail::template_error("Single '{' encountered in format string"));
  if (markup) {
    if (text_[pos_] == c) {
      ++pos_;  // an escaped brace: the literal keeps the first of the pair
      markup = false;
    } else {
      --length;
    }
  }
  piece.literal = text_.substr(start, length);
  if (!markup) return true;
  piece.has_field = true;
  auto read = read_field(piece.field);
  if (!read) return read;
  return true;
}

inline format_result<bool> template_reader::read_field(replacement_field& field) {
  const std::size_t name_start = pos_;
  char c = '\0';
  while (pos_ < text_.size()) {
    c = text_[pos_++];
    if (c == '{') return tl::unexpected(detail::template_error("unexpected '{' in field name"));
    if (c == '[') {
      while (pos_ < text_.size() && text_[pos_] != ']') ++pos_;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  field.name = text_.substr(name_start, pos_ - 1 - name_start);
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (pos_ >= text_.size())
        return tl::unexpected(detail::template_error("end of string while looking for conversion specifier"));
      auto decoded = text::decode(text_, pos_);
      field.conversion = decoded.value;
      pos_ += decoded.length;
      if (pos_ < text_.size()) {
        c = text_[pos_++];
        if (c == '}') return true;
        if (c != ':') return tl::unexpected(detail::template_error("expected ':' after conversion specifier"));
      }
    }
    const std::size_t spec_start = pos_;
    int depth = 1;
    while (pos_ < text_.size()) {
      c = text_[pos_++];
      if (c == '{') {
        field.spec_has_fields = true;
        ++depth;
      } else if (c == '}' && --depth == 0) {
        field.spec = text_.substr(spec_start, pos_ - 1 - spec_start);
        return true;
      }
    }
    return tl::unexpected(detail::template_error("unmatched '{' in format spec"));
  }
  if (c != '}') return tl::unexpected(detail::template_error("expected '}' before end of string"));
  return true;
}

COIL_DECL field_name_parts split_field_name(std::string_view name) {
  std::size_t i = name.find_first_of(".[");
  if (i == std::string_view::npos) return {name, {}};
  return {name.substr(0, i), name.substr(i)};
}

COIL_DECL format_result<std::int64_t> field_index(std::string_view text) {
  if (text.empty()) return -1;
  std::int64_t accumulator = 0;
  for (std::size_t i = 0; i < text.size();) {
    auto decoded = text::decode(text, i);
    i += decoded.length;
    int digit = text::unicode::decimal_value(decoded.value);
    if (digit < 0) return -1;
    if (accumulator > (std::numeric_limits<std::int64_t>::max() - digit) / 10)
      return tl::unexpected(detail::template_error("Too many decimal digits in format string"));
    accumulator = accumulator * 10 + digit;
  }
  return accumulator;
}

COIL_DECL format_result<bool> field_accessor_reader::next(accessor& out) {
  out = accessor{};
  if (pos_ >= text_.size()) return false;
  const char c = text_[pos_++];
  if (c == '.') {
    out.is_attribute = true;
    const std::size_t start = pos_;
    while (pos_ < text_.size() && text_[pos_] != '.' && text_[pos_] != '[') ++pos_;
    out.name = text_.substr(start, pos_ - start);
  } else if (c == '[') {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && text_[pos_] != ']') ++pos_;
    if (pos_ >= text_.size()) return tl::unexpected(detail::template_error("Missing ']' in format string"));
    out.name = text_.substr(start, pos_ - start);
    ++pos_;
    auto index = field_index(out.name);
    if (!index) return tl::unexpected(index.error());
    out.index = *index;
  } else {
    return tl::unexpected(detail::template_error("Only '.' or '[' may follow ']' in format field specifier"));
  }
  if (out.name.empty()) return tl::unexpected(detail::template_error("Empty attribute in format string"));
  return true;
}

}  // namespace coil::runtime::formatting
