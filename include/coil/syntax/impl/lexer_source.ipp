// The lexer's view of the source (part of syntax/impl/lexer.ipp): the BOM, the scan for the first
// line CPython would refuse to read (a NUL byte or invalid UTF-8), line bookkeeping, token emission
// and the construction of errors with CPython's positions.
#pragma once

#include <coil/syntax/lexer_state.hpp>

#include <cstdio>
#include <cstring>
#include <limits>

namespace coil::syntax::detail {

// Where the first invalid UTF-8 sequence of `text` starts, with the reason and the length Python's
// strict UTF-8 codec reports for it; `text.size()` when the text is valid. NUL bytes count as bad
// too (reason "null"), so one pass finds the first byte CPython would reject.
struct bad_byte {
  std::size_t at = 0;
  std::size_t length = 0;  // bytes covered by Python's error range
  const char* reason = nullptr;
};

inline bad_byte find_bad_byte(std::string_view text, std::size_t from) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = from;
  while (i < n) {
    // ASCII fast path, eight bytes at a time: no high bit and no zero byte.
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, s + i, 8);
      const std::uint64_t high = word & 0x8080808080808080ull;
      const std::uint64_t zero = (word - 0x0101010101010101ull) & ~word & 0x8080808080808080ull;
      if (high | zero) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = s[i];
    if (c == 0) return {i, 1, "null"};
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t need = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) low = 0xA0;
      if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) low = 0x90;
      if (c == 0xF4) high = 0x8F;
    } else {
      return {i, 1, "invalid start byte"};
    }
    for (std::size_t k = 1; k <= need; ++k) {
      if (i + k >= n) return {i, n - i, "unexpected end of data"};
      const unsigned char cc = s[i + k];
      const unsigned char lo = k == 1 ? low : 0x80, hi = k == 1 ? high : 0xBF;
      if (cc < lo || cc > hi) return {i, k, "invalid continuation byte"};
    }
    i += need + 1;
  }
  return {n, 0, nullptr};
}

inline bool lexer::prepare() {
  end_ = src_.size();
  if (src_.size() >= static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max() / 2)) {
    return fail("SyntaxError", "source code too large", 1, 0, 0, 1, 0);
  }
  if (src_.size() >= 3 && static_cast<unsigned char>(src_[0]) == 0xEF &&
      static_cast<unsigned char>(src_[1]) == 0xBB && static_cast<unsigned char>(src_[2]) == 0xBF) {
    pos_ = line_start_ = previous_line_start_ = buffer_start_ = 3;
  }
  const bad_byte bad = find_bad_byte(src_, pos_);
  if (bad.reason != nullptr) {
    // CPython reads a file line by line and fails when it reaches the bad line: lex up to its start.
    std::size_t start = bad.at;
    while (start > pos_ && src_[start - 1] != '\n' && src_[start - 1] != '\r') --start;
    std::int32_t line = 1;
    for (std::size_t i = pos_; i < start; ++i) {
      if (src_[i] == '\n' || (src_[i] == '\r' && (i + 1 >= start || src_[i + 1] != '\n'))) ++line;
    }
    end_ = start;
    truncated_ = true;
    bad_at_ = bad.at;
    bad_line_ = line;
  }
  out_.tokens.reserve(std::min<std::size_t>(end_ / 4 + 16, 1u << 16));
  return true;
}

inline bool lexer::fail_bad_line() {
  const std::size_t start = end_;
  std::size_t stop = start;
  while (stop < src_.size() && src_[stop] != '\n' && src_[stop] != '\r') ++stop;
  const std::string_view line = src_.substr(start, stop - start);
  const void* nul = std::memchr(line.data(), 0, line.size());
  if (nul != nullptr) {
    // CPython checks the raw line for NULs before decoding it; its report shows the text before the NUL.
    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(nul) - line.data());
    out_.tokens.push_back(token{token_kind::error, src_.substr(start, 0), bad_line_, 0, bad_line_, 0});
    syntax_error error;
    error.message = "source code cannot contain null bytes";
    error.line = bad_line_;
    error.end_line = bad_line_;
    error.source_line = std::string(line.substr(0, at));
    out_.error = std::move(error);
    done_ = true;
    return false;
  }
  // The codec's message, for the line (with its newline) decoded on its own: position = byte index.
  std::size_t with_newline = stop;
  if (with_newline < src_.size()) with_newline += (src_[with_newline] == '\r' && with_newline + 1 < src_.size() &&
                                                   src_[with_newline + 1] == '\n') ? 2 : 1;
  const bad_byte bad = find_bad_byte(src_.substr(start, with_newline - start), 0);
  std::string message = "(unicode error) 'utf-8' codec can't decode ";
  char buffer[96];
  if (bad.length <= 1) {
    std::snprintf(buffer, sizeof buffer, "byte 0x%02x in position %zu: ",
                  static_cast<unsigned>(static_cast<unsigned char>(line[bad.at])), bad.at);
  } else {
    std::snprintf(buffer, sizeof buffer, "bytes in position %zu-%zu: ", bad.at, bad.at + bad.length - 1);
  }
  message += buffer;
  message += bad.reason;
  // The source line as Python's errors='replace' shows it: one U+FFFD per bad sequence.
  std::string shown;
  std::size_t i = 0;
  std::int32_t characters = 0, column = 0;
  while (i < line.size()) {
    const bad_byte next = find_bad_byte(line, i);
    for (std::size_t k = i; k < next.at; ++k)
      if ((static_cast<unsigned char>(line[k]) & 0xC0) != 0x80) ++characters;
    shown.append(line.substr(i, next.at - i));
    if (next.reason == nullptr) break;
    if (next.at == bad.at) column = characters + 1;
    shown += "\xEF\xBF\xBD";
    ++characters;
    i = next.at + (next.length == 0 ? 1 : next.length);
  }
  out_.tokens.push_back(token{token_kind::error, src_.substr(start, 0), bad_line_, 0, bad_line_, 0});
  syntax_error error;
  error.message = std::move(message);
  error.line = bad_line_;
  error.column = column;
  error.end_line = bad_line_;
  error.end_column = -1;
  error.source_line = std::move(shown);
  out_.error = std::move(error);
  done_ = true;
  return false;
}

inline std::size_t lexer::newline_length(std::size_t at) const {
  const char c = peek(at);
  if (c == '\n') return 1;
  if (c == '\r') return peek(at + 1) == '\n' ? 2 : 1;
  return 0;
}

inline void lexer::enter_line(std::size_t start, bool fresh) {
  ++line_;
  previous_line_start_ = line_start_;
  line_start_ = start;
  // CPython keeps the lines of a token or of a backslash continuation in one buffer, and some of its
  // error offsets count from the buffer's start rather than the line's.
  if (fresh && fstrings_.empty()) buffer_start_ = start;
}

inline std::string_view lexer::line_text(std::size_t line_start) const {
  std::size_t stop = line_start;
  while (stop < src_.size() && src_[stop] != '\n' && src_[stop] != '\r' && src_[stop] != '\0') ++stop;
  return src_.substr(line_start, stop - line_start);
}

inline std::int32_t lexer::char_column(std::size_t line_start, std::size_t at) const {
  std::int32_t count = 0;
  for (std::size_t i = line_start; i < at && i < src_.size(); ++i)
    if ((static_cast<unsigned char>(src_[i]) & 0xC0) != 0x80) ++count;
  return count;
}

inline std::int32_t lexer::eof_line() const {
  std::int32_t line = 0, cursor = 0;
  eof_position(line, cursor);
  return line;
}

// Where CPython's tokenizer stands at the end of the input: on the last line, after its newline
// (which it adds when the file lacks one).
inline void lexer::eof_position(std::int32_t& line, std::int32_t& cursor) const {
  if (line_start_ >= end_ && line_ > 1) {
    line = line_ - 1;
    cursor = static_cast<std::int32_t>(line_text(previous_line_start_).size()) + 1;
  } else if (line_start_ >= end_) {
    line = line_;
    cursor = 0;
  } else {
    line = line_;
    cursor = static_cast<std::int32_t>(end_ - line_start_) + 1;
  }
}

inline void lexer::emit(token_kind kind, std::size_t start, std::int32_t start_line,
                        std::size_t start_line_start) {
  out_.tokens.push_back(token{kind, src_.substr(start, pos_ - start), start_line,
                              static_cast<std::int32_t>(start - start_line_start), line_,
                              static_cast<std::int32_t>(pos_ - line_start_)});
}

inline bool lexer::fail(const char* type, std::string message, std::int32_t line, std::size_t line_start,
                        std::int32_t offset, std::int32_t end_line, std::int32_t end_offset, bool deferred) {
  const std::size_t at = pos_ < src_.size() ? pos_ : src_.size();
  out_.tokens.push_back(token{token_kind::error, src_.substr(at, 0), line_,
                              static_cast<std::int32_t>(at - line_start_), line_,
                              static_cast<std::int32_t>(at - line_start_)});
  syntax_error error;
  error.type = type;
  error.message = std::move(message);
  error.line = line;
  error.column = offset;
  error.end_line = end_line;
  error.end_column = end_offset;
  error.source_line = std::string(line_text(line_start));
  out_.error = std::move(error);
  // CPython keeps a generic parser error over any tokenizer error raised inside an f-string.
  out_.error_is_deferred = deferred || !fstrings_.empty();
  done_ = true;
  return false;
}

inline bool lexer::fail_at_cursor(std::string message, std::size_t cursor) {
  const std::int32_t offset = char_column(line_start_, cursor);
  return fail("SyntaxError", std::move(message), line_, line_start_, offset, line_, offset);
}

}  // namespace coil::syntax::detail
