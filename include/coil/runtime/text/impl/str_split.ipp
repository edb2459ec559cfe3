// str splitting methods, following the structure of CPython's loops (so maxsplit stops at the
// same places) over UTF-8 bytes: separators are found by byte search, whitespace and line
// breaks by the character classes.
#pragma once

#include <coil/runtime/text/impl/character_classes.ipp>
#include <coil/runtime/text/str_split.hpp>
#include <coil/runtime/text/substring_search.hpp>

#include <algorithm>
#include <limits>

namespace coil::runtime::text {

namespace detail {

// Collects pieces up to a budget; once over it, full() stays true and the list is abandoned.
class piece_collector {
 public:
  explicit piece_collector(std::size_t max_pieces) : max_pieces_(max_pieces) {}
  // False once the budget is exhausted (the caller stops; finish() reports the error).
  bool add(std::string_view piece) {
    if (pieces_.size() >= max_pieces_) {
      full_ = true;
      return false;
    }
    pieces_.push_back(piece);
    return true;
  }
  text_result<piece_list> finish(bool reverse = false) {
    if (full_) return tl::unexpected(text_error::output_too_large);
    if (reverse) std::reverse(pieces_.begin(), pieces_.end());
    return std::move(pieces_);
  }

 private:
  piece_list pieces_;
  std::size_t max_pieces_;
  bool full_ = false;
};

inline std::size_t split_limit(std::int64_t maxsplit) noexcept {
  return maxsplit < 0 ? std::numeric_limits<std::size_t>::max() : static_cast<std::size_t>(maxsplit);
}

inline text_result<piece_list> split_whitespace(std::string_view s, std::size_t limit, std::size_t max_pieces) {
  piece_collector pieces(max_pieces);
  const std::size_t n = s.size();
  std::size_t i = 0;
  for (; limit > 0; --limit) {
    while (i < n) {
      std::size_t w = flagged_length_at(s, i, unicode::flag::space);
      if (w == 0) break;
      i += w;
    }
    if (i == n) break;
    std::size_t j = i;
    while (i < n && flagged_length_at(s, i, unicode::flag::space) == 0) i += code_point_length_at(s, i);
    if (!pieces.add(s.substr(j, i - j))) return pieces.finish();
  }
  if (i < n) {
    // Only reached when maxsplit ran out: skip the whitespace, keep the rest as it is.
    while (i < n) {
      std::size_t w = flagged_length_at(s, i, unicode::flag::space);
      if (w == 0) break;
      i += w;
    }
    if (i < n) pieces.add(s.substr(i));
  }
  return pieces.finish();
}

inline text_result<piece_list> rsplit_whitespace(std::string_view s, std::size_t limit, std::size_t max_pieces) {
  piece_collector pieces(max_pieces);
  std::size_t i = s.size();  // everything before i is still to split
  for (; limit > 0; --limit) {
    while (i > 0) {
      std::size_t w = flagged_length_before(s, i, unicode::flag::space);
      if (w == 0) break;
      i -= w;
    }
    if (i == 0) break;
    std::size_t j = i;
    while (i > 0 && flagged_length_before(s, i, unicode::flag::space) == 0) i -= code_point_length_before(s, i);
    if (!pieces.add(s.substr(i, j - i))) return pieces.finish();
  }
  if (i > 0) {
    while (i > 0) {
      std::size_t w = flagged_length_before(s, i, unicode::flag::space);
      if (w == 0) break;
      i -= w;
    }
    if (i > 0) pieces.add(s.substr(0, i));
  }
  return pieces.finish(true);
}

inline text_result<piece_list> split_separator(std::string_view s, std::string_view sep, std::size_t limit,
                                               std::size_t max_pieces) {
  piece_collector pieces(max_pieces);
  substring_searcher searcher(sep, search_direction::forward);
  std::size_t i = 0;
  for (; limit > 0; --limit) {
    std::size_t at = sep.size() == 1 ? s.find(sep[0], i) : searcher.find_in(s.substr(i));
    if (at == std::string_view::npos) break;
    if (sep.size() != 1) at += i;
    if (!pieces.add(s.substr(i, at - i))) return pieces.finish();
    i = at + sep.size();
  }
  pieces.add(s.substr(i));
  return pieces.finish();
}

inline text_result<piece_list> rsplit_separator(std::string_view s, std::string_view sep, std::size_t limit,
                                               std::size_t max_pieces) {
  piece_collector pieces(max_pieces);
  substring_searcher searcher(sep, search_direction::backward);
  std::size_t i = s.size();  // everything before i is still to split
  for (; limit > 0; --limit) {
    std::size_t at = sep.size() == 1 ? (i == 0 ? std::string_view::npos : s.rfind(sep[0], i - 1))
                                     : searcher.find_in(s.substr(0, i));
    if (at == std::string_view::npos) break;
    if (!pieces.add(s.substr(at + sep.size(), i - at - sep.size()))) return pieces.finish();
    i = at;
  }
  pieces.add(s.substr(0, i));
  return pieces.finish(true);
}

}  // namespace detail

COIL_DECL text_result<piece_list> split(std::string_view s, std::optional<std::string_view> sep, std::int64_t maxsplit,
                                        std::size_t max_pieces) {
  if (!sep) return detail::split_whitespace(s, detail::split_limit(maxsplit), max_pieces);
  if (sep->empty()) return tl::unexpected(text_error::empty_separator);
  return detail::split_separator(s, *sep, detail::split_limit(maxsplit), max_pieces);
}

COIL_DECL text_result<piece_list> rsplit(std::string_view s, std::optional<std::string_view> sep, std::int64_t maxsplit,
                                         std::size_t max_pieces) {
  if (!sep) return detail::rsplit_whitespace(s, detail::split_limit(maxsplit), max_pieces);
  if (sep->empty()) return tl::unexpected(text_error::empty_separator);
  return detail::rsplit_separator(s, *sep, detail::split_limit(maxsplit), max_pieces);
}

COIL_DECL text_result<piece_list> splitlines(std::string_view s, bool keepends, std::size_t max_pieces) {
  detail::piece_collector lines(max_pieces);
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    std::size_t start = i, brk = 0;
    while (i < n && (brk = detail::flagged_length_at(s, i, unicode::flag::line_break)) == 0)
      i += detail::code_point_length_at(s, i);
    std::size_t eol = i;
    if (i < n) {
      i += (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') ? 2 : brk;
      if (keepends) eol = i;
    }
    if (!lines.add(s.substr(start, eol - start))) break;
  }
  return lines.finish();
}

COIL_DECL text_result<partition_result> partition(std::string_view s, std::string_view sep) noexcept {
  if (sep.empty()) return tl::unexpected(text_error::empty_separator);
  std::size_t at = find_bytes(s, sep);
  if (at == std::string_view::npos) return partition_result{s, {}, {}};
  return partition_result{s.substr(0, at), s.substr(at, sep.size()), s.substr(at + sep.size())};
}

COIL_DECL text_result<partition_result> rpartition(std::string_view s, std::string_view sep) noexcept {
  if (sep.empty()) return tl::unexpected(text_error::empty_separator);
  std::size_t at = rfind_bytes(s, sep);
  if (at == std::string_view::npos) return partition_result{{}, {}, s};
  return partition_result{s.substr(0, at), s.substr(at, sep.size()), s.substr(at + sep.size())};
}

}  // namespace coil::runtime::text
