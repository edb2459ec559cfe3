// The methods of tuple: index and count (range's are in range_type.ipp).
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/impl/numeric_types.ipp>
#include <coil/runtime/impl/sequence_types.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <string>

namespace coil::runtime {
namespace immutable_sequence_detail {

// A start/stop argument of index(): any int, clamped into [0, size] after adding size to a
// negative one (slice semantics).
inline std::optional<std::int64_t> slice_bound(interpreter& in, value v, std::int64_t size) {
  if (!numeric_detail::is_int_like(v)) {
    in.raise_type_error("slice indices must be integers or have an __index__ method");
    return std::nullopt;
  }
  auto small = numeric_detail::to_int64(v);
  if (!small) return numeric_detail::to_big(v).is_negative() ? 0 : size;
  std::int64_t bound = *small;
  if (bound < 0) bound = bound < -size ? 0 : bound + size;
  return std::min(bound, size);
}

inline value tuple_index(interpreter& in, const call_arguments& args) {
  const std::size_t given = args.positional.size() - 1;
  if (!args.keyword_values.empty()) return in.raise_type_error("tuple.index() takes no keyword arguments");
  if (given < 1) return in.raise_type_error("index expected at least 1 argument, got " + std::to_string(given));
  if (given > 3) return in.raise_type_error("index expected at most 3 arguments, got " + std::to_string(given));
  const value self = args.positional[0];
  const auto size = static_cast<std::int64_t>(sequence_detail::items_of(self).size());
  std::int64_t bounds[2] = {0, size};
  for (std::size_t k = 2; k < args.positional.size(); ++k) {
    auto bound = slice_bound(in, args.positional[k], size);
    if (!bound) return value::raised();
    bounds[k - 2] = *bound;
  }
  for (std::int64_t i = bounds[0]; i < bounds[1]; ++i) {
    auto equal = in.equals(sequence_detail::items_of(self)[static_cast<std::size_t>(i)], args.positional[1]);
    if (!equal) return value::raised();
    if (*equal) return in.make_int(i);
  }
  return in.raise_value_error("tuple.index(x): x not in tuple");
}

inline bool exactly_one(interpreter& in, const call_arguments& args, std::string_view qualified_name) {
  if (!args.keyword_values.empty()) {
    in.raise_type_error(std::string(qualified_name) + "() takes no keyword arguments");
    return false;
  }
  if (args.positional.size() == 2) return true;
  in.raise_type_error(std::string(qualified_name) + "() takes exactly one argument (" + std::to_string(args.positional.size() - 1) +
                      " given)");
  return false;
}

inline value tuple_count(interpreter& in, const call_arguments& args) {
  if (!exactly_one(in, args, "tuple.count")) return value::raised();
  const value self = args.positional[0];
  std::int64_t n = 0;
  for (std::size_t i = 0; i < sequence_detail::items_of(self).size(); ++i) {
    auto equal = in.equals(sequence_detail::items_of(self)[i], args.positional[1]);
    if (!equal) return value::raised();
    if (*equal) ++n;
  }
  return in.make_int(n);
}

}  // namespace immutable_sequence_detail

inline std::span<native_function_object* const> tuple_methods() {
  using namespace immutable_sequence_detail;
  static const auto methods = make_methods("tuple", {{"index", tuple_index}, {"count", tuple_count}}, &tuple_type);
  return methods;
}

}  // namespace coil::runtime
