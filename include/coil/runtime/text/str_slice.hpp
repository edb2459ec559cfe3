// Indexing and slicing a str by code points: extended slices (s[::-1], s[1::2]) and an index of
// checkpoints that makes s[i] on a long non-ASCII str cost a short scan instead of a scan from
// the start. Plain s[a:b] is str_view::substr. The VM adjusts slice bounds the way it does for
// every sequence (start, number of items, step) before calling these.
#pragma once

#include <coil/runtime/text/str_view.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coil::runtime::text {

// s[start::step] limited to `count` code points, for an adjusted slice (start < length when
// count > 0, step != 0, the last item inside the string). The result is never longer than s, so
// it needs no budget.
COIL_DECL std::string extended_slice(str_view s, std::size_t start, std::size_t count, std::int64_t step);

// Byte offsets of every `stride`-th code point of a str, built in one pass; the VM may keep one
// beside a long non-ASCII str that is indexed repeatedly (its size is memory_bytes()).
class offset_index {
 public:
  static constexpr std::size_t stride = 64;

  COIL_DECL explicit offset_index(std::string_view s);

  // The byte offset of code point `index` of s (the same s it was built from); s.size() past the end.
  COIL_DECL std::size_t offset(std::string_view s, std::size_t index) const noexcept;
  std::size_t memory_bytes() const noexcept { return checkpoints_.capacity() * sizeof(std::size_t); }

 private:
  std::vector<std::size_t> checkpoints_;  // checkpoints_[k]: byte offset of code point k * stride
};

}  // namespace coil::runtime::text

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/text/impl/str_slice.ipp>
#endif
