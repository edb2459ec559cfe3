// The `json` module: dumps, loads, dump, load and JSONDecodeError, with the signatures, argument
// errors and option handling of CPython 3.12's json package (the Python layer over its C
// accelerator). The work happens in json_encoder.ipp (Python values to text) and
// json_decoder.ipp (text to Python values); this file binds arguments the way those Python
// functions do, turns the options into encoder/decoder settings (or calls a `cls` the script
// passed, as CPython does), and assembles the module.
#pragma once

#include <coil/modules/impl/json_decode_error.ipp>
#include <coil/modules/impl/json_decoder.ipp>
#include <coil/modules/impl/json_encoder.ipp>
#include <coil/modules/module_registry.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace coil::modules::json_detail {

// The arguments of a Python function `def f(p1, p2, *, k1=d1, ..., **kw)` bound as CPython
// binds them, with its TypeErrors; keyword-only parameters not passed get their defaults.
struct bound_arguments {
  std::array<value, 2> positional{value::unbound(), value::unbound()};
  std::array<value, 10> keyword_only{};
  std::vector<value> extra_names, extra_values;  // **kw, in call order
};

inline bool bind_arguments(interpreter& in, std::string_view function, std::span<const std::string_view> positional_names,
                           std::span<const std::string_view> keyword_names, std::span<const value> defaults,
                           const call_arguments& args, bound_arguments& out) {
  out.keyword_only.fill(value::unbound());
  const std::size_t wanted = positional_names.size();
  std::size_t keyword_only_given = 0;
  for (value name : args.keyword_names) {
    auto text = static_cast<str_object*>(name.as_object())->view();
    for (auto known : keyword_names) keyword_only_given += text == known ? 1 : 0;
  }
  if (args.positional.size() > wanted) {
    std::string message = std::string(function) + "() takes " + std::to_string(wanted) + " positional argument" + (wanted == 1 ? "" : "s") +
                          " but " + std::to_string(args.positional.size());
    if (keyword_only_given != 0)
      message += " positional argument" + std::string(args.positional.size() == 1 ? "" : "s") + " (and " + std::to_string(keyword_only_given) +
                 " keyword-only argument" + (keyword_only_given == 1 ? "" : "s") + ")";
    in.raise_type_error(message + " were given");
    return false;
  }
  for (std::size_t i = 0; i < args.positional.size(); ++i) out.positional[i] = args.positional[i];
  for (std::size_t k = 0; k < args.keyword_names.size(); ++k) {
    auto text = static_cast<str_object*>(args.keyword_names[k].as_object())->view();
    bool matched = false;
    for (std::size_t i = 0; i < wanted && !matched; ++i) {
      if (text != positional_names[i]) continue;
      if (!out.positional[i].is_unbound()) {
        in.raise_type_error(std::string(function) + "() got multiple values for argument '" + std::string(text) + "'");
        return false;
      }
      out.positional[i] = args.keyword_values[k];
      matched = true;
    }
    for (std::size_t i = 0; i < keyword_names.size() && !matched; ++i) {
      if (text != keyword_names[i]) continue;
      out.keyword_only[i] = args.keyword_values[k];
      matched = true;
    }
    if (!matched) {
      out.extra_names.push_back(args.keyword_names[k]);
      out.extra_values.push_back(args.keyword_values[k]);
    }
  }
  std::vector<std::string_view> missing;
  for (std::size_t i = 0; i < wanted; ++i)
    if (out.positional[i].is_unbound()) missing.push_back(positional_names[i]);
  if (!missing.empty()) {
    std::string list = "'" + std::string(missing[0]) + "'";
    if (missing.size() == 2) list += " and '" + std::string(missing[1]) + "'";
    in.raise_type_error(std::string(function) + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                        (missing.size() == 1 ? "" : "s") + ": " + list);
    return false;
  }
  for (std::size_t i = 0; i < keyword_names.size(); ++i)
    if (out.keyword_only[i].is_unbound()) out.keyword_only[i] = defaults[i];
  return true;
}

// dumps/dump's keyword-only parameters, in CPython's order (also the order they are passed to cls).
enum encoder_parameter : std::size_t { skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, default_, sort_keys };
inline constexpr std::string_view encoder_parameter_names[] = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls",
                                                               "indent",   "separators",   "default",        "sort_keys"};
inline constexpr value encoder_parameter_defaults[] = {value::from_bool(false), value::from_bool(true), value::from_bool(true),
                                                       value::from_bool(true),  value::none(),          value::none(),
                                                       value::none(),           value::none(),          value::from_bool(false)};
// loads/load's, likewise.
enum decoder_parameter : std::size_t { d_cls, object_hook, parse_float, parse_int, parse_constant, object_pairs_hook };
inline constexpr std::string_view decoder_parameter_names[] = {"cls", "object_hook", "parse_float", "parse_int", "parse_constant",
                                                               "object_pairs_hook"};
inline constexpr value decoder_parameter_defaults[] = {value::none(), value::none(), value::none(),
                                                       value::none(), value::none(), value::none()};

inline std::optional<bool> truth(interpreter& in, value v) { return in.truthy(v); }

// cls(...).method(obj) for a cls the script passed: CPython calls it with these keywords.
inline value call_custom_class(interpreter& in, value cls_value, std::span<const value> names, std::span<const value> values,
                               std::string_view method, value argument) {
  call_arguments call{{}, values, names};
  value instance = in.call(cls_value, call);
  if (instance.is_raised()) return instance;
  auto root = in.root(instance);
  value method_name = in.make_str(method);
  value bound = in.get_attribute(instance, method_name);
  if (bound.is_raised()) return bound;
  auto bound_root = in.root(bound);
  return in.call(bound, std::span<const value>(&argument, 1));
}

// Reads a separators argument: any iterable of exactly two items (item separator, key separator).
inline bool unpack_separators(interpreter& in, value separators, value& item, value& key) {
  value iterator = in.get_iterator(separators);
  if (iterator.is_raised()) {
    in.take_pending_exception();
    in.raise_type_error("cannot unpack non-iterable " + std::string(in.type_of(separators)->name) + " object");
    return false;
  }
  auto root = in.root(iterator);
  value got[2];
  for (std::size_t i = 0; i < 2; ++i) {
    got[i] = in.next(iterator);
    if (got[i].is_raised()) return false;
    if (got[i].is_unbound()) {
      in.raise_value_error("not enough values to unpack (expected 2, got " + std::to_string(i) + ")");
      return false;
    }
  }
  auto item_root = in.root(got[0]);
  auto key_root = in.root(got[1]);
  value more = in.next(iterator);
  if (more.is_raised()) return false;
  if (!more.is_unbound()) {
    in.raise_value_error("too many values to unpack (expected 2)");
    return false;
  }
  item = got[0];
  key = got[1];
  return true;
}

inline bool is_str_value(value v) { return v.is_object() && runtime::is_subtype(v.as_object()->type, &runtime::str_type); }
inline std::string str_text(value v) { return std::string(static_cast<str_object*>(v.as_object())->view()); }

// What our JSONEncoder(...) would be, from the bound keyword arguments; false when raised. The
// separators and indent are checked as CPython's C make_encoder / pure-Python encoder check
// them, which only happens for a top-level value that is not a str.
inline bool make_encoder_options(interpreter& in, const bound_arguments& a, value obj, bool python_encoder, encoder_options& o,
                                 value& item_separator_value) {
  if (!a.extra_names.empty()) {
    in.raise_type_error("JSONEncoder.__init__() got an unexpected keyword argument '" + str_text(a.extra_names[0]) + "'");
    return false;
  }
  const value indent_value = a.keyword_only[indent];
  value item = value::none(), key = value::none();
  if (!a.keyword_only[separators].is_none()) {
    if (!unpack_separators(in, a.keyword_only[separators], item, key)) return false;
  }
  for (auto [parameter, flag] : {std::pair{skipkeys, &o.skip_keys}, std::pair{ensure_ascii, &o.ensure_ascii},
                                 std::pair{check_circular, &o.check_circular}, std::pair{allow_nan, &o.allow_nan},
                                 std::pair{sort_keys, &o.sort_keys}}) {
    auto t = truth(in, a.keyword_only[parameter]);
    if (!t) return false;
    *flag = *t;
  }
  o.default_function = a.keyword_only[default_];
  // dumps' encode() returns at once for a str; dump's iterencode() does not.
  if (is_str_value(obj) && !python_encoder) return true;
  o.python_encoder = python_encoder || !indent_value.is_none();
  const bool custom_separators = !a.keyword_only[separators].is_none();
  if (!o.python_encoder) {
    if (custom_separators) {
      // make_encoder(markers, default, encoder, indent, key_separator, item_separator, ...)
      for (auto [separator, number] : {std::pair{key, 5}, std::pair{item, 6}}) {
        if (is_str_value(separator)) continue;
        in.raise_type_error("make_encoder() argument " + std::to_string(number) + " must be str, not " +
                            (separator.is_none() ? std::string("None") : std::string(in.type_of(separator)->name)));
        return false;
      }
      o.item_separator = str_text(item);
      o.key_separator = str_text(key);
    }
    return true;
  }
  if (!indent_value.is_none()) {
    value indent_text = indent_value;
    if (!is_str_value(indent_value)) {
      value space = in.make_str(" ");
      indent_text = in.binary(static_cast<std::size_t>(syntax::binary_operator::mult), space, indent_value);
      if (indent_text.is_raised()) return false;
    }
    o.has_indent = true;
    o.indent = str_text(indent_text);
    o.item_separator = ",";
  }
  if (custom_separators) {
    if (is_str_value(item)) o.item_separator = str_text(item);
    else item_separator_value = item;
    if (is_str_value(key)) o.key_separator = str_text(key);
    else o.key_separator_value = key;
  }
  return true;
}

// Encodes `obj` with our encoder. For json.dump (python_encoder), `written` is set to how much
// of the text CPython would have written before an error.
inline value encode_to_text(interpreter& in, const bound_arguments& a, value obj, bool python_encoder, std::string& text,
                            std::size_t& written) {
  encoder_options options;
  value item_separator_value = value::none();
  written = 0;
  if (!make_encoder_options(in, a, obj, python_encoder, options, item_separator_value)) return value::raised();
  options.item_separator_value = item_separator_value;
  auto* keep = in.new_list();
  auto root = in.root(value::from_object(keep));
  encoder e(in, options, keep);
  if (!e.encode(obj)) {
    written = e.written_before_error();
    text = std::move(e.output());
    return value::raised();
  }
  text = std::move(e.output());
  written = text.size();
  return value::none();
}

// The keywords dumps/dump pass to a cls: every option but cls, then the unknown ones (**kw).
inline void encoder_keywords(interpreter& in, const bound_arguments& a, std::vector<value>& names, std::vector<value>& values) {
  for (std::size_t i = 0; i < std::size(encoder_parameter_names); ++i) {
    if (i == cls) continue;
    names.push_back(in.make_str(encoder_parameter_names[i]));
    values.push_back(a.keyword_only[i]);
  }
  names.insert(names.end(), a.extra_names.begin(), a.extra_names.end());
  values.insert(values.end(), a.extra_values.begin(), a.extra_values.end());
}

inline value json_dumps(interpreter& in, const call_arguments& args) {
  static constexpr std::string_view positional[] = {"obj"};
  bound_arguments a;
  if (!bind_arguments(in, "dumps", positional, encoder_parameter_names, encoder_parameter_defaults, args, a)) return value::raised();
  const value obj = a.positional[0];
  if (!a.keyword_only[cls].is_none()) {
    std::vector<value> names, values;
    encoder_keywords(in, a, names, values);
    auto* holder = in.new_list();
    auto root = in.root(value::from_object(holder));
    holder->items.assign(names.begin(), names.end());
    return call_custom_class(in, a.keyword_only[cls], names, values, "encode", obj);
  }
  std::string text;
  std::size_t written = 0;
  if (encode_to_text(in, a, obj, false, text, written).is_raised()) return value::raised();
  if (text.size() > UINT32_MAX - 64) return raise_too_long(in);
  if (!in.heap().could_allocate(text.size() + 64)) return in.raise_memory_error();
  return in.make_str(text);
}

inline value json_dump(interpreter& in, const call_arguments& args) {
  static constexpr std::string_view positional[] = {"obj", "fp"};
  bound_arguments a;
  if (!bind_arguments(in, "dump", positional, encoder_parameter_names, encoder_parameter_defaults, args, a)) return value::raised();
  const value obj = a.positional[0], fp = a.positional[1];
  if (!a.keyword_only[cls].is_none()) {
    // CPython: for chunk in cls(...).iterencode(obj): fp.write(chunk)
    std::vector<value> names, values;
    encoder_keywords(in, a, names, values);
    auto* holder = in.new_list();
    auto root = in.root(value::from_object(holder));
    holder->items.assign(names.begin(), names.end());
    value chunks = call_custom_class(in, a.keyword_only[cls], names, values, "iterencode", obj);
    if (chunks.is_raised()) return chunks;
    holder->items.push_back(chunks);
    value iterator = in.get_iterator(chunks);
    if (iterator.is_raised()) return iterator;
    holder->items.push_back(iterator);
    value write = value::none();
    for (;;) {
      value chunk = in.next(iterator);
      if (chunk.is_raised()) return chunk;
      if (chunk.is_unbound()) return value::none();
      auto chunk_root = in.root(chunk);
      if (write.is_none()) {
        value write_name = in.make_str("write");
        write = in.get_attribute(fp, write_name);
        if (write.is_raised()) return write;
        holder->items.push_back(write);
      }
      if (in.call(write, std::span<const value>(&chunk, 1)).is_raised()) return value::raised();
    }
  }
  std::string text;
  std::size_t written = 0;
  const bool failed = encode_to_text(in, a, obj, true, text, written).is_raised();
  if (written == 0) return failed ? value::raised() : value::none();
  // CPython writes chunk by chunk: whatever was encoded before an error is already in fp.
  value error = failed ? in.take_pending_exception() : value::none();
  auto error_root = in.root(error);
  if (written > UINT32_MAX - 64) return raise_too_long(in);
  if (!in.heap().could_allocate(written + 64)) return in.raise_memory_error();
  value chunk = in.make_str(std::string_view(text).substr(0, written));
  auto chunk_root = in.root(chunk);
  value write_name = in.make_str("write");
  value write = in.get_attribute(fp, write_name);
  if (write.is_raised()) return write;
  auto write_root = in.root(write);
  if (in.call(write, std::span<const value>(&chunk, 1)).is_raised()) return value::raised();
  if (failed) return in.raise_exception(error);
  return value::none();
}

// loads' decoding once the arguments are bound: `s` must be a str (coil has no bytes type yet).
inline value decode_document(interpreter& in, const bound_arguments& a, value s) {
  if (!is_str_value(s))
    return in.raise_type_error("the JSON object must be str, bytes or bytearray, not " + std::string(in.type_of(s)->name));
  if (!a.keyword_only[d_cls].is_none()) {
    // CPython: cls(**kw) with the hooks that are not None added after the other keywords.
    std::vector<value> names(a.extra_names.begin(), a.extra_names.end());
    std::vector<value> values(a.extra_values.begin(), a.extra_values.end());
    for (std::size_t parameter : {object_hook, object_pairs_hook, parse_float, parse_int, parse_constant}) {
      if (a.keyword_only[parameter].is_none()) continue;
      names.push_back(in.make_str(decoder_parameter_names[parameter]));
      values.push_back(a.keyword_only[parameter]);
    }
    auto* holder = in.new_list();
    auto root = in.root(value::from_object(holder));
    holder->items.assign(names.begin(), names.end());
    return call_custom_class(in, a.keyword_only[d_cls], names, values, "decode", s);
  }
  decoder_options options;
  for (std::size_t k = 0; k < a.extra_names.size(); ++k) {
    auto name = static_cast<str_object*>(a.extra_names[k].as_object())->view();
    if (name != "strict")
      return in.raise_type_error("JSONDecoder.__init__() got an unexpected keyword argument '" + std::string(name) + "'");
    auto t = truth(in, a.extra_values[k]);
    if (!t) return value::raised();
    options.strict = *t;
  }
  options.object_hook = a.keyword_only[object_hook];
  options.object_pairs_hook = a.keyword_only[object_pairs_hook];
  // JSONDecoder keeps `parse_float or float` (likewise parse_int, parse_constant): a false
  // hook means the default.
  for (auto [parameter, slot] : {std::pair{parse_float, &options.parse_float}, std::pair{parse_int, &options.parse_int},
                                 std::pair{parse_constant, &options.parse_constant}}) {
    if (a.keyword_only[parameter].is_none()) continue;
    auto t = truth(in, a.keyword_only[parameter]);
    if (!t) return value::raised();
    if (*t) *slot = a.keyword_only[parameter];
  }
  const auto* text = static_cast<str_object*>(s.as_object());
  if (text->view().starts_with("\xEF\xBB\xBF")) return raise_decode_error(in, "Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0);
  auto* stack = in.new_list();
  auto stack_root = in.root(value::from_object(stack));
  auto* memo = in.new_list();
  auto memo_root = in.root(value::from_object(memo));
  decoder d(in, options, s, stack, memo);
  return d.decode();
}

inline value json_loads(interpreter& in, const call_arguments& args) {
  static constexpr std::string_view positional[] = {"s"};
  bound_arguments a;
  if (!bind_arguments(in, "loads", positional, decoder_parameter_names, decoder_parameter_defaults, args, a)) return value::raised();
  return decode_document(in, a, a.positional[0]);
}

inline value json_load(interpreter& in, const call_arguments& args) {
  static constexpr std::string_view positional[] = {"fp"};
  bound_arguments a;
  if (!bind_arguments(in, "load", positional, decoder_parameter_names, decoder_parameter_defaults, args, a)) return value::raised();
  value read_name = in.make_str("read");
  value read = in.get_attribute(a.positional[0], read_name);
  if (read.is_raised()) return read;
  auto read_root = in.root(read);
  value s = in.call(read, std::span<const value>{});
  if (s.is_raised()) return s;
  auto root = in.root(s);
  return decode_document(in, a, s);
}

}  // namespace coil::modules::json_detail

namespace coil::modules {

inline value build_json_module(interpreter& in) {
  static const auto functions = runtime::make_methods("", {
      {"dumps", json_detail::json_dumps},
      {"loads", json_detail::json_loads},
      {"dump", json_detail::json_dump},
      {"load", json_detail::json_load},
  });
  value module = new_module(in, "json");
  if (module.is_raised()) return module;
  auto root = in.root(module);
  if (!add_functions(in, module, functions)) return value::raised();
  if (!set_member(in, module, "JSONDecodeError", value::from_object(json_detail::json_decode_error_type()))) return value::raised();
  return module;
}

}  // namespace coil::modules
