// The methods of Python's `str` that make new text from old or classify it: the case methods
// (upper, lower, casefold, capitalize, title, swapcase), the is-predicates, padding (center,
// ljust, rjust, zfill), expandtabs, translate and the static str.maketrans, and encode (not
// supported until coil has bytes). The text work is runtime/text/'s; this file reads the
// arguments as CPython does (str_method_arguments.ipp), passes the memory limit down as a byte
// budget, and turns text errors into CPython's exceptions. str_methods.ipp registers them.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/dict_object.hpp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/impl/dict_type.ipp>
#include <coil/runtime/impl/str_method_arguments.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/runtime/text/str_case.hpp>
#include <coil/runtime/text/str_pad.hpp>
#include <coil/runtime/text/str_predicates.hpp>
#include <coil/runtime/text/utf8.hpp>
#include <coil/vm/interpreter.hpp>

#include <array>
#include <string>
#include <string_view>

namespace coil::runtime {
namespace str_methods_detail {

// ---------------------------------------------------------------------------------------------
// Case and predicates: no arguments, one call into runtime/text.

using case_function = text::text_result<std::string> (*)(std::string_view, std::size_t);

inline value change_case(interpreter& in, const call_arguments& args, std::string_view name, case_function f) {
  parameters p;
  if (!parse_arguments(in, args, {name, arity_style::no_arguments}, p)) return value::raised();
  const auto* s = self_str(args);
  return text_result_str(in, f(s->view(), byte_budget(in)), s->ascii);
}

inline value upper(interpreter& in, const call_arguments& args) { return change_case(in, args, "upper", text::upper); }
inline value lower(interpreter& in, const call_arguments& args) { return change_case(in, args, "lower", text::lower); }
inline value casefold(interpreter& in, const call_arguments& args) { return change_case(in, args, "casefold", text::casefold); }
inline value capitalize(interpreter& in, const call_arguments& args) {
  return change_case(in, args, "capitalize", text::capitalize);
}
inline value title(interpreter& in, const call_arguments& args) { return change_case(in, args, "title", text::title); }
inline value swapcase(interpreter& in, const call_arguments& args) { return change_case(in, args, "swapcase", text::swapcase); }

inline value predicate(interpreter& in, const call_arguments& args, std::string_view name, bool (*f)(std::string_view) noexcept) {
  parameters p;
  if (!parse_arguments(in, args, {name, arity_style::no_arguments}, p)) return value::raised();
  return value::from_bool(f(self_str(args)->view()));
}

inline value isalpha(interpreter& in, const call_arguments& args) { return predicate(in, args, "isalpha", text::isalpha); }
inline value isdigit(interpreter& in, const call_arguments& args) { return predicate(in, args, "isdigit", text::isdigit); }
inline value isdecimal(interpreter& in, const call_arguments& args) { return predicate(in, args, "isdecimal", text::isdecimal); }
inline value isnumeric(interpreter& in, const call_arguments& args) { return predicate(in, args, "isnumeric", text::isnumeric); }
inline value isalnum(interpreter& in, const call_arguments& args) { return predicate(in, args, "isalnum", text::isalnum); }
inline value isspace(interpreter& in, const call_arguments& args) { return predicate(in, args, "isspace", text::isspace); }
inline value isupper(interpreter& in, const call_arguments& args) { return predicate(in, args, "isupper", text::isupper); }
inline value islower(interpreter& in, const call_arguments& args) { return predicate(in, args, "islower", text::islower); }
inline value istitle(interpreter& in, const call_arguments& args) { return predicate(in, args, "istitle", text::istitle); }
inline value isprintable(interpreter& in, const call_arguments& args) {
  return predicate(in, args, "isprintable", text::isprintable);
}
inline value isidentifier(interpreter& in, const call_arguments& args) {
  return predicate(in, args, "isidentifier", text::isidentifier);
}
inline value isascii(interpreter& in, const call_arguments& args) {
  parameters p;
  if (!parse_arguments(in, args, {"isascii", arity_style::no_arguments}, p)) return value::raised();
  return value::from_bool(self_str(args)->ascii);
}

// ---------------------------------------------------------------------------------------------
// Padding and tabs.

enum class pad_side : std::uint8_t { center, left, right };

inline value pad(interpreter& in, const call_arguments& args, pad_side side) {
  static constexpr std::string_view names[] = {"center", "ljust", "rjust"};
  parameters p;
  if (!parse_arguments(in, args, {names[static_cast<int>(side)], arity_style::positional_only, 1, 2}, p)) return value::raised();
  auto width = ssize_argument(in, p[0]);
  if (!width) return value::raised();
  char32_t fill = ' ';
  if (!p[1].is_unbound()) {
    if (!is_str(p[1]))
      return in.raise_type_error("The fill character must be a unicode character, not " + type_name(in, p[1]));
    auto single = text::single_code_point(as_str(p[1])->view());
    if (!single) return raise_text_error(in, text::text_error::fill_character_length);
    fill = *single;
  }
  value self = args.positional[0];
  const auto* s = as_str(self);
  if (*width <= static_cast<std::int64_t>(s->length)) return self_or_str(in, self, s->view());
  const auto budget = byte_budget(in);
  const bool ascii = s->ascii && fill < 0x80;
  switch (side) {
    case pad_side::center: return text_result_str(in, text::center(view_of(s), *width, fill, budget), ascii);
    case pad_side::left: return text_result_str(in, text::ljust(view_of(s), *width, fill, budget), ascii);
    case pad_side::right: return text_result_str(in, text::rjust(view_of(s), *width, fill, budget), ascii);
  }
  return value::raised();
}

inline value center(interpreter& in, const call_arguments& args) { return pad(in, args, pad_side::center); }
inline value ljust(interpreter& in, const call_arguments& args) { return pad(in, args, pad_side::left); }
inline value rjust(interpreter& in, const call_arguments& args) { return pad(in, args, pad_side::right); }

inline value zfill(interpreter& in, const call_arguments& args) {
  parameters p;
  if (!parse_arguments(in, args, {"zfill", arity_style::one_argument, 1, 1}, p)) return value::raised();
  auto width = ssize_argument(in, p[0]);
  if (!width) return value::raised();
  value self = args.positional[0];
  const auto* s = as_str(self);
  if (*width <= static_cast<std::int64_t>(s->length)) return self_or_str(in, self, s->view());
  return text_result_str(in, text::zfill(view_of(s), *width, byte_budget(in)), s->ascii);
}

inline value expandtabs(interpreter& in, const call_arguments& args) {
  static constexpr method_signature signature{"expandtabs", arity_style::keywords, 0, 1, {"tabsize"}};
  parameters p;
  if (!parse_arguments(in, args, signature, p)) return value::raised();
  std::int64_t tabsize = 8;
  if (!p[0].is_unbound()) {
    auto n = int_argument(in, p[0]);
    if (!n) return value::raised();
    tabsize = *n;
  }
  value self = args.positional[0];
  const auto text = as_str(self)->view();
  if (text.find('\t') == std::string_view::npos) return self_or_str(in, self, text);
  return text_result_str(in, text::expandtabs(text, tabsize, byte_budget(in)), as_str(self)->ascii);
}

// ---------------------------------------------------------------------------------------------
// encode: coil has no bytes type yet.

inline value encode(interpreter& in, const call_arguments& args) {
  static constexpr method_signature signature{"encode", arity_style::keywords, 0, 2, {"encoding", "errors"}};
  parameters p;
  if (!parse_arguments(in, args, signature, p)) return value::raised();
  for (std::size_t i = 0; i < 2; ++i)
    if (!p[i].is_unbound() && !is_str(p[i]))
      return in.raise_type_error("encode() argument '" + std::string(signature.keywords[i]) + "' must be str, not " +
                                 clinic_type_name(in, p[i]));
  return in.raise_error(exception_type(exception_kind::not_implemented_error), "str.encode() is not supported yet");
}

// ---------------------------------------------------------------------------------------------
// translate and maketrans.

// What the table says about one code point.
struct translation {
  enum class kind : std::uint8_t { keep, remove, replace } what = kind::keep;
  std::string_view text;  // for replace: the UTF-8 to write (valid until the next lookup)
  char buffer[4] = {};
};

// table[cp] with CPython's rules: a missing key (LookupError) keeps the character, None removes
// it, an int is a code point, a str is inserted. Returns false when raised.
inline bool translate_one(interpreter& in, value table, char32_t cp, translation& out) {
  const value key = value::from_small_int(cp);
  value mapped;
  if (dict_detail::is_dict(table)) {
    mapped = dict_detail::lookup(in, dict_detail::as_dict(table), key);
  } else {
    auto* type = in.type_of(table);
    if (type->get_item == nullptr) {
      in.raise_type_error("'" + std::string(type->name) + "' object is not subscriptable");
      return false;
    }
    mapped = type->get_item(in, table, key);
    if (mapped.is_raised() &&
        is_subtype(in.type_of(in.pending_exception()), exception_type(exception_kind::lookup_error))) {
      in.take_pending_exception();
      mapped = value::unbound();
    }
  }
  if (mapped.is_raised()) return false;
  out.text = {};
  if (mapped.is_unbound()) {
    out.what = translation::kind::keep;
  } else if (mapped.is_none()) {
    out.what = translation::kind::remove;
  } else if (is_str(mapped)) {
    out.what = translation::kind::replace;
    out.text = as_str(mapped)->view();
  } else if (mapped.is_small_int() || mapped.is_bool() || is_big_int(mapped)) {
    std::optional<std::int64_t> n = mapped.is_small_int() ? std::optional(mapped.as_small_int())
                                    : mapped.is_bool()    ? std::optional<std::int64_t>(mapped.is_true() ? 1 : 0)
                                                          : std::nullopt;
    if (!n || *n < 0 || *n > static_cast<std::int64_t>(text::max_code_point)) {
      in.raise_value_error("character mapping must be in range(0x110000)");
      return false;
    }
    out.what = translation::kind::replace;
    out.text = std::string_view(out.buffer, text::encode(static_cast<char32_t>(*n), out.buffer));
  } else {
    in.raise_type_error("character mapping must return integer, None or str");
    return false;
  }
  return true;
}

inline value translate(interpreter& in, const call_arguments& args) {
  parameters p;
  if (!parse_arguments(in, args, {"translate", arity_style::one_argument, 1, 1}, p)) return value::raised();
  value self = args.positional[0];
  value table = p[0];
  const auto text = as_str(self)->view();
  const std::size_t budget = byte_budget(in);
  // ASCII characters repeat: each is looked up once and its outcome kept here (the replacement
  // bytes are copied into `cached_bytes`, so no str object needs to outlive its lookup).
  struct cached {
    bool known = false;
    translation::kind what = translation::kind::keep;
    std::uint32_t offset = 0, size = 0;
  };
  std::array<cached, 128> ascii_cache{};
  std::string cached_bytes;
  std::string out;
  out.reserve(text.size());
  bool changed = false;
  translation t;
  for (std::size_t at = 0; at < text.size();) {
    const auto byte = static_cast<unsigned char>(text[at]);
    const auto decoded = byte < 0x80 ? text::decoded_code_point{byte, 1} : text::decode(text, at);
    const std::string_view original = text.substr(at, decoded.length);
    at += decoded.length;
    translation::kind what;
    std::string_view replacement;
    if (byte < 0x80 && ascii_cache[byte].known) {
      what = ascii_cache[byte].what;
      replacement = std::string_view(cached_bytes).substr(ascii_cache[byte].offset, ascii_cache[byte].size);
    } else {
      if (!translate_one(in, table, decoded.value, t)) return value::raised();
      what = t.what;
      replacement = t.text;
      if (byte < 0x80) {
        if (cached_bytes.size() + replacement.size() > budget) return in.raise_memory_error();
        ascii_cache[byte] = {true, what, static_cast<std::uint32_t>(cached_bytes.size()), static_cast<std::uint32_t>(replacement.size())};
        cached_bytes += replacement;
        replacement = std::string_view(cached_bytes).substr(ascii_cache[byte].offset, ascii_cache[byte].size);
      }
    }
    switch (what) {
      case translation::kind::keep: replacement = original; break;
      case translation::kind::remove: replacement = {}; changed = true; break;
      case translation::kind::replace: changed = changed || replacement != original; break;
    }
    if (out.size() + replacement.size() > budget) return in.raise_memory_error();
    out += replacement;
  }
  // CPython's translate always builds a new str, even when nothing changed.
  return in.make_str(changed ? std::string_view(out) : text);
}

// str.maketrans(x[, y[, z]]): a dict for translate, from a dict with one-character or int keys,
// or from two equally long strings (and a third whose characters map to None).
inline value maketrans(interpreter& in, const call_arguments& args) {
  parameters p;
  if (!parse_arguments(in, args, {"maketrans", arity_style::positional_only, 1, 3, {}, true}, p)) return value::raised();
  for (std::size_t i = 1; i < 3; ++i)
    if (!p[i].is_unbound() && !is_str(p[i]))
      return in.raise_type_error("maketrans() argument " + std::to_string(i + 1) + " must be str, not " + clinic_type_name(in, p[i]));
  auto* result = dict_detail::new_dict(in);
  auto result_root = in.root(value::from_object(result));
  auto code_point_key = [&](char32_t cp) { return value::from_small_int(cp); };
  if (p[1].is_unbound()) {
    if (!dict_detail::is_dict(p[0])) return in.raise_type_error("if you give only one argument to maketrans it must be a dict");
    auto* source = dict_detail::as_dict(p[0]);
    for (std::size_t i = 0; i < source->table.end_index(); ++i) {
      if (!source->table.is_live(i)) continue;
      value key = source->table.entry(i).key;
      value mapped = source->table.entry(i).value;
      if (is_str(key)) {
        auto single = text::single_code_point(as_str(key)->view());
        if (!single) return in.raise_value_error("string keys in translate table must be of length 1");
        key = code_point_key(*single);
      } else if (!key.is_small_int() && !key.is_bool() && !is_big_int(key)) {
        return in.raise_type_error("keys in translate table must be strings or integers");
      }
      if (!dict_detail::store(in, result, key, mapped)) return value::raised();
    }
    return value::from_object(result);
  }
  if (!is_str(p[0])) return in.raise_type_error("first maketrans argument must be a string if there is a second argument");
  const auto* from = as_str(p[0]);
  const auto* to = as_str(p[1]);
  if (from->length != to->length) return in.raise_value_error("the first two maketrans arguments must have equal length");
  const auto from_text = from->view(), to_text = to->view();
  for (std::size_t i = 0, j = 0; i < from_text.size();) {
    auto a = text::decode(from_text, i);
    auto b = text::decode(to_text, j);
    i += a.length;
    j += b.length;
    if (!dict_detail::store(in, result, code_point_key(a.value), code_point_key(b.value))) return value::raised();
  }
  if (!p[2].is_unbound()) {
    const auto removed = as_str(p[2])->view();
    for (std::size_t i = 0; i < removed.size();) {
      auto c = text::decode(removed, i);
      i += c.length;
      if (!dict_detail::store(in, result, code_point_key(c.value), value::none())) return value::raised();
    }
  }
  return value::from_object(result);
}

}  // namespace str_methods_detail
}  // namespace coil::runtime
