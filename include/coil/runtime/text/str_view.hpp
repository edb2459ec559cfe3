// str_view: a str's UTF-8 bytes together with its length in code points and whether it is ASCII,
// the two facts the VM's str object caches. The algorithms that speak in code-point indices
// (find with start/end, center, slicing) take one, so that an ASCII str converts indices to byte
// offsets for free and a non-ASCII one is not measured twice. Building one from bare bytes
// measures them (one pass).
#pragma once

#include <coil/runtime/text/utf8.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace coil::runtime::text {

class str_view {
 public:
  // Measures the bytes (one pass over them).
  str_view(std::string_view bytes) noexcept  // NOLINT: implicit, as std::string_view is
      : bytes_(bytes), ascii_(is_ascii(bytes)) {
    length_ = ascii_ ? bytes.size() : code_point_count(bytes);
  }
  str_view(const char* bytes) noexcept : str_view(std::string_view(bytes)) {}        // NOLINT
  str_view(const std::string& bytes) noexcept : str_view(std::string_view(bytes)) {}  // NOLINT
  // Trusts the caller's cached measurements.
  str_view(std::string_view bytes, std::size_t length, bool ascii) noexcept
      : bytes_(bytes), length_(length), ascii_(ascii) {}

  std::string_view bytes() const noexcept { return bytes_; }
  std::size_t length() const noexcept { return length_; }  // code points
  bool ascii() const noexcept { return ascii_; }

  // Byte offset of the code point at `index` (bytes().size() for index >= length()).
  std::size_t offset(std::size_t index) const noexcept {
    if (index >= length_) return bytes_.size();
    return ascii_ ? index : byte_offset(bytes_, index);
  }
  // The code points [start, end) as bytes (indices clamped to the length; empty if start >= end).
  std::string_view substr(std::size_t start, std::size_t end) const noexcept {
    if (end > length_) end = length_;
    if (start >= end) return {};
    if (ascii_) return bytes_.substr(start, end - start);
    std::size_t first = byte_offset(bytes_, start);
    std::size_t last = first + byte_offset(bytes_.substr(first), end - start);
    return bytes_.substr(first, last - first);
  }

 private:
  std::string_view bytes_;
  std::size_t length_;
  bool ascii_;
};

}  // namespace coil::runtime::text
