// How the methods of `str` (str_methods.ipp, str_transform_methods.ipp) read their arguments and
// build their results. CPython parses str methods in five ways (no arguments, exactly one,
// positional-only with optional ones, the older varargs methods, and Argument Clinic's
// keyword-capable ones), and each way words its arity errors differently; `parse_arguments`
// reproduces all five from a small signature table so every method raises CPython's exact
// TypeError. The conversions below turn Python ints into Py_ssize_t/int the way CPython does
// (OverflowError past the C type, clamping for slice indices), and the result helpers keep every
// output under the memory limit and within what one str object can hold.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/impl/str_type.ipp>
#include <coil/runtime/int_object.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/runtime/text/str_search.hpp>
#include <coil/runtime/text/str_split.hpp>
#include <coil/runtime/text/str_view.hpp>
#include <coil/runtime/text/text_error.hpp>
#include <coil/vm/interpreter.hpp>

#include <array>
#include <climits>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace coil::runtime {
namespace str_methods_detail {

using str_detail::as_str;
using str_detail::is_str;

inline str_object* self_str(const call_arguments& args) { return as_str(args.positional[0]); }
inline text::str_view view_of(const str_object* s) { return text::str_view(s->view(), s->length, s->ascii); }
inline std::string type_name(interpreter& in, value v) { return std::string(in.type_of(v)->name); }
// How Argument Clinic names a wrong argument ("must be str, not None"; other messages say NoneType).
inline std::string clinic_type_name(interpreter& in, value v) { return v.is_none() ? "None" : type_name(in, v); }

// ---------------------------------------------------------------------------------------------
// Arity.

enum class arity_style : std::uint8_t {
  no_arguments,     // "str.upper() takes no arguments (1 given)"
  one_argument,     // "str.join() takes exactly one argument (0 given)"
  positional_only,  // "strip expected at most 1 argument, got 2"
  varargs,          // "find() takes at least 1 argument (0 given)"
  keywords,         // "split() takes at most 2 arguments (3 given)", every parameter nameable
};

struct method_signature {
  std::string_view name;
  arity_style style;
  std::uint8_t least = 0;
  std::uint8_t most = 0;
  std::array<std::string_view, 2> keywords{};  // parameter names, for arity_style::keywords
  bool is_static = false;                      // no self in positional[0] (str.maketrans)
};

inline constexpr std::size_t max_parameters = 3;
using parameters = std::array<value, max_parameters>;  // unbound where the caller omitted one

inline std::string plural(std::size_t n, std::string_view word) {
  return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

// Fills `out` from the call's arguments after self; on an arity error raises CPython's TypeError
// and returns false. Self is checked here too: a method reached through the type (str.upper(5))
// may be called by paths that do not check it first, and the methods trust it once this passed.
inline bool parse_arguments(interpreter& in, const call_arguments& args, const method_signature& sig, parameters& out) {
  out.fill(value::unbound());
  if (!sig.is_static) {
    if (args.positional.empty()) {
      in.raise_type_error("unbound method str." + std::string(sig.name) + "() needs an argument");
      return false;
    }
    if (!is_str(args.positional[0])) {
      in.raise_type_error("descriptor '" + std::string(sig.name) + "' for 'str' objects doesn't apply to a '" +
                          type_name(in, args.positional[0]) + "' object");
      return false;
    }
  }
  const std::size_t first = sig.is_static ? 0 : 1;
  const std::size_t given = args.positional.size() - first;
  const std::size_t keyword_count = args.keyword_values.size();
  const auto name = [&] { return std::string(sig.name); };  // only error messages need a copy
  if (sig.style != arity_style::keywords) {
    if (keyword_count != 0) {
      in.raise_type_error("str." + name() + "() takes no keyword arguments");
      return false;
    }
    if (given < sig.least || given > sig.most) {
      const bool few = given < sig.least;
      switch (sig.style) {
        case arity_style::no_arguments:
          in.raise_type_error("str." + name() + "() takes no arguments (" + std::to_string(given) + " given)");
          break;
        case arity_style::one_argument:
          in.raise_type_error("str." + name() + "() takes exactly one argument (" + std::to_string(given) + " given)");
          break;
        case arity_style::positional_only:
          in.raise_type_error(name() + " expected " + (few ? "at least " : "at most ") +
                              plural(few ? sig.least : sig.most, "argument") + ", got " + std::to_string(given));
          break;
        default:
          in.raise_type_error(name() + "() takes " + (few ? "at least " : "at most ") +
                              plural(few ? sig.least : sig.most, "argument") + " (" + std::to_string(given) + " given)");
          break;
      }
      return false;
    }
    for (std::size_t i = 0; i < given; ++i) out[i] = args.positional[first + i];
    return true;
  }
  // Argument Clinic's rules, in its order: too many in total, then each parameter from its
  // position or its name, then names given twice or unknown.
  if (given + keyword_count > sig.most) {
    in.raise_type_error(name() + "() takes at most " + plural(sig.most, given == 0 ? "keyword argument" : "argument") + " (" +
                        std::to_string(given + keyword_count) + " given)");
    return false;
  }
  for (std::size_t i = 0; i < given; ++i) out[i] = args.positional[first + i];
  auto find_keyword = [&](std::string_view wanted) -> std::optional<std::size_t> {
    for (std::size_t k = 0; k < keyword_count; ++k)
      if (as_str(args.keyword_names[k])->view() == wanted) return k;
    return std::nullopt;
  };
  std::size_t matched = 0;
  if (keyword_count != 0) {
    for (std::size_t i = given; i < sig.most; ++i) {
      if (auto k = find_keyword(sig.keywords[i])) {
        out[i] = args.keyword_values[*k];
        ++matched;
      }
    }
  }
  if (matched == keyword_count) return true;
  for (std::size_t i = 0; i < given; ++i) {
    if (find_keyword(sig.keywords[i])) {
      in.raise_type_error("argument for " + name() + "() given by name ('" + std::string(sig.keywords[i]) + "') and position (" +
                          std::to_string(i + 1) + ")");
      return false;
    }
  }
  for (std::size_t k = 0; k < keyword_count; ++k) {
    auto keyword = as_str(args.keyword_names[k])->view();
    bool known = false;
    for (std::size_t i = 0; i < sig.most; ++i) known = known || sig.keywords[i] == keyword;
    if (!known) {
      in.raise_type_error("'" + std::string(keyword) + "' is an invalid keyword argument for " + name() + "()");
      return false;
    }
  }
  in.raise_type_error(name() + "() got an unexpected keyword argument");
  return false;
}

// ---------------------------------------------------------------------------------------------
// Conversions.

inline bool is_big_int(value v) { return v.is_object() && is_subtype(v.as_object()->type, &int_type); }
inline const big_int& big_of(value v) { return static_cast<int_object*>(v.as_object())->value; }

// A Py_ssize_t argument (widths, maxsplit, count): OverflowError past 64 bits, TypeError for
// anything but an int.
inline std::optional<std::int64_t> ssize_argument(interpreter& in, value v) {
  if (v.is_small_int()) return v.as_small_int();
  if (v.is_bool()) return v.is_true() ? 1 : 0;
  if (is_big_int(v)) {
    if (auto x = big_of(v).to_int64()) return *x;
    in.raise_error(exception_type(exception_kind::overflow_error), "Python int too large to convert to C ssize_t");
    return std::nullopt;
  }
  in.raise_type_error("'" + type_name(in, v) + "' object cannot be interpreted as an integer");
  return std::nullopt;
}

// A C int argument (expandtabs' tabsize).
inline std::optional<std::int64_t> int_argument(interpreter& in, value v) {
  if (!is_big_int(v) && !v.is_small_int() && !v.is_bool()) return ssize_argument(in, v);
  std::optional<std::int64_t> x = v.is_small_int() ? std::optional(v.as_small_int())
                                  : v.is_bool()    ? std::optional<std::int64_t>(v.is_true() ? 1 : 0)
                                                   : big_of(v).to_int64();
  if (x && *x >= INT_MIN && *x <= INT_MAX) return x;
  in.raise_error(exception_type(exception_kind::overflow_error), "Python int too large to convert to C int");
  return std::nullopt;
}

// A start/end argument of find, count, startswith...: None or omitted is nullopt, ints beyond
// 64 bits clamp (CPython's _PyEval_SliceIndex). Returns false when raised.
inline bool slice_index_argument(interpreter& in, value v, std::optional<std::int64_t>& out) {
  out.reset();
  if (v.is_unbound() || v.is_none()) return true;
  if (v.is_small_int()) {
    out = v.as_small_int();
  } else if (v.is_bool()) {
    out = v.is_true() ? 1 : 0;
  } else if (is_big_int(v)) {
    const auto& big = big_of(v);
    auto x = big.to_int64();
    out = x ? *x : (big.is_negative() ? INT64_MIN : INT64_MAX);
  } else {
    in.raise_type_error("slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return true;
}

// The code points [start, end) of a window argument pair, adjusted as CPython does.
inline bool window_arguments(interpreter& in, value start, value end, std::size_t length, text::index_range& out) {
  std::optional<std::int64_t> s, e;
  if (!slice_index_argument(in, start, s) || !slice_index_argument(in, end, e)) return false;
  out = text::adjust_indices(s, e, length);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Results.

// The largest text one str object holds (its size and the heap's allocation size are 32-bit).
inline constexpr std::size_t max_str_bytes = UINT32_MAX - sizeof(str_object) - 64;

// Bytes a new result may take: what the memory limit leaves, and never more than a str holds.
inline std::size_t byte_budget(interpreter& in) {
  const auto& limits = in.heap().limits();
  std::size_t room = SIZE_MAX;
  if (limits.max_memory) room = *limits.max_memory - std::min(in.heap().live_bytes(), *limits.max_memory);
  return std::min(room, max_str_bytes);
}

// Pieces a list result may hold: each becomes a str object and a list slot.
inline std::size_t piece_budget(interpreter& in) {
  const auto& limits = in.heap().limits();
  if (!limits.max_memory) return text::unlimited_pieces;
  return byte_budget(in) / (sizeof(str_object) + sizeof(value));
}

inline value raise_text_error(interpreter& in, text::text_error error) {
  const auto type = text::python_type(error);
  if (type == "MemoryError") return in.raise_memory_error();
  auto kind = type == "TypeError" ? exception_kind::type_error : exception_kind::value_error;
  return in.raise_error(exception_type(kind), text::python_message(error));
}

// A str of `size` bytes for the caller to fill before seal_str(); size must be within
// byte_budget().
inline str_object* new_str(interpreter& in, std::size_t size) {
  auto* s = in.heap().make_with_trailing<str_object>(&str_type, size + 1);
  s->byte_length = static_cast<std::uint32_t>(size);
  return s;
}
// Finishes a str whose bytes are in place and whose measurements the caller knows.
inline value seal_str(str_object* s, std::size_t length, bool ascii) {
  s->data()[s->byte_length] = '\0';
  s->length = static_cast<std::uint32_t>(length);
  s->ascii = ascii;
  s->cached_hash = str_object::unknown_hash;
  return value::from_object(s);
}

// A str of `text`, skipping the measuring pass when the caller knows it is ASCII (a part of
// ASCII text, or what a case mapping or padding made of it): then bytes and code points agree.
inline value str_from(interpreter& in, std::string_view text, bool known_ascii) {
  if (!known_ascii || text.empty()) return in.make_str(text);
  str_object* s = new_str(in, text.size());
  std::memcpy(s->data(), text.data(), text.size());
  return seal_str(s, text.size(), true);
}

inline value text_result_str(interpreter& in, const text::text_result<std::string>& r, bool known_ascii = false) {
  if (!r) return raise_text_error(in, r.error());
  return str_from(in, *r, known_ascii);
}

// `self` when `part` is all of it (CPython returns an exact str unchanged), else a new str.
inline value self_or_str(interpreter& in, value self, std::string_view part) {
  const auto* s = as_str(self);
  if (part.size() == s->byte_length && in.type_of(self) == &str_type) return self;
  return str_from(in, part, s->ascii);
}

}  // namespace str_methods_detail
}  // namespace coil::runtime
