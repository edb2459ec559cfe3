// Per-code-point Unicode facts as CPython 3.12 sees them: the flags behind the str predicates,
// decimal digit values, and the full case mappings (up to three code points, 'ß' -> "SS"), read
// from the generated two-level table in unicode_tables.hpp (tests/generate_unicode_tables_runtime.py
// derives every column from python3.12's own str methods). Everything here is inline and
// constexpr-table driven: these lookups sit inside every per-character loop of the str methods.
// `ascii_flags` repeats the flags of the 128 ASCII code points in a flat array for the fast paths.
#pragma once

#include <coil/runtime/text/unicode_tables.hpp>

#include <array>
#include <cstddef>
#include <cstdint>

namespace coil::runtime::text::unicode {

namespace flag = tables;  // flag::alpha, flag::space, ... (bits of tables::record::flags)

inline constexpr const tables::record& record_of(char32_t cp) noexcept {
  if (cp > 0x10FFFF) cp = 0xFFFF;  // a noncharacter: unassigned, like anything past the range
  constexpr unsigned mask = (1u << tables::block_shift) - 1;
  std::size_t block = tables::block_index[cp >> tables::block_shift];
  return tables::records[tables::record_index[(block << tables::block_shift) | (cp & mask)]];
}

inline constexpr std::uint32_t flags_of(char32_t cp) noexcept { return record_of(cp).flags; }

// The flags of the ASCII code points, for loops that have not left ASCII.
inline constexpr std::array<std::uint32_t, 128> ascii_flags = [] {
  std::array<std::uint32_t, 128> flags{};
  for (char32_t cp = 0; cp < 128; ++cp) flags[cp] = flags_of(cp);
  return flags;
}();

inline constexpr bool has(char32_t cp, std::uint32_t flag_bits) noexcept {
  return (cp < 128 ? ascii_flags[cp] : flags_of(cp)) & flag_bits;
}

inline constexpr bool is_alpha(char32_t cp) noexcept { return has(cp, flag::alpha); }
inline constexpr bool is_decimal(char32_t cp) noexcept { return has(cp, flag::decimal); }
inline constexpr bool is_digit(char32_t cp) noexcept { return has(cp, flag::digit); }
inline constexpr bool is_numeric(char32_t cp) noexcept { return has(cp, flag::numeric); }
inline constexpr bool is_alnum(char32_t cp) noexcept {
  return has(cp, flag::alpha | flag::decimal | flag::digit | flag::numeric);
}
inline constexpr bool is_space(char32_t cp) noexcept { return has(cp, flag::space); }
inline constexpr bool is_printable(char32_t cp) noexcept { return has(cp, flag::printable); }
inline constexpr bool is_upper(char32_t cp) noexcept { return has(cp, flag::upper); }
inline constexpr bool is_lower(char32_t cp) noexcept { return has(cp, flag::lower); }
inline constexpr bool is_title(char32_t cp) noexcept { return has(cp, flag::title); }
inline constexpr bool is_cased(char32_t cp) noexcept { return has(cp, flag::cased); }
inline constexpr bool is_case_ignorable(char32_t cp) noexcept { return has(cp, flag::case_ignorable); }
inline constexpr bool is_xid_start(char32_t cp) noexcept { return has(cp, flag::xid_start); }
inline constexpr bool is_xid_continue(char32_t cp) noexcept { return has(cp, flag::xid_continue); }
inline constexpr bool is_line_break(char32_t cp) noexcept { return has(cp, flag::line_break); }

// The value 0..9 of a decimal digit (any script: int('٣') == 3), or -1.
inline constexpr int decimal_value(char32_t cp) noexcept {
  std::uint32_t f = flags_of(cp);
  return (f & flag::decimal) ? static_cast<int>((f >> tables::decimal_shift) & 15) : -1;
}

// A full case mapping: one to three code points.
struct case_mapping {
  char32_t code_points[3];
  std::uint32_t size;
};

namespace detail {
inline constexpr case_mapping expand(char32_t cp, std::int32_t field, bool expands) noexcept {
  if (!expands) return {{static_cast<char32_t>(static_cast<std::int32_t>(cp) + field), 0, 0}, 1};
  auto offset = static_cast<std::size_t>(field) >> 2;
  auto size = static_cast<std::uint32_t>(field) & 3;
  case_mapping m{{0, 0, 0}, size};
  for (std::uint32_t i = 0; i < size; ++i) m.code_points[i] = tables::expansions[offset + i];
  return m;
}
}  // namespace detail

// str.upper() / lower() / title() / casefold() of the one character. lower() of U+03A3 is the
// non-final σ: the final-sigma rule needs the neighbours, str_case.hpp applies it.
inline constexpr case_mapping to_upper(char32_t cp) noexcept {
  const auto& r = record_of(cp);
  return detail::expand(cp, r.upper, r.flags & flag::upper_expands);
}
inline constexpr case_mapping to_lower(char32_t cp) noexcept {
  const auto& r = record_of(cp);
  return detail::expand(cp, r.lower, r.flags & flag::lower_expands);
}
inline constexpr case_mapping to_title(char32_t cp) noexcept {
  const auto& r = record_of(cp);
  return detail::expand(cp, r.title, r.flags & flag::title_expands);
}
inline constexpr case_mapping case_fold(char32_t cp) noexcept {
  const auto& r = record_of(cp);
  return detail::expand(cp, r.fold, r.flags & flag::fold_expands);
}

// The simple (one-to-one) lowercase mapping the re module's IGNORECASE compares with.
inline constexpr char32_t simple_lower(char32_t cp) noexcept {
  if (cp > 0x10FFFF) return cp;
  return static_cast<char32_t>(static_cast<std::int32_t>(cp) + record_of(cp).simple_lower);
}

}  // namespace coil::runtime::text::unicode
