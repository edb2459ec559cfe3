// json.loads' decoder: JSON text (a str) to Python values with CPython 3.12's C scanner's
// results and errors: the same JSONDecodeError messages at the same character positions, lone
// and paired \u surrogate escapes, NaN/Infinity/-Infinity, the 4300-digit int limit, the hooks
// (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant) and strict=False.
// The document is scanned byte by byte (coil's strs are UTF-8; every JSON delimiter is ASCII);
// nesting uses an explicit stack, bounded like CPython's scanner (1497 levels, then
// RecursionError), and every container being filled sits in a rooted list so hooks that run
// Python code, and collections at the limit checks, never lose it.
#pragma once

#include <coil/modules/impl/json_decode_error.ipp>
#include <coil/modules/impl/json_encoder.ipp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/dict_object.hpp>
#include <coil/runtime/impl/dict_type.ipp>
#include <coil/runtime/impl/numeric_types.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <charconv>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <vector>

namespace coil::modules::json_detail {

struct decoder_options {
  value object_hook = value::none();
  value object_pairs_hook = value::none();
  value parse_float = value::none();
  value parse_int = value::none();
  value parse_constant = value::none();
  bool strict = true;  // control characters inside strings are errors
};

class decoder {
 public:
  // `doc` is the str to decode; `stack` and `memo_roots` are empty lists the caller keeps rooted.
  decoder(interpreter& in, const decoder_options& options, value doc, runtime::list_object* stack, runtime::list_object* memo_roots)
      : in_(in),
        options_(options),
        doc_(doc),
        text_(static_cast<str_object*>(doc.as_object())->view()),
        stack_(stack->items),
        memo_roots_(memo_roots->items) {}

  // The whole document: optional whitespace, one value, optional whitespace. Raised on error.
  value decode();

 private:
  struct frame {
    bool is_object;
    std::size_t at;  // the container's index in stack_; an object's pending key follows it
  };

  value parse_value();
  value scan_string(bool is_key);
  value scan_number();
  value scan_constant(std::string_view word, value parsed);
  bool scan_key_and_colon();
  value finish_object(value container);
  value error(std::string_view message, std::size_t at) { return raise_decode_error(in_, message, doc_, at); }
  void skip_whitespace() {
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      ++pos_;
    }
  }
  bool at(char c) const { return pos_ < text_.size() && text_[pos_] == c; }
  bool uses_pairs() const { return !options_.object_pairs_hook.is_none(); }

  interpreter& in_;
  const decoder_options& options_;
  value doc_;
  std::string_view text_;
  std::size_t pos_ = 0;
  std::pmr::vector<value>& stack_;
  std::pmr::vector<value>& memo_roots_;
  std::vector<frame> frames_;
  // Keys seen in this document, by their raw text: repeated keys share one str (as CPython's
  // memo makes them) and skip allocation and hashing.
  std::unordered_map<std::string_view, value> memo_;
  std::string scratch_;  // a string with escapes, decoded
  std::size_t values_ = 0;
};

namespace decoder_detail {
inline int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
// The four hex digits at text[at..at+3], or -1.
inline std::int32_t hex4(std::string_view text, std::size_t at) {
  std::int32_t c = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    const int d = hex_digit(text[at + k]);
    if (d < 0) return -1;
    c = (c << 4) | d;
  }
  return c;
}
// Appends a code point as UTF-8 (a lone surrogate as its 3-byte form, as coil's strs hold it).
inline void append_utf8(std::string& out, std::uint32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace decoder_detail

inline value decoder::decode() {
  if (!in_.heap().could_allocate(text_.size())) return in_.raise_memory_error();
  skip_whitespace();
  value result = parse_value();
  if (result.is_raised()) return result;
  skip_whitespace();
  if (pos_ != text_.size()) return error("Extra data", pos_);
  return result;
}

// A string literal at pos_ (its opening quote): CPython's scanstring. A key's raw text is
// looked up in the memo first.
inline value decoder::scan_string(bool is_key) {
  using namespace decoder_detail;
  const std::size_t begin = pos_;
  std::size_t i = pos_ + 1;
  const std::size_t n = text_.size();
  const bool strict = options_.strict;
  // The common case: no escape before the closing quote, the str is a copy of the slice.
  while (i < n) {
    const auto c = static_cast<unsigned char>(text_[i]);
    if (c == '"' || c == '\\' || (c < 0x20 && strict)) break;
    ++i;
  }
  if (i < n && text_[i] == '"') {
    const std::string_view raw = text_.substr(begin + 1, i - begin - 1);
    pos_ = i + 1;
    if (is_key) {
      auto found = memo_.find(raw);
      if (found != memo_.end()) return found->second;
      value key = in_.make_str(raw);
      memo_roots_.push_back(key);
      memo_.emplace(raw, key);
      return key;
    }
    return in_.make_str(raw);
  }
  scratch_.assign(text_.data() + begin + 1, i - begin - 1);
  for (;;) {
    const std::size_t run = i;
    while (i < n) {
      const auto c = static_cast<unsigned char>(text_[i]);
      if (c == '"' || c == '\\' || (c < 0x20 && strict)) break;
      ++i;
    }
    scratch_.append(text_.data() + run, i - run);
    if (i >= n) return error("Unterminated string starting at", begin);
    const char c = text_[i];
    if (c == '"') break;
    if (c != '\\') return error("Invalid control character at", i);
    if (++i >= n) return error("Unterminated string starting at", begin);
    const char escape = text_[i];
    if (escape != 'u') {
      char decoded;
      switch (escape) {
        case '"': decoded = '"'; break;
        case '\\': decoded = '\\'; break;
        case '/': decoded = '/'; break;
        case 'b': decoded = '\b'; break;
        case 'f': decoded = '\f'; break;
        case 'n': decoded = '\n'; break;
        case 'r': decoded = '\r'; break;
        case 't': decoded = '\t'; break;
        default: return error("Invalid \\escape", i - 1);
      }
      scratch_.push_back(decoded);
      ++i;
      continue;
    }
    // \uXXXX needs its four digits and at least one character after them.
    const std::size_t u_at = i;
    if (u_at + 5 >= n) return error("Invalid \\uXXXX escape", u_at);
    std::int32_t code = hex4(text_, u_at + 1);
    if (code < 0) return error("Invalid \\uXXXX escape", u_at);
    i = u_at + 5;
    // A high surrogate followed by an escaped low one is one character; anything else leaves it
    // lone (coil's strs hold lone surrogates as CPython's do).
    if (code >= 0xD800 && code <= 0xDBFF && i + 6 < n && text_[i] == '\\' && text_[i + 1] == 'u') {
      const std::int32_t low = hex4(text_, i + 2);
      if (low < 0) return error("Invalid \\uXXXX escape", i + 1);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00));
        i += 6;
      }
    }
    append_utf8(scratch_, static_cast<std::uint32_t>(code));
  }
  pos_ = i + 1;
  return in_.make_str(scratch_);
}

// A number at pos_: CPython's rules (an optional '-', no leading zeros, a fraction and exponent
// only when digits follow), so "1." and "1e" end the number before the '.' or 'e'.
inline value decoder::scan_number() {
  using namespace decoder_detail;
  const std::size_t start = pos_, n = text_.size();
  std::size_t i = pos_;
  if (text_[i] == '-') ++i;
  if (i < n && text_[i] >= '1' && text_[i] <= '9') {
    while (++i < n && is_digit(text_[i])) {
    }
  } else if (i < n && text_[i] == '0') {
    ++i;
  } else {
    return error("Expecting value", start);
  }
  bool is_float = false;
  if (i + 1 < n && text_[i] == '.' && is_digit(text_[i + 1])) {
    is_float = true;
    i += 2;
    while (i < n && is_digit(text_[i])) ++i;
  }
  if (i < n && (text_[i] == 'e' || text_[i] == 'E')) {
    std::size_t j = i + 1;
    if (j < n && (text_[j] == '+' || text_[j] == '-')) ++j;
    if (j < n && is_digit(text_[j])) {
      while (j < n && is_digit(text_[j])) ++j;
      is_float = true;
      i = j;
    }
  }
  pos_ = i;
  const std::string_view number = text_.substr(start, i - start);
  const value hook = is_float ? options_.parse_float : options_.parse_int;
  if (!hook.is_none()) {
    value text = in_.make_str(number);
    return in_.call(hook, std::span<const value>(&text, 1));
  }
  if (!is_float) {
    if (number.size() <= 18) {
      std::int64_t v = 0;
      std::from_chars(number.data(), number.data() + number.size(), v);
      return in_.make_int(v);
    }
    auto parsed = runtime::big_int::parse(number, 10, in_.interrupt());
    if (!parsed) {
      const auto& e = parsed.error();
      if (e.what == runtime::int_parse_error::kind::interrupted)
        return in_.raise_error(runtime::exception_type(runtime::exception_kind::timeout_error), "");
      return in_.raise_value_error(e.message());
    }
    return in_.make_big_int(std::move(*parsed));
  }
  double d = 0;
  auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), d);
  if (ec == std::errc::result_out_of_range) {
    // Beyond the double range: float() gives ±inf for huge values and ±0.0 for tiny ones. The
    // decimal exponent of the first significant digit tells which.
    const bool negative = number.front() == '-';
    std::int64_t exponent = 0;
    const std::size_t e_at = number.find_first_of("eE");
    if (e_at != std::string_view::npos) {
      std::string_view e_text = number.substr(e_at + 1);
      const bool e_negative = !e_text.empty() && e_text.front() == '-';
      if (!e_text.empty() && (e_text.front() == '-' || e_text.front() == '+')) e_text.remove_prefix(1);
      for (char c : e_text) exponent = std::min<std::int64_t>(exponent * 10 + (c - '0'), INT64_MAX / 20);
      if (e_negative) exponent = -exponent;
    }
    const std::string_view mantissa = number.substr(negative ? 1 : 0, (e_at == std::string_view::npos ? number.size() : e_at) - (negative ? 1 : 0));
    const std::size_t point = mantissa.find('.');
    const std::size_t integer_digits = point == std::string_view::npos ? mantissa.size() : point;
    std::int64_t magnitude = exponent;
    if (mantissa.front() != '0') {
      magnitude += static_cast<std::int64_t>(integer_digits);
    } else {  // 0.000ddd: count the zeros after the point
      std::size_t k = point + 1;
      while (k < mantissa.size() && mantissa[k] == '0') ++k;
      magnitude -= static_cast<std::int64_t>(k - point - 1);
    }
    d = magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    if (negative) d = -d;
  }
  return in_.make_float(d);
}

// NaN, Infinity or -Infinity at pos_ (already matched): parse_constant's result, or the float.
inline value decoder::scan_constant(std::string_view word, value parsed) {
  pos_ += word.size();
  if (options_.parse_constant.is_none()) return parsed;
  value text = in_.make_str(word);
  return in_.call(options_.parse_constant, std::span<const value>(&text, 1));
}

// After '{' or ',' and whitespace: a key, whitespace, ':', whitespace. The key becomes the
// object's pending key (just after the container in stack_).
inline bool decoder::scan_key_and_colon() {
  if (!at('"')) return error("Expecting property name enclosed in double quotes", pos_), false;
  value key = scan_string(true);
  if (key.is_raised()) return false;
  stack_[frames_.back().at + 1] = key;
  skip_whitespace();
  if (!at(':')) return error("Expecting ':' delimiter", pos_), false;
  ++pos_;
  skip_whitespace();
  return true;
}

// A closed object: object_pairs_hook(list of pairs), object_hook(dict), or the dict.
inline value decoder::finish_object(value container) {
  if (uses_pairs()) return in_.call(options_.object_pairs_hook, std::span<const value>(&container, 1));
  if (!options_.object_hook.is_none()) return in_.call(options_.object_hook, std::span<const value>(&container, 1));
  return container;
}

inline value decoder::parse_value() {
  using namespace decoder_detail;
  const std::size_t n = text_.size();
  for (;;) {
    // pos_ is at the start of a value (whitespace skipped): scan it, or open its container.
    if ((++values_ & 0xFFF) == 0 && !in_.check_limits()) return value::raised();
    if (pos_ >= n) return error("Expecting value", pos_);
    value v;
    switch (text_[pos_]) {
      case '"':
        v = scan_string(false);
        break;
      case '{':
      case '[': {
        const bool is_object = text_[pos_] == '{';
        if (frames_.size() >= c_recursion_levels)
          return in_.raise_error(runtime::exception_type(runtime::exception_kind::recursion_error),
                                 is_object ? "maximum recursion depth exceeded while decoding a JSON object from a unicode string"
                                           : "maximum recursion depth exceeded while decoding a JSON array from a unicode string");
        ++pos_;
        skip_whitespace();
        value container = is_object && !uses_pairs() ? value::from_object(runtime::dict_detail::new_dict(in_))
                                                     : value::from_object(in_.new_list());
        if (at(is_object ? '}' : ']')) {
          ++pos_;
          v = is_object ? finish_object(container) : container;
          break;
        }
        frames_.push_back(frame{is_object, stack_.size()});
        stack_.push_back(container);
        if (!is_object) continue;
        stack_.push_back(value::none());  // the pending key
        if (!scan_key_and_colon()) return value::raised();
        continue;
      }
      case 'n':
        if (text_.substr(pos_, 4) != "null") return error("Expecting value", pos_);
        pos_ += 4;
        v = value::none();
        break;
      case 't':
        if (text_.substr(pos_, 4) != "true") return error("Expecting value", pos_);
        pos_ += 4;
        v = value::from_bool(true);
        break;
      case 'f':
        if (text_.substr(pos_, 5) != "false") return error("Expecting value", pos_);
        pos_ += 5;
        v = value::from_bool(false);
        break;
      case 'N':
        if (text_.substr(pos_, 3) != "NaN") return error("Expecting value", pos_);
        v = scan_constant("NaN", value::from_double(std::numeric_limits<double>::quiet_NaN()));
        break;
      case 'I':
        if (text_.substr(pos_, 8) != "Infinity") return error("Expecting value", pos_);
        v = scan_constant("Infinity", value::from_double(std::numeric_limits<double>::infinity()));
        break;
      case '-':
        if (text_.substr(pos_, 9) == "-Infinity") {
          v = scan_constant("-Infinity", value::from_double(-std::numeric_limits<double>::infinity()));
          break;
        }
        v = scan_number();
        break;
      default:
        if (!is_digit(text_[pos_])) return error("Expecting value", pos_);
        v = scan_number();
        break;
    }
    if (v.is_raised()) return v;
    // v is complete: add it to the open containers, closing those that end here.
    for (;;) {
      if (frames_.empty()) return v;
      const frame f = frames_.back();
      value container = stack_[f.at];
      if (f.is_object) {
        value key = stack_[f.at + 1];
        if (uses_pairs()) {
          value pair[2] = {key, v};
          value tuple = in_.make_tuple(pair);
          static_cast<runtime::list_object*>(container.as_object())->items.push_back(tuple);
        } else if (!runtime::dict_detail::store(in_, runtime::dict_detail::as_dict(container), key, v)) {
          return value::raised();
        }
      } else {
        static_cast<runtime::list_object*>(container.as_object())->items.push_back(v);
      }
      skip_whitespace();
      if (at(',')) {
        ++pos_;
        skip_whitespace();
        if (f.is_object && !scan_key_and_colon()) return value::raised();
        break;  // the next value of this container
      }
      if (!at(f.is_object ? '}' : ']')) return error("Expecting ',' delimiter", pos_);
      ++pos_;
      v = f.is_object ? finish_object(container) : container;
      // The hook has run with the container still rooted in stack_; now v takes its place.
      frames_.pop_back();
      stack_.resize(f.at);
      if (v.is_raised()) return v;
    }
  }
}

}  // namespace coil::modules::json_detail
