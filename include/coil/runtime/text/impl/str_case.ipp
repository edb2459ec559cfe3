// Case mapping. One loop, specialised per method at compile time, writes into a sink: a counting
// sink when the exact output size must be known before allocating (only when the worst case
// would not fit the budget), then a string sink.
#pragma once

#include <coil/runtime/text/impl/size_arithmetic.ipp>
#include <coil/runtime/text/impl/utf8.ipp>  // detail::load_word
#include <coil/runtime/text/str_case.hpp>
#include <coil/runtime/text/unicode_properties.hpp>
#include <coil/runtime/text/utf8.hpp>

#include <cstring>


namespace coil::runtime::text {

namespace detail {

enum class case_method { upper, lower, casefold, capitalize, title, swapcase };

inline constexpr char32_t capital_sigma = 0x3A3;

// σ or ς for the Σ at s[at, at + 2): ς when a cased letter precedes it (skipping case-ignorable
// characters) and none follows it (likewise). The scans stop at the first character that is not
// case-ignorable, and Σ itself is not, so all of them together stay linear in the string.
inline char32_t lower_sigma(std::string_view s, std::size_t at) noexcept {
  bool final_sigma = false;
  for (std::size_t j = at; j > 0;) {
    std::size_t start = previous_boundary(s, j);
    char32_t cp = decode(s, start).value;
    if (!unicode::is_case_ignorable(cp)) {
      final_sigma = unicode::is_cased(cp);
      break;
    }
    j = start;
  }
  if (final_sigma) {
    for (std::size_t k = at + 2; k < s.size();) {
      auto d = decode(s, k);
      if (!unicode::is_case_ignorable(d.value)) {
        final_sigma = !unicode::is_cased(d.value);
        break;
      }
      k += d.length;
    }
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

struct counting_sink {
  std::size_t size = 0;
  void byte(char) noexcept { ++size; }
  void code_point(char32_t cp) noexcept { size += encoded_length(cp); }
};

struct string_sink {
  std::string& out;
  void byte(char c) { out.push_back(c); }
  void code_point(char32_t cp) { append_code_point(out, cp); }
};

inline char ascii_upper(char c) noexcept { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }
inline char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
inline bool ascii_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

template <class Sink>
inline void emit(Sink& sink, const unicode::case_mapping& m) {
  for (std::uint32_t k = 0; k < m.size; ++k) sink.code_point(m.code_points[k]);
}

template <case_method Method, class Sink>
inline void map_case(std::string_view s, Sink& sink) {
  bool previous_cased = false;  // title(): the last character was cased
  bool first = true;            // capitalize(): at the first character
  std::size_t i = 0;
  while (i < s.size()) {
    const char byte = s[i];
    if (static_cast<unsigned char>(byte) < 0x80) {
      // ASCII: the cased characters are the letters, and none maps outside ASCII.
      char mapped = byte;
      if constexpr (Method == case_method::upper) {
        mapped = ascii_upper(byte);
      } else if constexpr (Method == case_method::lower || Method == case_method::casefold) {
        mapped = ascii_lower(byte);
      } else if constexpr (Method == case_method::capitalize) {
        mapped = first ? ascii_upper(byte) : ascii_lower(byte);
      } else if constexpr (Method == case_method::title) {
        mapped = previous_cased ? ascii_lower(byte) : ascii_upper(byte);
        previous_cased = ascii_letter(byte);
      } else {
        mapped = ascii_letter(byte) ? static_cast<char>(byte ^ 0x20) : byte;
      }
      sink.byte(mapped);
      first = false;
      ++i;
      continue;
    }
    const auto d = decode(s, i);
    const char32_t cp = d.value;
    auto lower_here = [&] {
      if (cp == capital_sigma) return unicode::case_mapping{{lower_sigma(s, i), 0, 0}, 1};
      return unicode::to_lower(cp);
    };
    if constexpr (Method == case_method::upper) {
      emit(sink, unicode::to_upper(cp));
    } else if constexpr (Method == case_method::lower) {
      emit(sink, lower_here());
    } else if constexpr (Method == case_method::casefold) {
      emit(sink, unicode::case_fold(cp));
    } else if constexpr (Method == case_method::capitalize) {
      emit(sink, first ? unicode::to_title(cp) : lower_here());
    } else if constexpr (Method == case_method::title) {
      emit(sink, previous_cased ? lower_here() : unicode::to_title(cp));
      previous_cased = unicode::is_cased(cp);
    } else {
      if (unicode::is_upper(cp))
        emit(sink, lower_here());
      else if (unicode::is_lower(cp))
        emit(sink, unicode::to_upper(cp));
      else
        sink.code_point(cp);
    }
    first = false;
    i += d.length;
  }
}

// The top bit of each byte of w (all bytes < 0x80) that lies in [first, last]: adding
// 0x80 - first sets a byte's top bit when it is >= first, without carrying into the next byte.
inline std::uint64_t ascii_range_mask(std::uint64_t w, unsigned char first, unsigned char last) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  std::uint64_t at_least_first = w + ones * (0x80 - first);
  std::uint64_t above_last = w + ones * (0x80 - last - 1);
  return (at_least_first ^ above_last) & high_bits;
}

// All-ASCII input: the output has the same size, written in place without decoding; the
// context-free methods flip the 0x20 bit of the letters a word at a time.
template <case_method Method>
inline void map_ascii_case(std::string_view s, char* out) noexcept {
  const std::size_t n = s.size();
  if constexpr (Method == case_method::upper || Method == case_method::lower || Method == case_method::casefold ||
                Method == case_method::swapcase) {
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      std::uint64_t w = load_word(s.data() + i), mask;
      if constexpr (Method == case_method::upper)
        mask = ascii_range_mask(w, 'a', 'z');
      else if constexpr (Method == case_method::swapcase)
        mask = ascii_range_mask(w, 'a', 'z') | ascii_range_mask(w, 'A', 'Z');
      else
        mask = ascii_range_mask(w, 'A', 'Z');
      w ^= mask >> 2;
      std::memcpy(out + i, &w, sizeof w);
    }
    for (; i < n; ++i) {
      if constexpr (Method == case_method::upper)
        out[i] = ascii_upper(s[i]);
      else if constexpr (Method == case_method::swapcase)
        out[i] = ascii_letter(s[i]) ? static_cast<char>(s[i] ^ 0x20) : s[i];
      else
        out[i] = ascii_lower(s[i]);
    }
  } else if constexpr (Method == case_method::capitalize) {
    for (std::size_t i = 0; i < n; ++i) out[i] = i == 0 ? ascii_upper(s[i]) : ascii_lower(s[i]);
  } else {
    bool previous_cased = false;
    for (std::size_t i = 0; i < n; ++i) {
      out[i] = previous_cased ? ascii_lower(s[i]) : ascii_upper(s[i]);
      previous_cased = ascii_letter(s[i]);
    }
  }
}

template <case_method Method>
inline text_result<std::string> change_case(std::string_view s, std::size_t max_bytes) {
  if (is_ascii(s)) {
    if (!fits(s.size(), max_bytes)) return tl::unexpected(text_error::output_too_large);
    std::string out(s.size(), '\0');
    map_ascii_case<Method>(s, out.data());
    return out;
  }
  const std::size_t ratio = unicode::tables::max_case_expansion_ratio;
  std::size_t reserve = s.size();
  if (!fits(saturating_multiply(s.size(), ratio), max_bytes)) {
    // The worst case does not fit the budget: measure exactly first.
    counting_sink counter;
    map_case<Method>(s, counter);
    if (!fits(counter.size, max_bytes)) return tl::unexpected(text_error::output_too_large);
    reserve = counter.size;
  }
  std::string out;
  out.reserve(reserve);
  string_sink sink{out};
  map_case<Method>(s, sink);
  return out;
}

}  // namespace detail

COIL_DECL text_result<std::string> upper(std::string_view s, std::size_t max_bytes) {
  return detail::change_case<detail::case_method::upper>(s, max_bytes);
}
COIL_DECL text_result<std::string> lower(std::string_view s, std::size_t max_bytes) {
  return detail::change_case<detail::case_method::lower>(s, max_bytes);
}
COIL_DECL text_result<std::string> casefold(std::string_view s, std::size_t max_bytes) {
  return detail::change_case<detail::case_method::casefold>(s, max_bytes);
}
COIL_DECL text_result<std::string> capitalize(std::string_view s, std::size_t max_bytes) {
  return detail::change_case<detail::case_method::capitalize>(s, max_bytes);
}
COIL_DECL text_result<std::string> title(std::string_view s, std::size_t max_bytes) {
  return detail::change_case<detail::case_method::title>(s, max_bytes);
}
COIL_DECL text_result<std::string> swapcase(std::string_view s, std::size_t max_bytes) {
  return detail::change_case<detail::case_method::swapcase>(s, max_bytes);
}

}  // namespace coil::runtime::text
