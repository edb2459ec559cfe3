// big_int definitions for conversions: int(s, base) parsing with CPython's rules (Unicode digits
// and spaces, underscores, prefixes, the 4300-digit limit), digit strings in any base, and the
// float conversions (correctly rounded to_double, frexp, from_double, exact int/float comparison).
#pragma once

#include <coil/runtime/big_int.hpp>
#include <coil/runtime/impl/big_int_kernels.ipp>

#include <cmath>
#include <string>

namespace coil::runtime {

namespace detail {

// The code point of every Unicode digit zero (general category Nd, Unicode 15.0 as in CPython
// 3.12) outside ASCII; each is followed by the digits one to nine. int() accepts all of them.
inline constexpr char32_t unicode_digit_zeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,   0xce6,   0xd66,
    0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,
    0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730,
    0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950, 0x1fbf0};

// Non-ASCII code points that str.isspace() accepts; int() strips them like ASCII spaces.
inline bool is_unicode_space(char32_t c) noexcept {
  return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
         c == 0x202f || c == 0x205f || c == 0x3000;
}

// The ASCII characters int() skips around the number (C's isspace).
inline bool is_ascii_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// Decodes one UTF-8 sequence at text[i]; returns false on malformed input.
inline bool decode_utf8(std::string_view text, std::size_t& i, char32_t& out) noexcept {
  unsigned char c = static_cast<unsigned char>(text[i]);
  int extra = c >= 0xF8 ? -1 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
  if (extra < 0 || i + static_cast<std::size_t>(extra) >= text.size()) return false;
  char32_t value = c & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    unsigned char d = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
    if ((d & 0xC0) != 0x80) return false;
    value = (value << 6) | (d & 0x3F);
  }
  i += static_cast<std::size_t>(extra) + 1;
  out = value;
  return true;
}

// int()'s view of a string: non-ASCII spaces become ' ', non-ASCII decimal digits their ASCII
// digit, anything else non-ASCII a character no base accepts.
inline std::string ascii_form(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      out += c;
      ++i;
      continue;
    }
    char32_t cp = 0;
    if (!decode_utf8(text, i, cp)) {
      out += '?';
      ++i;
      continue;
    }
    char replacement = '?';
    if (is_unicode_space(cp)) {
      replacement = ' ';
    } else {
      for (char32_t zero : unicode_digit_zeros) {
        if (cp >= zero && cp < zero + 10) {
          replacement = static_cast<char>('0' + (cp - zero));
          break;
        }
      }
    }
    out += replacement;
  }
  return out;
}

inline int digit_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

inline bool is_power_of_two_base(int base) noexcept { return (base & (base - 1)) == 0; }

// The value of `digits` (each a valid digit of `base`, no separators) as a magnitude.
inline big_int magnitude_from_digits(std::string_view digits, int base) {
  // Up to 12 digits of any base fit in 63 bits (36**12 < 2**63): most numbers need no limb loop.
  if (digits.size() <= 12) {
    std::int64_t value = 0;
    for (char c : digits) value = value * base + digit_value(c);
    return big_int(value);
  }
  if (is_power_of_two_base(base)) {
    int bits_per_digit = std::countr_zero(static_cast<unsigned>(base));
    std::uint64_t total_bits = static_cast<std::uint64_t>(digits.size()) * static_cast<std::uint64_t>(bits_per_digit);
    big_int r = big_int_access::with_limbs(static_cast<std::size_t>((total_bits + 63) / 64));
    limb* rp = big_int_access::limbs(r);
    std::uint64_t position = 0;
    for (std::size_t i = digits.size(); i-- > 0;) {
      limb d = static_cast<limb>(digit_value(digits[i]));
      std::size_t index = static_cast<std::size_t>(position / 64);
      unsigned offset = static_cast<unsigned>(position % 64);
      rp[index] |= d << offset;
      if (offset + static_cast<unsigned>(bits_per_digit) > 64) rp[index + 1] |= d >> (64 - offset);
      position += static_cast<std::uint64_t>(bits_per_digit);
    }
    big_int_access::trim(r);
    return r;
  }
  // Chunks of `chunk` digits, each below base**chunk <= 2**64: r = r * base**chunk + chunk value.
  int chunk = 0;
  limb chunk_scale = 1;
  while (chunk_scale <= std::numeric_limits<limb>::max() / static_cast<limb>(base)) {
    chunk_scale *= static_cast<limb>(base);
    ++chunk;
  }
  std::size_t max_limbs = digits.size() / static_cast<std::size_t>(chunk) + 2;
  big_int r = big_int_access::with_limbs(max_limbs);
  limb* rp = big_int_access::limbs(r);
  std::size_t used = 0;
  std::size_t first = digits.size() % static_cast<std::size_t>(chunk);
  if (first == 0) first = static_cast<std::size_t>(chunk);
  for (std::size_t start = 0; start < digits.size();) {
    std::size_t len = start == 0 ? first : static_cast<std::size_t>(chunk);
    limb value = 0;
    limb scale = 1;
    for (std::size_t i = start; i < start + len; ++i) {
      value = value * static_cast<limb>(base) + static_cast<limb>(digit_value(digits[i]));
      scale *= static_cast<limb>(base);
    }
    limb carry = mul_1(rp, rp, used, scale, value);
    if (carry != 0) rp[used++] = carry;
    start += len;
  }
  big_int_access::trim(r);
  return r;
}

}  // namespace detail

COIL_DECL std::optional<big_int> big_int::from_digits(std::string_view digits, int base) {
  if (base < 2 || base > 36 || digits.empty()) return std::nullopt;
  for (char c : digits) {
    if (detail::digit_value(c) >= base) return std::nullopt;
  }
  return detail::magnitude_from_digits(digits, base);
}

COIL_DECL tl::expected<big_int, int_parse_error> big_int::parse(std::string_view text, int base, interrupt_check stop) {
  int_parse_error error;
  error.base = base;
  if (base != 0 && (base < 2 || base > 36)) {
    error.what = int_parse_error::kind::invalid_base;
    return tl::unexpected(error);
  }
  bool ascii = true;
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  std::string converted;
  std::string_view s = text;
  if (!ascii) {
    converted = detail::ascii_form(text);
    s = converted;
  }
  auto invalid = [&] { return tl::unexpected(error); };
  std::size_t i = 0;
  std::size_t end = s.size();
  while (i < end && detail::is_ascii_space(s[i])) ++i;
  while (end > i && detail::is_ascii_space(s[end - 1])) --end;
  bool negative = false;
  if (i < end && (s[i] == '+' || s[i] == '-')) {
    negative = s[i] == '-';
    ++i;
  }
  int effective = base;
  bool prefixed = false;
  bool leading_zero_rule = false;
  if (i + 1 < end && s[i] == '0') {
    char p = static_cast<char>(s[i + 1] | 0x20);
    int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefix_base != 0 && (base == 0 || base == prefix_base)) {
      effective = prefix_base;
      prefixed = true;
      i += 2;
    }
  }
  if (effective == 0) {
    effective = 10;
    leading_zero_rule = i < end && s[i] == '0';
  }
  // Digits with single underscores between them (and one allowed right after a prefix).
  std::string digits;
  bool have_digit = false;
  bool after_underscore = false;
  if (prefixed && i < end && s[i] == '_') {
    ++i;
    after_underscore = true;
  }
  std::size_t count = 0;
  std::size_t digits_start = i;
  bool plain = true;  // no underscores: the digits are s[digits_start, end)
  for (; i < end; ++i) {
    char c = s[i];
    if (c == '_') {
      if (!have_digit || after_underscore) return invalid();
      after_underscore = true;
      plain = false;
      continue;
    }
    if (detail::digit_value(c) >= effective) return invalid();
    have_digit = true;
    after_underscore = false;
    ++count;
  }
  if (!have_digit || after_underscore) return invalid();
  if (!plain) {
    digits.reserve(count);
    for (std::size_t k = digits_start; k < end; ++k) {
      if (s[k] != '_') digits += s[k];
    }
  }
  std::string_view digit_view = plain ? s.substr(digits_start, end - digits_start) : std::string_view(digits);
  if (leading_zero_rule) {
    for (char c : digit_view) {
      if (c != '0') return invalid();
    }
  }
  if (!detail::is_power_of_two_base(effective) && count > max_str_digits) {
    error.what = int_parse_error::kind::digit_limit;
    error.digits = count;
    return tl::unexpected(error);
  }
  if (stop.should_stop()) {
    error.what = int_parse_error::kind::interrupted;
    return tl::unexpected(error);
  }
  big_int r = detail::magnitude_from_digits(digit_view, effective);
  if (negative) r.negate();
  return r;
}

COIL_DECL big_int_result<std::string> big_int::to_string(int base, interrupt_check stop) const {
  if (base < 2 || base > 36) base = 10;
  static constexpr char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (is_zero()) return std::string("0");
  std::uint64_t bits = bit_length();
  const limb* p = limbs();
  std::string out;
  if (detail::is_power_of_two_base(base)) {
    unsigned bits_per_digit = static_cast<unsigned>(std::countr_zero(static_cast<unsigned>(base)));
    std::uint64_t ndigits = (bits + bits_per_digit - 1) / bits_per_digit;
    out.resize(static_cast<std::size_t>(ndigits) + (negative_ ? 1 : 0));
    std::size_t write = out.size();
    limb mask = (limb{1} << bits_per_digit) - 1;
    for (std::uint64_t k = 0; k < ndigits; ++k) {
      std::uint64_t position = k * bits_per_digit;
      std::size_t index = static_cast<std::size_t>(position / 64);
      unsigned offset = static_cast<unsigned>(position % 64);
      limb d = p[index] >> offset;
      if (offset + bits_per_digit > 64 && index + 1 < size_) d |= p[index + 1] << (64 - offset);
      out[--write] = digit_chars[d & mask];
      if ((k & 0xFFFFF) == 0xFFFFF && stop.should_stop()) return tl::unexpected(big_int_error::interrupted);
    }
    if (negative_) out[0] = '-';
    return out;
  }
  // At least (bits - 1) * log_base(2) + 1 digits: refuse early what must exceed the limit, so
  // the quadratic conversion below never runs on huge values.
  double min_digits = static_cast<double>(bits - 1) * (std::log(2.0) / std::log(static_cast<double>(base)));
  if (min_digits > static_cast<double>(max_str_digits) + 1) return tl::unexpected(big_int_error::digit_limit);
  int chunk = 0;
  limb chunk_scale = 1;
  while (chunk_scale <= std::numeric_limits<limb>::max() / static_cast<limb>(base)) {
    chunk_scale *= static_cast<limb>(base);
    ++chunk;
  }
  std::vector<limb> work(p, p + size_);
  std::vector<limb> chunks;  // least significant first
  std::size_t n = size_;
  detail::work_meter meter{stop};
  while (n > 0) {
    chunks.push_back(detail::divmod_1(work.data(), work.data(), n, chunk_scale));
    n = detail::normalized_size(work.data(), n);
    if (meter.add(n)) return tl::unexpected(big_int_error::interrupted);
  }
  std::string top;
  for (limb v = chunks.back(); v != 0; v /= static_cast<limb>(base)) top += digit_chars[v % static_cast<limb>(base)];
  std::size_t total = top.size() + (chunks.size() - 1) * static_cast<std::size_t>(chunk);
  if (total > max_str_digits) return tl::unexpected(big_int_error::digit_limit);
  out.reserve(total + 1);
  if (negative_) out += '-';
  out.append(top.rbegin(), top.rend());
  char buffer[64];
  for (std::size_t k = chunks.size() - 1; k-- > 0;) {
    limb v = chunks[k];
    for (int d = chunk; d-- > 0;) {
      buffer[d] = digit_chars[v % static_cast<limb>(base)];
      v /= static_cast<limb>(base);
    }
    out.append(buffer, static_cast<std::size_t>(chunk));
  }
  return out;
}

namespace detail {

// The top 64 bits of |x| (x has more than 64 bits), with `sticky` set when any lower bit is one
// and `shift` the number of bits below them.
struct top_bits {
  limb q;
  bool sticky;
  std::uint64_t shift;
};

inline top_bits take_top_bits(const big_int& x) noexcept {
  std::uint64_t bits = x.bit_length();
  const limb* p = x.limbs();
  std::size_t n = x.limb_count();
  if (bits <= 64) return {n == 0 ? 0 : p[0], false, 0};
  std::uint64_t shift = bits - 64;
  std::size_t index = static_cast<std::size_t>(shift / 64);
  unsigned offset = static_cast<unsigned>(shift % 64);
  limb q = p[index] >> offset;
  if (offset != 0 && index + 1 < n) q |= p[index + 1] << (64 - offset);
  bool sticky = offset != 0 && (p[index] & ((limb{1} << offset) - 1)) != 0;
  for (std::size_t i = 0; i < index && !sticky; ++i) sticky = p[i] != 0;
  return {q, sticky, shift};
}

}  // namespace detail

COIL_DECL big_int_result<double> big_int::to_double() const {
  if (is_zero()) return 0.0;
  if (bit_length() > 1025) return tl::unexpected(big_int_error::float_overflow);
  detail::top_bits t = detail::take_top_bits(*this);
  detail::rounded_double rd = detail::round_to_double(t.q, t.sticky, static_cast<std::int64_t>(t.shift));
  double x = std::ldexp(static_cast<double>(rd.mantissa), static_cast<int>(rd.lowest));
  if (std::isinf(x)) return tl::unexpected(big_int_error::float_overflow);
  return negative_ ? -x : x;
}

COIL_DECL std::pair<double, std::int64_t> big_int::frexp() const {
  if (is_zero()) return {0.0, 0};
  detail::top_bits t = detail::take_top_bits(*this);
  detail::rounded_double rd = detail::round_to_double(t.q, t.sticky, static_cast<std::int64_t>(t.shift));
  // mantissa * 2**lowest with mantissa <= 2**53: normalize into [0.5, 1).
  int mbits = 64 - std::countl_zero(rd.mantissa);
  double m = std::ldexp(static_cast<double>(rd.mantissa), -mbits);
  std::int64_t e = rd.lowest + mbits;
  return {negative_ ? -m : m, e};
}

COIL_DECL std::optional<big_int> big_int::from_double(double value) {
  if (std::isnan(value) || std::isinf(value)) return std::nullopt;
  value = std::trunc(value);
  if (value == 0) return big_int();
  int exponent = 0;
  double fraction = std::frexp(std::fabs(value), &exponent);  // |value| = fraction * 2**exponent
  limb mantissa = static_cast<limb>(std::ldexp(fraction, 53));  // exact: 53 significant bits
  big_int r = from_uint64(mantissa);
  if (exponent > 53) {
    r = *shift_left(r, exponent - 53);
  } else if (exponent < 53) {
    r = *shift_right(r, 53 - exponent);  // drops only zero bits: value is integral
  }
  if (value < 0) r.negate();
  return r;
}

COIL_DECL std::partial_ordering big_int::compare(const big_int& a, double b) noexcept {
  if (std::isnan(b)) return std::partial_ordering::unordered;
  if (std::isinf(b)) return b > 0 ? std::partial_ordering::less : std::partial_ordering::greater;
  // Signs first, then magnitudes by bit length, then exactly against the integral part of b.
  int sa = a.sign();
  int sb = b > 0 ? 1 : (b < 0 ? -1 : 0);
  if (sa != sb) return sa < sb ? std::partial_ordering::less : std::partial_ordering::greater;
  if (sa == 0) return std::partial_ordering::equivalent;
  int exponent = 0;
  std::frexp(b, &exponent);  // 2**(exponent-1) <= |b| < 2**exponent
  std::uint64_t bits = a.bit_length();
  if (exponent <= 0 || bits != static_cast<std::uint64_t>(exponent)) {
    bool a_bigger = exponent <= 0 || bits > static_cast<std::uint64_t>(exponent);
    if (sa < 0) a_bigger = !a_bigger;
    return a_bigger ? std::partial_ordering::greater : std::partial_ordering::less;
  }
  // Same bit length (at most 1024 bits): compare |a| with trunc(|b|) exactly, then the fraction.
  double whole = std::trunc(b);
  int e = 0;
  limb mantissa = static_cast<limb>(std::ldexp(std::frexp(std::fabs(whole), &e), 53));
  limb w[17] = {};
  if (e <= 53) {
    w[0] = mantissa >> (53 - e);  // drops only zero bits: whole is integral
  } else {
    unsigned shift = static_cast<unsigned>(e - 53);
    w[shift / 64] = mantissa << (shift % 64);
    if (shift % 64 != 0) w[shift / 64 + 1] = mantissa >> (64 - shift % 64);
  }
  std::size_t wn = detail::normalized_size(w, 17);
  int c = detail::compare_magnitudes(a.limbs(), a.limb_count(), w, wn);
  if (sa < 0) c = -c;
  if (c != 0) return c < 0 ? std::partial_ordering::less : std::partial_ordering::greater;
  if (b == whole) return std::partial_ordering::equivalent;
  // a == trunc(b) and b has a fraction: a is nearer zero than b.
  return sa > 0 ? std::partial_ordering::less : std::partial_ordering::greater;
}

}  // namespace coil::runtime
