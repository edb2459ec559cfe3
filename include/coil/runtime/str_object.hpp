// The `str` object: immutable UTF-8 text with code-point semantics.
//
// The bytes follow the header in the same allocation. The code-point length and an all-ASCII
// flag are computed once at creation, so len(), indexing and slicing of ASCII text (the common
// case) are O(1). The hash is computed when first asked for (most strs are never hashed) and
// cached; the immortal strs a compiled program shares between threads get theirs at creation, so
// no thread ever writes to them.
//
// Repeated concatenation (`s += t` in a loop) must not copy the whole text each time. A str made
// by `+` is an *owner*: its allocation may have room beyond its text, and `fill` says how much of
// it is in use. When the left operand of `+` ends exactly at its owner's fill (nothing has been
// appended after it yet) and the right operand fits in the room, the bytes are appended in place
// and the result is a *view*: a small str that points at the owner's bytes with a longer length.
// Every str still sees the same bytes forever (appends only write past the fill, beyond every
// existing str's end), so strs stay immutable. A view keeps its owner alive (it is traced).
#pragma once

#include <coil/runtime/type_object.hpp>
#include <coil/vm/heap.hpp>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace coil::runtime {

struct str_object : vm::object {
  static constexpr const char* layout_name = "str";
  // plain: the bytes follow the header; owner: likewise, made by `+`, possibly with room to
  // append; view: the header is followed by a pointer to the owner whose bytes it shows.
  enum class storage : std::uint8_t { plain, owner, view };
  static constexpr std::int64_t unknown_hash = -1;  // no str hashes to -1

  std::uint32_t byte_length = 0;
  std::uint32_t length = 0;  // code points
  std::int64_t cached_hash = unknown_hash;  // read it with str_hash_of()
  bool ascii = true;
  storage form = storage::plain;
  std::uint32_t fill = 0;  // owner: bytes of its storage in use (by itself and its views)

  // The UTF-8 bytes; a plain str's are followed by a NUL (an owner's or view's need not be).
  char* data() { return form == storage::view ? owner()->own_bytes() : own_bytes(); }
  const char* data() const { return const_cast<str_object*>(this)->data(); }
  std::string_view view() const { return {data(), byte_length}; }
  str_object* owner() const {
    str_object* o;
    std::memcpy(&o, this + 1, sizeof o);
    return o;
  }
  // Bytes an owner can hold: its allocation after the header.
  std::size_t capacity() const { return byte_size - sizeof(str_object); }
  char* own_bytes() { return reinterpret_cast<char*>(this + 1); }
  void trace(vm::tracer& t) {
    if (form == storage::view) t.visit(owner());
  }
};

namespace str_hash_detail {

// SipHash-1-3 with a zero key, fed a byte stream in pieces: CPython 3.12's str hash when
// PYTHONHASHSEED=0 (what the conformance outputs are generated with), so sets and dicts of strs
// iterate in CPython's order and hash() prints the same numbers.
class siphash13 {
 public:
  void feed(const unsigned char* bytes, std::size_t count) {
    length_ += count;
    if (pending_count_ != 0) {
      while (count != 0 && pending_count_ < 8) {
        pending_ |= std::uint64_t{*bytes++} << (8 * pending_count_++);
        --count;
      }
      if (pending_count_ < 8) return;
      compress(pending_);
      pending_ = 0;
      pending_count_ = 0;
    }
    for (; count >= 8; bytes += 8, count -= 8) {
      std::uint64_t word;
      std::memcpy(&word, bytes, 8);
      if constexpr (std::endian::native == std::endian::big) word = byte_swap(word);
      compress(word);
    }
    for (; count != 0; --count) pending_ |= std::uint64_t{*bytes++} << (8 * pending_count_++);
  }
  std::int64_t finish() {
    const std::uint64_t last = pending_ | (static_cast<std::uint64_t>(length_) << 56);
    compress(last);
    v2_ ^= 0xff;
    round();
    round();
    round();
    return static_cast<std::int64_t>(v0_ ^ v1_ ^ v2_ ^ v3_);
  }

 private:
  static std::uint64_t rotate(std::uint64_t x, int bits) { return (x << bits) | (x >> (64 - bits)); }
  static std::uint64_t byte_swap(std::uint64_t x) {
    std::uint64_t r = 0;
    for (int i = 0; i < 8; ++i, x >>= 8) r = (r << 8) | (x & 0xff);
    return r;
  }
  void round() {
    v0_ += v1_;
    v1_ = rotate(v1_, 13) ^ v0_;
    v0_ = rotate(v0_, 32);
    v2_ += v3_;
    v3_ = rotate(v3_, 16) ^ v2_;
    v0_ += v3_;
    v3_ = rotate(v3_, 21) ^ v0_;
    v2_ += v1_;
    v1_ = rotate(v1_, 17) ^ v2_;
    v2_ = rotate(v2_, 32);
  }
  void compress(std::uint64_t word) {
    v3_ ^= word;
    round();
    v0_ ^= word;
  }

  // The initial state for key (0, 0): the four "somepseudorandomlygeneratedbytes" constants.
  std::uint64_t v0_ = 0x736f6d6570736575ull;
  std::uint64_t v1_ = 0x646f72616e646f6dull;
  std::uint64_t v2_ = 0x6c7967656e657261ull;
  std::uint64_t v3_ = 0x7465646279746573ull;
  std::uint64_t pending_ = 0;
  unsigned pending_count_ = 0;
  std::size_t length_ = 0;
};

// Decodes one code point of (possibly WTF-8: lone surrogates) UTF-8 at `i`, advancing it.
inline std::uint32_t decode(const unsigned char* bytes, std::size_t size, std::size_t& i) {
  const unsigned char lead = bytes[i++];
  if (lead < 0x80) return lead;
  const int continuation = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
  std::uint32_t c = lead & (0x3F >> continuation);
  for (int k = 0; k < continuation && i < size; ++k) c = (c << 6) | (bytes[i++] & 0x3F);
  return c;
}

}  // namespace str_hash_detail

// The hash of a str: CPython 3.12's with PYTHONHASHSEED=0, i.e. SipHash-1-3 (zero key) over the
// text in its PEP 393 form (one byte per character when all are below 256, else UTF-16 code
// units when all are below 65536, else UTF-32, little-endian as on the machines CPython's
// reference outputs come from); "" hashes to 0 and -1 becomes -2, like every Python hash.
// `ascii` says every byte is below 0x80, which makes the UTF-8 bytes the one-byte form as is.
inline std::int64_t str_hash(std::string_view text, bool ascii) {
  if (text.empty()) return 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  str_hash_detail::siphash13 hasher;
  if (ascii) {
    hasher.feed(bytes, text.size());
  } else {
    std::uint32_t widest = 0;
    for (std::size_t i = 0; i < text.size();) widest = std::max(widest, str_hash_detail::decode(bytes, text.size(), i));
    const std::size_t width = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
    unsigned char buffer[256];
    std::size_t used = 0;
    for (std::size_t i = 0; i < text.size();) {
      const std::uint32_t c = str_hash_detail::decode(bytes, text.size(), i);
      for (std::size_t k = 0; k < width; ++k) buffer[used++] = static_cast<unsigned char>(c >> (8 * k));
      if (used > sizeof(buffer) - 4) {
        hasher.feed(buffer, used);
        used = 0;
      }
    }
    hasher.feed(buffer, used);
  }
  const std::int64_t h = hasher.finish();
  return h == -1 ? -2 : h;
}

inline std::int64_t str_hash(std::string_view text) {
  bool ascii = true;
  for (unsigned char c : text) ascii = ascii && c < 0x80;
  return str_hash(text, ascii);
}

// The hash of a str, computed on first use and cached. Only heap strs (of one execution, one
// thread) are ever written here: immortal strs are created with their hash.
inline std::int64_t str_hash_of(str_object* s) {
  if (s->cached_hash == str_object::unknown_hash) s->cached_hash = str_hash(s->view(), s->ascii);
  return s->cached_hash;
}

// Fills the header fields of a plain str whose bytes are already in place (not the hash: see
// str_hash_of).
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
  s->cached_hash = str_object::unknown_hash;
}

}  // namespace coil::runtime
