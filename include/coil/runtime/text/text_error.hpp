// The errors of the text algorithms (include/coil/runtime/text/): a small enum expanded from
// text_errors.def, returned through `text_result<T>` (tl::expected) rather than thrown, so the VM
// turns each into the Python exception CPython raises (python_type, python_message).
// `output_too_large` is the one error CPython has no twin for: functions whose output can be much
// larger than their input take a `max_bytes` budget and fail with it before allocating, so the VM
// can enforce its memory limit.
#pragma once

#include <coil/config.hpp>

#include <cstdint>
#include <limits>
#include <string_view>
#include <tl/expected.hpp>

namespace coil::runtime::text {

enum class text_error : std::uint8_t {
#define COIL_TEXT_ERROR(name, type, message) name,
#include <coil/runtime/text/text_errors.def>
};

template <class T>
using text_result = tl::expected<T, text_error>;

// No budget: the default max_bytes of every function that takes one.
inline constexpr std::size_t unlimited_bytes = std::numeric_limits<std::size_t>::max();

// The Python exception type ("ValueError") and CPython's message for an error.
COIL_DECL std::string_view python_type(text_error error) noexcept;
COIL_DECL std::string_view python_message(text_error error) noexcept;

}  // namespace coil::runtime::text

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/runtime/text/impl/text_error.ipp>
#endif
