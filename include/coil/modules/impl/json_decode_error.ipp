// json.JSONDecodeError: the ValueError subclass json.loads raises for malformed documents, with
// CPython's attributes (msg, doc, pos, lineno, colno) and message ("Expecting value: line 1
// column 1 (char 0)"). It is not a builtin name, so it is not in exception_types.def: it is one
// immortal type object whose base is ValueError (so `except ValueError` catches it) and whose
// module_name makes tracebacks print `json.decoder.JSONDecodeError: ...` as CPython does. Its
// instances carry the attributes next to the ordinary exception fields, so only this file ever
// creates one (never in.raise_error with this type, which would make a plain exception).
#pragma once

#include <coil/modules/module_registry.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/impl/numeric_types.ipp>
#include <coil/runtime/int_object.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coil::modules::json_detail {

using runtime::str_object;

struct json_decode_error_object : runtime::exception_object {
  static constexpr const char* layout_name = "json_decode_error";
  using exception_object::exception_object;
  value msg = value::none();
  value doc = value::none();
  value pos = value::none();
  value lineno = value::none();
  value colno = value::none();
  void trace(vm::tracer& t) {
    exception_object::trace(t);
    t.visit(msg);
    t.visit(doc);
    t.visit(pos);
    t.visit(lineno);
    t.visit(colno);
  }
};

inline value decode_error_get_attribute(interpreter&, value self, value name) {
  auto wanted = static_cast<str_object*>(name.as_object())->view();
  auto* e = static_cast<json_decode_error_object*>(self.as_object());
  if (wanted == "msg") return e->msg;
  if (wanted == "doc") return e->doc;
  if (wanted == "pos") return e->pos;
  if (wanted == "lineno") return e->lineno;
  if (wanted == "colno") return e->colno;
  return value::unbound();  // args, __cause__, ...: ValueError's attributes
}

inline value construct_decode_error(interpreter& in, runtime::type_object* type, const call_arguments& args);

inline runtime::type_object* json_decode_error_type() {
  static runtime::type_object type = [] {
    runtime::type_object t;
    t.type = &runtime::type_type;
    t.name = "JSONDecodeError";
    t.module_name = "json.decoder";
    t.base = runtime::exception_type(runtime::exception_kind::value_error);
    t.layout = &vm::layout_of<json_decode_error_object>;
    t.construct = construct_decode_error;
    t.get_attribute = decode_error_get_attribute;
    return t;
  }();
  return &type;
}

// Where character `pos` of `text` is, as CPython's __init__ computes it: lineno is
// doc.count('\n', 0, pos) + 1 and colno is pos - doc.rfind('\n', 0, pos), with slice rules
// for a negative or too large pos.
struct position_in_text {
  std::int64_t line;
  std::int64_t last_newline;  // the rfind result: -1 when there is none
};
inline position_in_text locate(std::string_view text, std::int64_t code_points, std::int64_t pos) {
  const std::int64_t end = pos < 0 ? std::max<std::int64_t>(0, code_points + pos) : std::min(pos, code_points);
  std::int64_t lines = 0, last_newline = -1, index = 0;
  for (std::size_t i = 0; i < text.size() && index < end; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) == 0x80) continue;  // continuation bytes do not start a character
    if (byte == '\n') {
      ++lines;
      last_newline = index;
    }
    ++index;
  }
  return {lines + 1, last_newline};
}

// A new JSONDecodeError: `message` and `doc` are strs, `pos` an int (its text is `pos_text`).
inline value make_decode_error(interpreter& in, value message, value doc, value pos, std::int64_t clamped_pos,
                               const std::string& pos_text) {
  auto* text = static_cast<str_object*>(doc.as_object());
  const position_in_text where = locate(text->view(), text->length, clamped_pos);
  std::string column_text;
  value colno;
  if (pos.is_small_int()) {
    colno = in.make_int(pos.as_small_int() - where.last_newline);
    column_text = std::to_string(pos.as_small_int() - where.last_newline);
  } else {
    runtime::big_int column = runtime::numeric_detail::to_big(pos) - runtime::big_int(where.last_newline);
    column_text = column.to_string(10).value_or("?");
    colno = in.make_big_int(std::move(column));
  }
  auto root_colno = in.root(colno);
  auto* e = in.heap().make<json_decode_error_object>(json_decode_error_type(), &in.heap());
  value result = value::from_object(e);
  auto root = in.root(result);
  e->msg = message;
  e->doc = doc;
  e->pos = pos;
  e->lineno = in.make_int(where.line);
  e->colno = colno;
  value full = in.make_str(std::string(static_cast<str_object*>(message.as_object())->view()) + ": line " +
                           std::to_string(where.line) + " column " + column_text + " (char " + pos_text + ")");
  e->args = in.make_tuple(std::span<const value>(&full, 1));
  return result;
}

// Raises JSONDecodeError for the byte offset `byte_pos` of the str `doc` (the message counts
// characters, as CPython's positions do).
inline value raise_decode_error(interpreter& in, std::string_view message, value doc, std::size_t byte_pos) {
  auto* text = static_cast<str_object*>(doc.as_object());
  std::int64_t pos = static_cast<std::int64_t>(byte_pos);
  if (!text->ascii) {
    pos = 0;
    for (std::size_t i = 0; i < byte_pos && i < text->byte_length; ++i)
      if ((static_cast<unsigned char>(text->data()[i]) & 0xC0) != 0x80) ++pos;
  }
  value message_value = in.make_str(message);
  auto root = in.root(message_value);
  value e = make_decode_error(in, message_value, doc, in.make_int(pos), pos, std::to_string(pos));
  if (message == "Expecting value") {
    // CPython's scanner reports a missing value as StopIteration(pos), which json turns into
    // this error `from None`: the StopIteration is the (suppressed) context.
    auto error_root = in.root(e);
    value position = in.make_int(pos);
    value stop = in.call(value::from_object(runtime::exception_type(runtime::exception_kind::stop_iteration)),
                         std::span<const value>(&position, 1));
    if (stop.is_raised()) return stop;
    in.raise_exception(stop);  // chains whatever exception is being handled to it
    stop = in.take_pending_exception();
    auto* made = static_cast<json_decode_error_object*>(e.as_object());
    made->context = stop;
    made->suppress_context = true;
  }
  return in.raise_exception(e);
}

// JSONDecodeError(msg, doc, pos) from Python: CPython's __init__ is a Python function, and its
// argument errors and the doc.count / slice-index failures are what a script sees.
inline value construct_decode_error(interpreter& in, runtime::type_object*, const call_arguments& args) {
  constexpr std::string_view names[3] = {"msg", "doc", "pos"};
  value bound[3] = {value::unbound(), value::unbound(), value::unbound()};
  if (args.positional.size() > 3)
    return in.raise_type_error("JSONDecodeError.__init__() takes 4 positional arguments but " +
                               std::to_string(args.positional.size() + 1) + " were given");
  for (std::size_t i = 0; i < args.positional.size(); ++i) bound[i] = args.positional[i];
  for (std::size_t k = 0; k < args.keyword_names.size(); ++k) {
    auto keyword = static_cast<str_object*>(args.keyword_names[k].as_object())->view();
    std::size_t i = 0;
    while (i < 3 && names[i] != keyword) ++i;
    if (i == 3)
      return in.raise_type_error("JSONDecodeError.__init__() got an unexpected keyword argument '" + std::string(keyword) + "'");
    if (!bound[i].is_unbound())
      return in.raise_type_error("JSONDecodeError.__init__() got multiple values for argument '" + std::string(keyword) + "'");
    bound[i] = args.keyword_values[k];
  }
  std::vector<std::string_view> missing;
  for (std::size_t i = 0; i < 3; ++i)
    if (bound[i].is_unbound()) missing.push_back(names[i]);
  if (!missing.empty()) {
    std::string list;
    for (std::size_t i = 0; i < missing.size(); ++i) {
      if (i != 0) list += missing.size() == 2 ? " and " : (i + 1 == missing.size() ? ", and " : ", ");
      list += "'" + std::string(missing[i]) + "'";
    }
    return in.raise_type_error("JSONDecodeError.__init__() missing " + std::to_string(missing.size()) + " required positional argument" +
                               (missing.size() == 1 ? "" : "s") + ": " + list);
  }
  const value msg = bound[0], doc = bound[1], pos = bound[2];
  if (in.type_of(doc) != &runtime::str_type)
    return in.raise_error(runtime::exception_type(runtime::exception_kind::attribute_error),
                          "'" + std::string(in.type_of(doc)->name) + "' object has no attribute 'count'");
  if (!runtime::numeric_detail::is_int_like(pos))
    return in.raise_type_error("slice indices must be integers or None or have an __index__ method");
  const value position = pos.is_bool() ? value::from_small_int(pos.is_true() ? 1 : 0) : pos;
  std::int64_t clamped = 0;
  std::string pos_text;
  if (position.is_small_int()) {
    clamped = position.as_small_int();
    pos_text = std::to_string(clamped);
  } else {
    const runtime::big_int& big = static_cast<runtime::int_object*>(position.as_object())->value;
    clamped = big.is_negative() ? INT64_MIN / 2 : INT64_MAX / 2;  // beyond any text: the slice clamps
    auto digits = big.to_string(10, in.interrupt());
    if (!digits) return runtime::numeric_detail::raise_big_int_error(in, digits.error());
    pos_text = *digits;
  }
  value text = in.str(msg);
  if (text.is_raised()) return text;
  auto root = in.root(text);
  value e = make_decode_error(in, text, doc, position, clamped, pos_text);
  // CPython keeps the objects passed in, not their str() or int() forms.
  if (!e.is_raised()) {
    static_cast<json_decode_error_object*>(e.as_object())->msg = msg;
    static_cast<json_decode_error_object*>(e.as_object())->pos = pos;
  }
  return e;
}

}  // namespace coil::modules::json_detail
