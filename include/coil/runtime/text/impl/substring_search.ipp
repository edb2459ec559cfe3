// Substring search. Every search starts with the cheap strategy that wins on ordinary text
// (memchr for the needle's first byte, then a compare) and counts the bytes it compares; once
// that work exceeds a constant times the bytes scanned (a periodic, hostile input), it hands the
// rest of the haystack to Two-Way, which is linear. A backward search runs the same algorithms on
// the needle and the haystack read from the end.
#pragma once

#include <coil/runtime/text/substring_search.hpp>

#include <algorithm>
#include <cstring>
#include <utility>

namespace coil::runtime::text {

namespace detail {

// A byte string read forwards, or backwards (index 0 is the last byte).
template <bool Backward>
struct byte_sequence {
  const unsigned char* data;
  std::size_t size;
  unsigned char operator[](std::size_t i) const noexcept { return Backward ? data[size - 1 - i] : data[i]; }
};

// The maximal suffix of x[0, m) under the byte order (or its reverse when `inverted`), as its
// start minus one and the period of that suffix.
template <class Sequence>
inline std::pair<std::ptrdiff_t, std::size_t> maximal_suffix(const Sequence& x, std::size_t m, bool inverted) noexcept {
  std::ptrdiff_t ms = -1;
  std::size_t j = 0, k = 1, p = 1;
  while (j + k < m) {
    unsigned char a = x[j + k];
    unsigned char b = x[static_cast<std::size_t>(ms + static_cast<std::ptrdiff_t>(k))];
    if (inverted ? a > b : a < b) {
      j += k;
      k = 1;
      p = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(j) - ms);
    } else if (a == b) {
      if (k != p) {
        ++k;
      } else {
        j += p;
        k = 1;
      }
    } else {
      ms = static_cast<std::ptrdiff_t>(j);
      j = j + 1;
      k = p = 1;
    }
  }
  return {ms, p};
}

// The first match of x (length m >= 2) in y (length n), in the sequences' own coordinates.
template <class Sequence>
inline std::size_t two_way(const Sequence& x, std::size_t m, const Sequence& y, std::size_t n, std::ptrdiff_t ell,
                           std::size_t per, bool periodic) noexcept {
  using index = std::ptrdiff_t;
  const index im = static_cast<index>(m);
  const index ip = static_cast<index>(per);
  if (n < m) return std::string_view::npos;
  const std::size_t last = n - m;
  std::size_t j = 0;
  if (periodic) {
    index memory = -1;
    while (j <= last) {
      index i = std::max(ell, memory) + 1;
      while (i < im && x[static_cast<std::size_t>(i)] == y[static_cast<std::size_t>(i) + j]) ++i;
      if (i >= im) {
        i = ell;
        while (i > memory && x[static_cast<std::size_t>(i)] == y[static_cast<std::size_t>(i) + j]) --i;
        if (i <= memory) return j;
        j += per;
        memory = im - ip - 1;
      } else {
        j += static_cast<std::size_t>(i - ell);
        memory = -1;
      }
    }
  } else {
    while (j <= last) {
      index i = ell + 1;
      while (i < im && x[static_cast<std::size_t>(i)] == y[static_cast<std::size_t>(i) + j]) ++i;
      if (i >= im) {
        i = ell;
        while (i >= 0 && x[static_cast<std::size_t>(i)] == y[static_cast<std::size_t>(i) + j]) --i;
        if (i < 0) return j;
        j += per;
      } else {
        j += static_cast<std::size_t>(i - ell);
      }
    }
  }
  return std::string_view::npos;
}

inline const unsigned char* bytes_of(std::string_view s) noexcept {
  return reinterpret_cast<const unsigned char*>(s.data());
}

// Work the first-byte strategy may spend before Two-Way takes over: a few compares per byte
// scanned plus a constant, so ordinary searches never switch.
inline constexpr std::size_t naive_work_allowance = 4096;

}  // namespace detail

COIL_DECL substring_searcher::substring_searcher(std::string_view needle, search_direction direction) noexcept
    : needle_(needle), direction_(direction) {
  const std::size_t m = needle.size();
  if (m < 2) return;
  auto factorise = [&](const auto& x) {
    auto [ms1, p1] = detail::maximal_suffix(x, m, false);
    auto [ms2, p2] = detail::maximal_suffix(x, m, true);
    if (ms1 > ms2) {
      critical_ = ms1;
      period_ = p1;
    } else {
      critical_ = ms2;
      period_ = p2;
    }
    // Periodic when x[0, critical] reappears `period` bytes later.
    std::size_t u = static_cast<std::size_t>(critical_ + 1);
    periodic_ = period_ + u <= m;
    for (std::size_t i = 0; periodic_ && i < u; ++i) periodic_ = x[i] == x[i + period_];
    if (!periodic_) period_ = std::max(u, m - u) + 1;
  };
  if (direction == search_direction::forward)
    factorise(detail::byte_sequence<false>{detail::bytes_of(needle), m});
  else
    factorise(detail::byte_sequence<true>{detail::bytes_of(needle), m});
}

COIL_DECL std::size_t substring_searcher::find_in(std::string_view haystack) const noexcept {
  const std::size_t m = needle_.size(), n = haystack.size();
  const bool forward = direction_ == search_direction::forward;
  if (m == 0) return forward ? 0 : n;
  if (m > n) return npos;
  const unsigned char* h = detail::bytes_of(haystack);
  const unsigned char* x = detail::bytes_of(needle_);
  const unsigned char first = forward ? x[0] : x[m - 1];
  if (forward) {
    std::size_t i = 0, work = 0;
    while (i <= n - m) {
      const void* hit = std::memchr(h + i, first, n - m + 1 - i);
      if (hit == nullptr) return npos;
      i = static_cast<std::size_t>(static_cast<const unsigned char*>(hit) - h);
      if (m == 1 || std::memcmp(h + i + 1, x + 1, m - 1) == 0) return i;
      work += m;
      ++i;
      if (work > 4 * i + detail::naive_work_allowance) {
        std::size_t rest = n - i;
        std::size_t at = detail::two_way(detail::byte_sequence<false>{x, m}, m, detail::byte_sequence<false>{h + i, rest},
                                         rest, critical_, period_, periodic_);
        return at == npos ? npos : i + at;
      }
    }
    return npos;
  }
  // Backward: candidates end at `end` (exclusive), from the haystack's end down.
  std::size_t end = n, work = 0;
  while (end >= m) {
    while (end >= m && h[end - 1] != first) --end;
    if (end < m) return npos;
    if (m == 1 || std::memcmp(h + end - m, x, m - 1) == 0) return end - m;
    work += m;
    --end;
    if (work > 4 * (n - end) + detail::naive_work_allowance) {
      // Two-Way over the reversed prefix [0, end): a match at reversed position j ends at end - j.
      std::size_t at = detail::two_way(detail::byte_sequence<true>{x, m}, m, detail::byte_sequence<true>{h, end}, end,
                                       critical_, period_, periodic_);
      return at == npos ? npos : end - at - m;
    }
  }
  return npos;
}

COIL_DECL std::size_t find_bytes(std::string_view haystack, std::string_view needle) noexcept {
  if (needle.size() <= 1) return needle.empty() ? 0 : haystack.find(needle[0]);
  return substring_searcher(needle, search_direction::forward).find_in(haystack);
}

COIL_DECL std::size_t rfind_bytes(std::string_view haystack, std::string_view needle) noexcept {
  if (needle.size() <= 1) return needle.empty() ? haystack.size() : haystack.rfind(needle[0]);
  return substring_searcher(needle, search_direction::backward).find_in(haystack);
}

}  // namespace coil::runtime::text
