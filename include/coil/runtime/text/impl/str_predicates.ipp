// str predicates: most are "every character has one of these flags", one loop over code points;
// isupper, islower and istitle follow CPython's loops, including its one-character shortcut
// (a single character answers from its own flag).
#pragma once

#include <coil/runtime/text/str_predicates.hpp>
#include <coil/runtime/text/unicode_properties.hpp>
#include <coil/runtime/text/utf8.hpp>

namespace coil::runtime::text {

namespace detail {

// Calls f(cp) for each code point until it returns false; true when it never did.
template <class F>
inline bool all_code_points(std::string_view s, F&& f) {
  for (std::size_t i = 0; i < s.size();) {
    auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80) {
      if (!f(static_cast<char32_t>(byte))) return false;
      ++i;
      continue;
    }
    auto d = decode(s, i);
    if (!f(d.value)) return false;
    i += d.length;
  }
  return true;
}

inline bool all_flagged(std::string_view s, std::uint32_t flag_bits) noexcept {
  return !s.empty() && all_code_points(s, [flag_bits](char32_t cp) { return unicode::has(cp, flag_bits); });
}

}  // namespace detail

COIL_DECL bool isalpha(std::string_view s) noexcept { return detail::all_flagged(s, unicode::flag::alpha); }
COIL_DECL bool isdecimal(std::string_view s) noexcept { return detail::all_flagged(s, unicode::flag::decimal); }
COIL_DECL bool isdigit(std::string_view s) noexcept { return detail::all_flagged(s, unicode::flag::digit); }
COIL_DECL bool isnumeric(std::string_view s) noexcept { return detail::all_flagged(s, unicode::flag::numeric); }
COIL_DECL bool isalnum(std::string_view s) noexcept {
  using namespace unicode::flag;
  return detail::all_flagged(s, alpha | decimal | digit | numeric);
}
COIL_DECL bool isspace(std::string_view s) noexcept { return detail::all_flagged(s, unicode::flag::space); }

COIL_DECL bool isupper(std::string_view s) noexcept {
  if (auto single = single_code_point(s)) return unicode::is_upper(*single);
  bool cased = false;
  bool ok = detail::all_code_points(s, [&](char32_t cp) {
    if (unicode::is_lower(cp) || unicode::is_title(cp)) return false;
    if (unicode::is_upper(cp)) cased = true;
    return true;
  });
  return ok && cased;
}

COIL_DECL bool islower(std::string_view s) noexcept {
  if (auto single = single_code_point(s)) return unicode::is_lower(*single);
  bool cased = false;
  bool ok = detail::all_code_points(s, [&](char32_t cp) {
    if (unicode::is_upper(cp) || unicode::is_title(cp)) return false;
    if (unicode::is_lower(cp)) cased = true;
    return true;
  });
  return ok && cased;
}

COIL_DECL bool istitle(std::string_view s) noexcept {
  bool cased = false, previous_cased = false;
  bool ok = detail::all_code_points(s, [&](char32_t cp) {
    if (unicode::is_upper(cp) || unicode::is_title(cp)) {
      if (previous_cased) return false;
      previous_cased = cased = true;
    } else if (unicode::is_lower(cp)) {
      if (!previous_cased) return false;
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
    return true;
  });
  return ok && cased;
}

COIL_DECL bool isprintable(std::string_view s) noexcept {
  return detail::all_code_points(s, [](char32_t cp) { return unicode::is_printable(cp); });
}

COIL_DECL bool isascii(std::string_view s) noexcept { return is_ascii(s); }

COIL_DECL bool isidentifier(std::string_view s) noexcept {
  if (s.empty()) return false;
  auto first = decode(s, 0);
  if (first.value != '_' && !unicode::is_xid_start(first.value)) return false;
  return detail::all_code_points(s.substr(first.length), [](char32_t cp) { return unicode::is_xid_continue(cp); });
}

}  // namespace coil::runtime::text
