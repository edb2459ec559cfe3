// The methods of Python's `str` that find and cut text: split, rsplit, splitlines, join, strip,
// lstrip, rstrip, replace, find, rfind, index, rindex, count, startswith, endswith, partition,
// rpartition, removeprefix, removesuffix; and the table that registers every str method (the
// ones that transform text are in str_transform_methods.ipp). The algorithms are runtime/text/'s,
// fed the cached length and ASCII flag of the str object so nothing is measured twice; this file
// adds CPython's argument handling and error messages and keeps results under the memory limit.
// Results that equal their input (nothing stripped, nothing replaced, no separator found) are
// the input object itself, as in CPython.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/impl/str_format_methods.ipp>
#include <coil/runtime/impl/str_method_arguments.ipp>
#include <coil/runtime/impl/str_transform_methods.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/runtime/text/str_pad.hpp>
#include <coil/runtime/text/str_search.hpp>
#include <coil/runtime/text/str_split.hpp>
#include <coil/runtime/text/substring_search.hpp>
#include <coil/runtime/text/utf8.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/native_safe_points.hpp>

#include <span>
#include <string>
#include <string_view>

namespace coil::runtime {
namespace str_methods_detail {

// ---------------------------------------------------------------------------------------------
// Splitting.

// A list of str objects for `pieces` (views into self's bytes). A piece that is all of self is
// self, as in CPython, except after a whitespace split with maxsplit 0, where CPython copies.
inline value piece_list_value(interpreter& in, value self, const text::piece_list& pieces, bool whole_is_self = true) {
  std::size_t bytes = pieces.size() * (sizeof(str_object) + sizeof(value) + 16);
  for (auto piece : pieces) bytes += piece.size();
  if (!in.heap().could_allocate(bytes)) return in.raise_memory_error();
  auto* list = in.new_list();
  list->items.reserve(pieces.size());
  const bool ascii = as_str(self)->ascii;
  for (auto piece : pieces) list->items.push_back(whole_is_self ? self_or_str(in, self, piece) : str_from(in, piece, ascii));
  return value::from_object(list);
}

inline value split_either(interpreter& in, const call_arguments& args, bool from_right) {
  static constexpr method_signature split_signature{"split", arity_style::keywords, 0, 2, {"sep", "maxsplit"}};
  static constexpr method_signature rsplit_signature{"rsplit", arity_style::keywords, 0, 2, {"sep", "maxsplit"}};
  parameters p;
  if (!parse_arguments(in, args, from_right ? rsplit_signature : split_signature, p)) return value::raised();
  // maxsplit is converted before sep is checked, in CPython's order.
  std::int64_t maxsplit = -1;
  if (!p[1].is_unbound()) {
    auto m = ssize_argument(in, p[1]);
    if (!m) return value::raised();
    maxsplit = *m;
  }
  std::optional<std::string_view> separator;
  if (!p[0].is_unbound() && !p[0].is_none()) {
    if (!is_str(p[0])) return in.raise_type_error("must be str or None, not " + type_name(in, p[0]));
    separator = as_str(p[0])->view();
  }
  value self = args.positional[0];
  auto text = as_str(self)->view();
  auto pieces = from_right ? text::rsplit(text, separator, maxsplit, piece_budget(in))
                           : text::split(text, separator, maxsplit, piece_budget(in));
  if (!pieces) return raise_text_error(in, pieces.error());
  return piece_list_value(in, self, *pieces, separator || maxsplit != 0);
}

inline value split(interpreter& in, const call_arguments& args) { return split_either(in, args, false); }
inline value rsplit(interpreter& in, const call_arguments& args) { return split_either(in, args, true); }

inline value splitlines(interpreter& in, const call_arguments& args) {
  static constexpr method_signature signature{"splitlines", arity_style::keywords, 0, 1, {"keepends"}};
  parameters p;
  if (!parse_arguments(in, args, signature, p)) return value::raised();
  bool keepends = false;
  if (!p[0].is_unbound()) {
    auto truth = in.truthy(p[0]);
    if (!truth) return value::raised();
    keepends = *truth;
  }
  value self = args.positional[0];
  auto pieces = text::splitlines(as_str(self)->view(), keepends, piece_budget(in));
  if (!pieces) return raise_text_error(in, pieces.error());
  return piece_list_value(in, self, *pieces);
}

inline value partition_either(interpreter& in, const call_arguments& args, bool from_right) {
  parameters p;
  if (!parse_arguments(in, args, {from_right ? "rpartition" : "partition", arity_style::one_argument, 1, 1}, p))
    return value::raised();
  if (!is_str(p[0])) return in.raise_type_error("must be str, not " + type_name(in, p[0]));
  value self = args.positional[0];
  auto text = as_str(self)->view();
  auto parts = from_right ? text::rpartition(text, as_str(p[0])->view()) : text::partition(text, as_str(p[0])->view());
  if (!parts) return raise_text_error(in, parts.error());
  auto* tuple = in.new_tuple(3);
  tuple->items()[0] = self_or_str(in, self, parts->head);
  tuple->items()[1] = parts->separator.empty() ? in.make_str("") : p[0];
  tuple->items()[2] = self_or_str(in, self, parts->tail);
  return value::from_object(tuple);
}

inline value partition(interpreter& in, const call_arguments& args) { return partition_either(in, args, false); }
inline value rpartition(interpreter& in, const call_arguments& args) { return partition_either(in, args, true); }

// ---------------------------------------------------------------------------------------------
// Joining.

// sep.join(items) once the items are known to be a sequence of values.
inline value join_items(interpreter& in, value self, std::span<const value> items) {
  if (items.empty()) return in.make_str("");
  if (items.size() == 1 && items[0].is_object() && items[0].as_object()->type == &str_type) return items[0];
  auto* separator = as_str(self);
  std::size_t size = 0, length = 0;
  bool ascii = separator->ascii;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!is_str(items[i]))
      return in.raise_type_error("sequence item " + std::to_string(i) + ": expected str instance, " + type_name(in, items[i]) +
                                 " found");
    const auto* item = as_str(items[i]);
    size += item->byte_length;
    length += item->length;
    ascii = ascii && item->ascii;
  }
  // Sizes stay far below 2**64: each term is under 2**32 and there are fewer than 2**32 items.
  size += separator->byte_length * (items.size() - 1);
  length += separator->length * (items.size() - 1);
  if (size > byte_budget(in)) return in.raise_memory_error();
  str_object* joined = new_str(in, size);
  char* out = joined->data();
  const auto gap = separator->view();
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i != 0 && !gap.empty()) {
      std::memcpy(out, gap.data(), gap.size());
      out += gap.size();
    }
    const auto piece = as_str(items[i])->view();
    if (!piece.empty()) std::memcpy(out, piece.data(), piece.size());
    out += piece.size();
  }
  return seal_str(joined, length, ascii);
}

// sep.join(s) for a str s: its characters, without making a str per character.
inline value join_characters(interpreter& in, value self, const str_object* source) {
  if (source->length <= 1) return in.make_str(source->view());
  const auto* separator = as_str(self);
  const auto gap = separator->view();
  const std::size_t size = source->byte_length + gap.size() * (source->length - 1);
  if (size > byte_budget(in)) return in.raise_memory_error();
  str_object* joined = new_str(in, size);
  char* out = joined->data();
  const auto text = source->view();
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t width = source->ascii ? 1 : text::decode(text, at).length;
    if (at != 0) {
      std::memcpy(out, gap.data(), gap.size());
      out += gap.size();
    }
    std::memcpy(out, text.data() + at, width);
    out += width;
    at += width;
  }
  return seal_str(joined, source->length + separator->length * (source->length - 1), source->ascii && separator->ascii);
}

inline value join(interpreter& in, const call_arguments& args) {
  parameters p;
  if (!parse_arguments(in, args, {"join", arity_style::one_argument, 1, 1}, p)) return value::raised();
  value self = args.positional[0];
  value iterable = p[0];
  auto* type = in.type_of(iterable);
  if (type == &list_type) {
    auto& items = static_cast<list_object*>(iterable.as_object())->items;
    return join_items(in, self, std::span<const value>(items.data(), items.size()));
  }
  if (type == &tuple_type) return join_items(in, self, static_cast<tuple_object*>(iterable.as_object())->span());
  if (type == &str_type) return join_characters(in, self, as_str(iterable));
  if (type->iter == nullptr) return in.raise_type_error("can only join an iterable");
  // Any other iterable is first collected, as CPython does; a generator runs Python code
  // between items, so the iterator and the collected items stay rooted.
  value iterator = in.get_iterator(iterable);
  if (iterator.is_raised()) return iterator;
  auto iterator_root = in.root(iterator);
  auto* collected = in.new_list();
  auto collected_root = in.root(value::from_object(collected));
  for (vm::safe_point_counter safe_points;;) {
    if (!safe_points.tick(in)) return value::raised();
    value item = in.next(iterator);
    if (item.is_raised()) return item;
    if (item.is_unbound()) break;
    if (!in.heap().could_allocate(sizeof(value) * (collected->items.size() + 1))) return in.raise_memory_error();
    collected->items.push_back(item);
  }
  return join_items(in, self, std::span<const value>(collected->items.data(), collected->items.size()));
}

// ---------------------------------------------------------------------------------------------
// Stripping and affixes.

enum class strip_side : std::uint8_t { both, left, right };

inline value strip_either(interpreter& in, const call_arguments& args, strip_side side) {
  static constexpr std::string_view names[] = {"strip", "lstrip", "rstrip"};
  const auto name = names[static_cast<int>(side)];
  parameters p;
  if (!parse_arguments(in, args, {name, arity_style::positional_only, 0, 1}, p)) return value::raised();
  value self = args.positional[0];
  auto text = as_str(self)->view();
  std::string_view kept;
  if (p[0].is_unbound() || p[0].is_none()) {
    kept = side == strip_side::both ? text::strip(text) : side == strip_side::left ? text::lstrip(text) : text::rstrip(text);
  } else if (is_str(p[0])) {
    auto chars = as_str(p[0])->view();
    kept = side == strip_side::both   ? text::strip(text, chars)
           : side == strip_side::left ? text::lstrip(text, chars)
                                      : text::rstrip(text, chars);
  } else {
    return in.raise_type_error(std::string(name) + " arg must be None or str");
  }
  return self_or_str(in, self, kept);
}

inline value strip(interpreter& in, const call_arguments& args) { return strip_either(in, args, strip_side::both); }
inline value lstrip(interpreter& in, const call_arguments& args) { return strip_either(in, args, strip_side::left); }
inline value rstrip(interpreter& in, const call_arguments& args) { return strip_either(in, args, strip_side::right); }

inline value remove_affix(interpreter& in, const call_arguments& args, bool prefix) {
  const std::string_view name = prefix ? "removeprefix" : "removesuffix";
  parameters p;
  if (!parse_arguments(in, args, {name, arity_style::one_argument, 1, 1}, p)) return value::raised();
  if (!is_str(p[0])) return in.raise_type_error(std::string(name) + "() argument must be str, not " + clinic_type_name(in, p[0]));
  value self = args.positional[0];
  auto text = as_str(self)->view();
  auto affix = as_str(p[0])->view();
  return self_or_str(in, self, prefix ? text::removeprefix(text, affix) : text::removesuffix(text, affix));
}

inline value removeprefix(interpreter& in, const call_arguments& args) { return remove_affix(in, args, true); }
inline value removesuffix(interpreter& in, const call_arguments& args) { return remove_affix(in, args, false); }

// ---------------------------------------------------------------------------------------------
// Searching.

enum class search_kind : std::uint8_t { find, rfind, index, rindex, count };

inline value search(interpreter& in, const call_arguments& args, search_kind kind) {
  static constexpr std::string_view names[] = {"find", "rfind", "index", "rindex", "count"};
  parameters p;
  if (!parse_arguments(in, args, {names[static_cast<int>(kind)], arity_style::varargs, 1, 3}, p)) return value::raised();
  const auto* s = self_str(args);
  text::index_range window;
  if (!window_arguments(in, p[1], p[2], s->length, window)) return value::raised();
  if (!is_str(p[0])) return in.raise_type_error("must be str, not " + type_name(in, p[0]));
  const auto needle = as_str(p[0])->view();
  if (kind == search_kind::count) return in.make_int(static_cast<std::int64_t>(text::count(view_of(s), needle, window)));
  const bool forward = kind == search_kind::find || kind == search_kind::index;
  auto at = forward ? text::find(view_of(s), needle, window) : text::rfind(view_of(s), needle, window);
  if (at) return in.make_int(static_cast<std::int64_t>(*at));
  if (kind == search_kind::find || kind == search_kind::rfind) return value::from_small_int(-1);
  return raise_text_error(in, text::text_error::substring_not_found);
}

inline value find(interpreter& in, const call_arguments& args) { return search(in, args, search_kind::find); }
inline value rfind(interpreter& in, const call_arguments& args) { return search(in, args, search_kind::rfind); }
inline value index(interpreter& in, const call_arguments& args) { return search(in, args, search_kind::index); }
inline value rindex(interpreter& in, const call_arguments& args) { return search(in, args, search_kind::rindex); }
inline value count(interpreter& in, const call_arguments& args) { return search(in, args, search_kind::count); }

inline value affix_test(interpreter& in, const call_arguments& args, bool at_start) {
  const std::string_view name = at_start ? "startswith" : "endswith";
  parameters p;
  if (!parse_arguments(in, args, {name, arity_style::varargs, 1, 3}, p)) return value::raised();
  const auto* s = self_str(args);
  text::index_range window;
  if (!window_arguments(in, p[1], p[2], s->length, window)) return value::raised();
  auto test = [&](value candidate) {
    auto affix = as_str(candidate)->view();
    return at_start ? text::startswith(view_of(s), affix, window) : text::endswith(view_of(s), affix, window);
  };
  if (is_str(p[0])) return value::from_bool(test(p[0]));
  if (is_subtype(in.type_of(p[0]), &tuple_type)) {
    for (value candidate : static_cast<tuple_object*>(p[0].as_object())->span()) {
      if (!is_str(candidate))
        return in.raise_type_error("tuple for " + std::string(name) + " must only contain str, not " + type_name(in, candidate));
      if (test(candidate)) return value::from_bool(true);
    }
    return value::from_bool(false);
  }
  return in.raise_type_error(std::string(name) + " first arg must be str or a tuple of str, not " + type_name(in, p[0]));
}

inline value startswith(interpreter& in, const call_arguments& args) { return affix_test(in, args, true); }
inline value endswith(interpreter& in, const call_arguments& args) { return affix_test(in, args, false); }

// ---------------------------------------------------------------------------------------------
// Replacing.

inline value replace(interpreter& in, const call_arguments& args) {
  parameters p;
  if (!parse_arguments(in, args, {"replace", arity_style::positional_only, 2, 3}, p)) return value::raised();
  if (!is_str(p[0])) return in.raise_type_error("replace() argument 1 must be str, not " + clinic_type_name(in, p[0]));
  if (!is_str(p[1])) return in.raise_type_error("replace() argument 2 must be str, not " + clinic_type_name(in, p[1]));
  std::int64_t limit = -1;
  if (!p[2].is_unbound()) {
    auto n = ssize_argument(in, p[2]);
    if (!n) return value::raised();
    limit = *n;
  }
  value self = args.positional[0];
  const auto text = as_str(self)->view();
  const auto old = as_str(p[0])->view();
  // Nothing to replace: the str itself, without building a copy, in the cases CPython returns it
  // (old is new: the same object, not just equal text).
  const auto new_text = as_str(p[1])->view();
  if (limit == 0 || same(p[0], p[1]) || (old.empty() && new_text.empty()) ||
      (!old.empty() && text::find_bytes(text, old) == std::string_view::npos))
    return self_or_str(in, self, text);
  return text_result_str(in, text::replace(text, old, new_text, limit, byte_budget(in)), as_str(self)->ascii && as_str(p[1])->ascii);
}

}  // namespace str_methods_detail

// Every method of str, registered with str_type as their self type so that str.lower and the
// other methods also work unbound (key=str.lower, map(str.strip, lines)). format and
// format_map belong to the formatting code (str_format_methods.ipp). Method lookup scans this
// table in order, so the methods scripts call most come first.
inline std::span<native_function_object* const> str_methods() {
  using namespace str_methods_detail;
  static const auto methods = make_methods(
      "str",
      {
          {"split", split},
          {"join", join},
          {"strip", strip},
          {"replace", replace},
          {"startswith", startswith},
          {"endswith", endswith},
          {"lower", lower},
          {"upper", upper},
          {"format", str_format},
          {"find", find},
          {"splitlines", splitlines},
          {"rstrip", rstrip},
          {"lstrip", lstrip},
          {"count", count},
          {"partition", partition},
          {"isdigit", isdigit},
          {"rsplit", rsplit},
          {"index", index},
          {"title", title},
          {"isalpha", isalpha},
          {"isspace", isspace},
          {"rpartition", rpartition},
          {"zfill", zfill},
          {"ljust", ljust},
          {"rjust", rjust},
          {"center", center},
          {"capitalize", capitalize},
          {"casefold", casefold},
          {"removeprefix", removeprefix},
          {"removesuffix", removesuffix},
          {"rfind", rfind},
          {"rindex", rindex},
          {"isalnum", isalnum},
          {"isupper", isupper},
          {"islower", islower},
          {"isdecimal", isdecimal},
          {"isnumeric", isnumeric},
          {"isidentifier", isidentifier},
          {"istitle", istitle},
          {"isprintable", isprintable},
          {"isascii", isascii},
          {"swapcase", swapcase},
          {"expandtabs", expandtabs},
          {"translate", translate},
          {"maketrans", maketrans, true},
          {"format_map", str_format_map},
          {"encode", encode},
      },
      &str_type);
  return methods;
}

}  // namespace coil::runtime
