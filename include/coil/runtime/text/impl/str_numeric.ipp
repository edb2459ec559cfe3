// Decimal digits and whitespace to ASCII, as CPython prepares a str for its number parsers.
#pragma once

#include <coil/runtime/text/str_numeric.hpp>
#include <coil/runtime/text/unicode_properties.hpp>
#include <coil/runtime/text/utf8.hpp>

namespace coil::runtime::text {

COIL_DECL std::string decimal_and_space_to_ascii(std::string_view s) {
  if (is_ascii(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    auto byte = static_cast<unsigned char>(s[i]);
    // CPython copies code points below 127 as they are; DEL goes the non-ASCII way.
    if (byte < 127) {
      out.push_back(static_cast<char>(byte));
      ++i;
      continue;
    }
    auto d = decode(s, i);
    if (unicode::is_space(d.value)) {
      out.push_back(' ');
    } else if (int digit = unicode::decimal_value(d.value); digit >= 0) {
      out.push_back(static_cast<char>('0' + digit));
    } else {
      out.push_back('?');
      break;
    }
    i += d.length;
  }
  return out;
}

}  // namespace coil::runtime::text
