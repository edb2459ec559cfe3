// The splitting methods of Python's str with CPython 3.12's semantics: split/rsplit with a
// separator or on runs of whitespace (str.isspace, so '\x1c'..'\x1f', '\x85', '\u3000' count),
// with maxsplit; splitlines on Python's line boundaries (\n, \r, \r\n, \v, \f, \x1c-\x1e, \x85,
// \u2028, \u2029) with keepends; partition/rpartition. Results are views into the input, so the
// caller must keep the input alive while it copies them into str objects. A list can hold one
// piece per character (16 bytes of view each, before the VM makes str objects of them), so the
// list-returning functions take a max_pieces budget and fail with output_too_large past it.
#pragma once

#include <coil/runtime/text/text_error.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace coil::runtime::text {

using piece_list = std::vector<std::string_view>;
inline constexpr std::size_t unlimited_pieces = static_cast<std::size_t>(-1);

// s.split(sep, maxsplit): sep == nullopt splits on whitespace runs; maxsplit < 0 means no limit.
// An empty separator is empty_separator ("empty separator").
COIL_DECL text_result<piece_list> split(std::string_view s, std::optional<std::string_view> sep = std::nullopt,
                                        std::int64_t maxsplit = -1, std::size_t max_pieces = unlimited_pieces);
// s.rsplit(sep, maxsplit): the pieces are in left-to-right order, as Python returns them.
COIL_DECL text_result<piece_list> rsplit(std::string_view s, std::optional<std::string_view> sep = std::nullopt,
                                         std::int64_t maxsplit = -1, std::size_t max_pieces = unlimited_pieces);

// s.splitlines(keepends).
COIL_DECL text_result<piece_list> splitlines(std::string_view s, bool keepends = false,
                                             std::size_t max_pieces = unlimited_pieces);

struct partition_result {
  std::string_view head;
  std::string_view separator;
  std::string_view tail;
};

// s.partition(sep): (s, '', '') when sep is absent. Empty sep is empty_separator.
COIL_DECL text_result<partition_result> partition(std::string_view s, std::string_view sep) noexcept;
// s.rpartition(sep): ('', '', s) when sep is absent.
COIL_DECL text_result<partition_result> rpartition(std::string_view s, std::string_view sep) noexcept;

}  // namespace coil::runtime::text

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/text/impl/str_split.ipp>
#endif
