// Stripping, padding and tab expansion. Stripping with a character set uses a 128-bit map when
// every character is ASCII (non-ASCII bytes then never match) and a sorted list of code points
// otherwise; padding computes its size first, so nothing is allocated past the budget.
#pragma once

#include <coil/runtime/text/impl/character_classes.ipp>
#include <coil/runtime/text/impl/size_arithmetic.ipp>
#include <coil/runtime/text/str_pad.hpp>

#include <algorithm>
#include <bitset>
#include <vector>

namespace coil::runtime::text {

namespace detail {

inline std::size_t whitespace_prefix(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t w = flagged_length_at(s, i, unicode::flag::space);
    if (w == 0) break;
    i += w;
  }
  return i;
}

// The end of s once trailing whitespace is removed, not going below `floor`.
inline std::size_t whitespace_suffix_start(std::string_view s, std::size_t floor) noexcept {
  std::size_t j = s.size();
  while (j > floor) {
    std::size_t w = flagged_length_before(s, j, unicode::flag::space);
    if (w == 0) break;
    j -= w;
  }
  return j;
}

// The set of code points in strip()'s `chars` argument.
class code_point_set {
 public:
  explicit code_point_set(std::string_view chars) {
    for (std::size_t i = 0; i < chars.size();) {
      auto d = decode(chars, i);
      if (d.value < 128)
        ascii_.set(d.value);
      else
        others_.push_back(d.value);
      i += d.length;
    }
    std::sort(others_.begin(), others_.end());
  }
  bool only_ascii() const noexcept { return others_.empty(); }
  bool contains(char32_t cp) const noexcept {
    if (cp < 128) return ascii_.test(cp);
    return std::binary_search(others_.begin(), others_.end(), cp);
  }

 private:
  std::bitset<128> ascii_;
  std::vector<char32_t> others_;
};

inline std::size_t set_prefix(std::string_view s, const code_point_set& set) noexcept {
  std::size_t i = 0;
  while (i < s.size()) {
    auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80) {
      if (!set.contains(byte)) break;
      ++i;
      continue;
    }
    if (set.only_ascii()) break;
    auto d = decode(s, i);
    if (!set.contains(d.value)) break;
    i += d.length;
  }
  return i;
}

inline std::size_t set_suffix_start(std::string_view s, std::size_t floor, const code_point_set& set) noexcept {
  std::size_t j = s.size();
  while (j > floor) {
    auto byte = static_cast<unsigned char>(s[j - 1]);
    if (byte < 0x80) {
      if (!set.contains(byte)) break;
      --j;
      continue;
    }
    if (set.only_ascii()) break;
    std::size_t start = previous_boundary(s, j);
    if (start < floor || !set.contains(decode(s, start).value)) break;
    j = start;
  }
  return j;
}

// s with `left` fill characters before it and `right` after, or output_too_large.
inline text_result<std::string> pad(std::string_view s, std::size_t left, std::size_t right, char32_t fill,
                                    std::size_t max_bytes) {
  char encoded[4];
  const std::size_t fill_size = encode(fill, encoded);
  const std::size_t size =
      saturating_add(s.size(), saturating_multiply(saturating_add(left, right), fill_size));
  if (!detail::fits(size, max_bytes)) return tl::unexpected(text_error::output_too_large);
  std::string out;
  if (fill_size == 1) {
    out.reserve(size);
    out.append(left, encoded[0]);
    out.append(s);
    out.append(right, encoded[0]);
    return out;
  }
  out.reserve(size);
  for (std::size_t i = 0; i < left; ++i) out.append(encoded, fill_size);
  out.append(s);
  for (std::size_t i = 0; i < right; ++i) out.append(encoded, fill_size);
  return out;
}

// The fill characters needed to reach `width`, or 0 when s is already as wide.
inline std::size_t margin(str_view s, std::int64_t width) noexcept {
  if (width <= 0 || static_cast<std::uint64_t>(width) <= s.length()) return 0;
  return static_cast<std::size_t>(width) - s.length();
}

}  // namespace detail

COIL_DECL std::string_view strip(std::string_view s) noexcept {
  std::size_t i = detail::whitespace_prefix(s);
  return s.substr(i, detail::whitespace_suffix_start(s, i) - i);
}
COIL_DECL std::string_view lstrip(std::string_view s) noexcept { return s.substr(detail::whitespace_prefix(s)); }
COIL_DECL std::string_view rstrip(std::string_view s) noexcept {
  return s.substr(0, detail::whitespace_suffix_start(s, 0));
}

COIL_DECL std::string_view strip(std::string_view s, std::string_view chars) {
  detail::code_point_set set(chars);
  std::size_t i = detail::set_prefix(s, set);
  return s.substr(i, detail::set_suffix_start(s, i, set) - i);
}
COIL_DECL std::string_view lstrip(std::string_view s, std::string_view chars) {
  return s.substr(detail::set_prefix(s, detail::code_point_set(chars)));
}
COIL_DECL std::string_view rstrip(std::string_view s, std::string_view chars) {
  return s.substr(0, detail::set_suffix_start(s, 0, detail::code_point_set(chars)));
}

COIL_DECL text_result<std::string> center(str_view s, std::int64_t width, char32_t fill, std::size_t max_bytes) {
  std::size_t marg = detail::margin(s, width);
  // CPython puts the odd fill character on the left when both the margin and the width are odd.
  std::size_t left = marg / 2 + (marg & static_cast<std::size_t>(width) & 1);
  return detail::pad(s.bytes(), left, marg - left, fill, max_bytes);
}
COIL_DECL text_result<std::string> ljust(str_view s, std::int64_t width, char32_t fill, std::size_t max_bytes) {
  return detail::pad(s.bytes(), 0, detail::margin(s, width), fill, max_bytes);
}
COIL_DECL text_result<std::string> rjust(str_view s, std::int64_t width, char32_t fill, std::size_t max_bytes) {
  return detail::pad(s.bytes(), detail::margin(s, width), 0, fill, max_bytes);
}

COIL_DECL text_result<std::string> zfill(str_view s, std::int64_t width, std::size_t max_bytes) {
  std::size_t fill = detail::margin(s, width);
  auto out = detail::pad(s.bytes(), fill, 0, '0', max_bytes);
  if (out && fill > 0 && fill < out->size() && ((*out)[fill] == '+' || (*out)[fill] == '-')) {
    (*out)[0] = (*out)[fill];
    (*out)[fill] = '0';
  }
  return out;
}

namespace detail {

// Walks s for expandtabs: calls text(bytes) for runs without tabs and spaces(n) for each tab.
template <class Text, class Spaces>
inline void walk_tabs(std::string_view s, std::int64_t tabsize, Text&& text, Spaces&& spaces) {
  std::size_t column = 0, run = 0, i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '\t') {
      text(s.substr(run, i - run));
      if (tabsize > 0) {
        auto size = static_cast<std::size_t>(tabsize);
        std::size_t increment = size - column % size;
        spaces(increment);
        column = saturating_add(column, increment);
      }
      run = ++i;
      continue;
    }
    ++column;
    if (c == '\n' || c == '\r') column = 0;
    i += code_point_length_at(s, i);
  }
  text(s.substr(run));
}

}  // namespace detail

COIL_DECL std::size_t expandtabs_size(std::string_view s, std::int64_t tabsize) noexcept {
  std::size_t size = 0;
  detail::walk_tabs(
      s, tabsize, [&](std::string_view run) { size = detail::saturating_add(size, run.size()); },
      [&](std::size_t n) { size = detail::saturating_add(size, n); });
  return size;
}

COIL_DECL text_result<std::string> expandtabs(std::string_view s, std::int64_t tabsize, std::size_t max_bytes) {
  if (s.find('\t') == std::string_view::npos) {
    if (!detail::fits(s.size(), max_bytes)) return tl::unexpected(text_error::output_too_large);
    return std::string(s);
  }
  std::size_t size = expandtabs_size(s, tabsize);
  if (!detail::fits(size, max_bytes)) return tl::unexpected(text_error::output_too_large);
  std::string out;
  out.reserve(size);
  detail::walk_tabs(
      s, tabsize, [&](std::string_view run) { out.append(run); }, [&](std::size_t n) { out.append(n, ' '); });
  return out;
}

}  // namespace coil::runtime::text
