// str searching methods. Each turns its code-point window into a byte window once, searches bytes,
// and converts a found byte position back to a code-point index by counting the code points
// before it (free for ASCII).
#pragma once

#include <coil/runtime/text/impl/size_arithmetic.ipp>
#include <coil/runtime/text/impl/utf8.ipp>  // detail::load_word
#include <coil/runtime/text/str_search.hpp>
#include <coil/runtime/text/substring_search.hpp>

#include <algorithm>
#include <bit>
#include <limits>

namespace coil::runtime::text {

namespace detail {

// The bytes of the code points [range.start, range.end) after clamping end to the length, or
// nullopt when start > end (then CPython finds nothing, not even the empty string).
inline std::optional<std::string_view> byte_window(str_view s, index_range& range) noexcept {
  if (range.end > s.length()) range.end = s.length();
  if (range.start > range.end) return std::nullopt;
  std::string_view bytes = s.bytes();
  if (s.ascii()) return bytes.substr(range.start, range.end - range.start);
  std::size_t first = range.start == 0 ? 0 : s.offset(range.start);
  std::size_t last = range.end == s.length() ? bytes.size()
                                             : first + byte_offset(bytes.substr(first), range.end - range.start);
  return bytes.substr(first, last - first);
}

inline std::size_t code_points_before(std::string_view window, std::size_t byte_position, bool ascii) noexcept {
  return ascii ? byte_position : code_point_count(window.substr(0, byte_position));
}

// Occurrences of byte c, a word at a time: a byte of w ^ (c * 0x01..) is zero exactly where c
// is, and the expression below sets the top bit of exactly those bytes.
inline std::size_t count_byte(std::string_view s, char c) noexcept {
  constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
  const std::uint64_t pattern = 0x0101010101010101ULL * static_cast<unsigned char>(c);
  std::size_t n = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x = load_word(s.data() + i) ^ pattern;
    n += static_cast<std::size_t>(std::popcount(~(((x & low7) + low7) | x | low7)));
  }
  for (; i < s.size(); ++i) n += s[i] == c;
  return n;
}

// Non-overlapping matches of a non-empty needle in s, at most `limit`.
inline std::size_t count_matches(std::string_view s, std::string_view needle, std::size_t limit) noexcept {
  std::size_t n = 0;
  if (needle.size() == 1 && limit >= s.size()) return count_byte(s, needle[0]);
  if (needle.size() == 1) {
    const char c = needle[0];
    for (std::size_t at = s.find(c); at != std::string_view::npos && n < limit; at = s.find(c, at + 1)) ++n;
    return n;
  }
  substring_searcher searcher(needle, search_direction::forward);
  std::size_t position = 0;
  while (n < limit) {
    std::size_t at = searcher.find_in(s.substr(position));
    if (at == std::string_view::npos) break;
    ++n;
    position += at + needle.size();
  }
  return n;
}

inline std::size_t replacement_limit(std::int64_t max_count) noexcept {
  return max_count < 0 ? std::numeric_limits<std::size_t>::max() : static_cast<std::size_t>(max_count);
}

}  // namespace detail

COIL_DECL index_range adjust_indices(std::optional<std::int64_t> start, std::optional<std::int64_t> end,
                                     std::size_t length) noexcept {
  const auto len = static_cast<std::int64_t>(std::min<std::size_t>(length, std::numeric_limits<std::int64_t>::max()));
  std::int64_t s = start.value_or(0), e = end.value_or(len);
  if (e > len) {
    e = len;
  } else if (e < 0) {
    e = e < -len ? 0 : e + len;
  }
  if (s < 0) s = s < -len ? 0 : s + len;
  return {static_cast<std::size_t>(s), static_cast<std::size_t>(e)};
}

COIL_DECL std::optional<std::size_t> find(str_view s, std::string_view sub, index_range range) noexcept {
  auto window = detail::byte_window(s, range);
  if (!window) return std::nullopt;
  std::size_t at = find_bytes(*window, sub);
  if (at == std::string_view::npos) return std::nullopt;
  return range.start + detail::code_points_before(*window, at, s.ascii());
}

COIL_DECL std::optional<std::size_t> rfind(str_view s, std::string_view sub, index_range range) noexcept {
  auto window = detail::byte_window(s, range);
  if (!window) return std::nullopt;
  std::size_t at = rfind_bytes(*window, sub);
  if (at == std::string_view::npos) return std::nullopt;
  if (s.ascii()) return range.start + at;
  // Count whichever side of the match is shorter.
  if (at <= window->size() / 2) return range.start + code_point_count(window->substr(0, at));
  return range.end - code_point_count(window->substr(at));
}

COIL_DECL std::size_t count(str_view s, std::string_view sub, index_range range) noexcept {
  auto window = detail::byte_window(s, range);
  if (!window) return 0;
  if (sub.empty()) return range.end - range.start + 1;
  return detail::count_matches(*window, sub, std::numeric_limits<std::size_t>::max());
}

COIL_DECL bool contains(std::string_view s, std::string_view sub) noexcept {
  return find_bytes(s, sub) != std::string_view::npos;
}

COIL_DECL bool startswith(str_view s, std::string_view prefix, index_range range) noexcept {
  auto window = detail::byte_window(s, range);
  return window && window->substr(0, prefix.size()) == prefix;
}

COIL_DECL bool endswith(str_view s, std::string_view suffix, index_range range) noexcept {
  auto window = detail::byte_window(s, range);
  return window && window->size() >= suffix.size() && window->substr(window->size() - suffix.size()) == suffix;
}

COIL_DECL std::string_view removeprefix(std::string_view s, std::string_view prefix) noexcept {
  return s.substr(0, prefix.size()) == prefix ? s.substr(prefix.size()) : s;
}

COIL_DECL std::string_view removesuffix(std::string_view s, std::string_view suffix) noexcept {
  if (suffix.empty() || s.size() < suffix.size() || s.substr(s.size() - suffix.size()) != suffix) return s;
  return s.substr(0, s.size() - suffix.size());
}

namespace detail {

inline std::size_t replace_matches(std::string_view s, std::string_view old, std::int64_t max_count) noexcept {
  std::size_t limit = replacement_limit(max_count);
  if (old.empty()) return std::min(saturating_add(code_point_count(s), 1), limit);
  return count_matches(s, old, limit);
}

}  // namespace detail

COIL_DECL std::size_t replace_size(std::string_view s, std::string_view old, std::string_view new_text,
                                   std::int64_t max_count) noexcept {
  std::size_t matches = detail::replace_matches(s, old, max_count);
  std::size_t removed = matches * old.size();  // the matches are inside s: no overflow
  return detail::saturating_add(s.size() - removed, detail::saturating_multiply(matches, new_text.size()));
}

COIL_DECL text_result<std::string> replace(std::string_view s, std::string_view old, std::string_view new_text,
                                           std::int64_t max_count, std::size_t max_bytes) {
  std::size_t matches = detail::replace_matches(s, old, max_count);
  std::size_t size = detail::saturating_add(s.size() - matches * old.size(),
                                            detail::saturating_multiply(matches, new_text.size()));
  if (!detail::fits(size, max_bytes)) return tl::unexpected(text_error::output_too_large);
  std::string out;
  out.reserve(size);
  if (matches == 0) {
    out.append(s);
    return out;
  }
  if (old.empty()) {
    // new_text before each of the first `matches` code points (the last insertion may be at the end).
    std::size_t position = 0;
    for (std::size_t i = 0; i < matches; ++i) {
      out.append(new_text);
      if (position < s.size()) {
        std::size_t length = decode(s, position).length;
        out.append(s.substr(position, length));
        position += length;
      }
    }
    out.append(s.substr(position));
    return out;
  }
  substring_searcher searcher(old, search_direction::forward);
  std::size_t position = 0;
  for (std::size_t i = 0; i < matches; ++i) {
    std::size_t at = old.size() == 1 ? s.find(old[0], position) : position + searcher.find_in(s.substr(position));
    out.append(s.substr(position, at - position));
    out.append(new_text);
    position = at + old.size();
  }
  out.append(s.substr(position));
  return out;
}

}  // namespace coil::runtime::text
