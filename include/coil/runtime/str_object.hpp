// The `str` object: immutable UTF-8 text with code-point semantics.
//
// The bytes follow the header in the same allocation. The code-point length and an all-ASCII
// flag are computed once at creation, so len(), indexing and slicing of ASCII text (the common
// case) are O(1); the hash is computed at creation too, which keeps a str immutable after it is
// built and lets programs share their constant strings between threads.
#pragma once

#include <coil/runtime/type_object.hpp>
#include <coil/vm/heap.hpp>

#include <cstdint>
#include <cstring>
#include <string_view>

namespace coil::runtime {

struct str_object : vm::object {
  static constexpr const char* layout_name = "str";
  std::uint32_t byte_length = 0;
  std::uint32_t length = 0;  // code points
  std::int64_t hash = 0;
  bool ascii = true;
  // The UTF-8 bytes, then a NUL, follow the header.
  char* data() { return reinterpret_cast<char*>(this + 1); }
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  std::string_view view() const { return {data(), byte_length}; }
  void trace(vm::tracer&) {}
};

// The hash of a str, as stable as CPython's with PYTHONHASHSEED=0 is not (CPython randomises it):
// FNV-1a over the UTF-8 bytes, kept away from -1 like every Python hash.
inline std::int64_t str_hash(std::string_view text) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  auto result = static_cast<std::int64_t>(h >> 1);
  return result == -1 ? -2 : result;
}

// Fills the header fields of a str whose bytes are already in place.
inline void finish_str(str_object* s) {
  std::uint32_t length = 0;
  bool ascii = true;
  const auto* bytes = reinterpret_cast<const unsigned char*>(s->data());
  for (std::uint32_t i = 0; i < s->byte_length; ++i) {
    if (bytes[i] >= 0x80) ascii = false;
    if ((bytes[i] & 0xC0) != 0x80) ++length;  // count lead bytes only
  }
  s->data()[s->byte_length] = '\0';
  s->length = length;
  s->ascii = ascii;
  s->hash = str_hash(s->view());
}

}  // namespace coil::runtime
