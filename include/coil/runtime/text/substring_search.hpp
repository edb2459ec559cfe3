// Byte substring search with a linear worst case, forward and backward: the engine under str.find,
// rfind, count, replace, split and `in`. UTF-8 is self-synchronising (a lead byte never equals a
// continuation byte), so a byte match in valid text always starts and ends on code-point
// boundaries and the str algorithms can search bytes directly. Short needles use memchr and a
// compare; long ones use the Two-Way algorithm (Crochemore and Perrin), whose time is linear in
// the haystack whatever the input, so a hostile 'a' * 10**7 searched for 'a' * 10**5 + 'b' does
// not take quadratic time inside one opaque native call.
#pragma once

#include <coil/config.hpp>

#include <cstddef>
#include <string_view>

namespace coil::runtime::text {

enum class search_direction : bool { forward, backward };

// Prepares a needle once for many searches (count and replace search the same needle repeatedly).
class substring_searcher {
 public:
  static constexpr std::size_t npos = std::string_view::npos;

  COIL_DECL substring_searcher(std::string_view needle, search_direction direction) noexcept;

  // forward: the first match in haystack; backward: the last. npos when there is none. An empty
  // needle matches at 0 (forward) or at haystack.size() (backward).
  COIL_DECL std::size_t find_in(std::string_view haystack) const noexcept;

  std::string_view needle() const noexcept { return needle_; }

 private:
  std::string_view needle_;
  search_direction direction_;
  // Two-Way factorisation of the needle (read backwards for a backward searcher).
  std::ptrdiff_t critical_ = -1;
  std::size_t period_ = 1;
  bool periodic_ = false;
};

// One-off searches.
COIL_DECL std::size_t find_bytes(std::string_view haystack, std::string_view needle) noexcept;
COIL_DECL std::size_t rfind_bytes(std::string_view haystack, std::string_view needle) noexcept;

}  // namespace coil::runtime::text

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/text/impl/substring_search.ipp>
#endif
