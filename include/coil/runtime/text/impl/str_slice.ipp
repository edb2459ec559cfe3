// Extended slices and the offset index. A slice walks code points from its start in the step's
// direction; for ASCII it indexes bytes directly.
#pragma once

#include <coil/runtime/text/str_slice.hpp>
#include <coil/runtime/text/utf8.hpp>

namespace coil::runtime::text {

COIL_DECL std::string extended_slice(str_view s, std::size_t start, std::size_t count, std::int64_t step) {
  std::string out;
  const std::string_view bytes = s.bytes();
  if (count == 0 || step == 0 || start >= s.length()) return out;
  if (s.ascii()) {
    out.resize(count);
    auto position = static_cast<std::int64_t>(start);
    for (std::size_t i = 0; i < count; ++i, position += step) {
      if (position < 0 || static_cast<std::size_t>(position) >= bytes.size()) break;  // a caller's bad bounds
      out[i] = bytes[static_cast<std::size_t>(position)];
    }
    return out;
  }
  std::size_t position = s.offset(start);
  const std::uint64_t magnitude = step < 0 ? 0 - static_cast<std::uint64_t>(step) : static_cast<std::uint64_t>(step);
  for (std::size_t i = 0; i < count; ++i) {
    if (position >= bytes.size()) break;
    out.append(bytes.substr(position, decode(bytes, position).length));
    if (i + 1 == count) break;
    for (std::uint64_t k = 0; k < magnitude; ++k) {
      if (step > 0) {
        if (position >= bytes.size()) break;
        position += decode(bytes, position).length;
      } else {
        if (position == 0) return out;
        position = previous_boundary(bytes, position);
      }
    }
  }
  return out;
}

COIL_DECL offset_index::offset_index(std::string_view s) {
  checkpoints_.reserve(s.size() / stride + 1);
  std::size_t index = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (index % stride == 0) checkpoints_.push_back(i);
    ++index;
  }
}

COIL_DECL std::size_t offset_index::offset(std::string_view s, std::size_t index) const noexcept {
  std::size_t checkpoint = index / stride;
  if (checkpoint >= checkpoints_.size()) return s.size();
  std::size_t base = checkpoints_[checkpoint];
  if (base > s.size()) return s.size();
  return base + byte_offset(s.substr(base), index % stride);
}

}  // namespace coil::runtime::text
