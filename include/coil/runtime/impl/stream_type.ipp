// The text stream type behind sys.stdout and sys.stderr: write() and flush().
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/impl/callable_types.ipp>
#include <coil/runtime/str_object.hpp>
#include <coil/runtime/stream_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/object_layout_of.hpp>

namespace coil::runtime {
namespace stream_detail {

inline value write(interpreter& in, const call_arguments& args) {
  if (args.positional.size() != 2 || !args.keyword_values.empty())
    return in.raise_type_error("write() takes exactly one argument (" + std::to_string(args.positional.size() - 1) + " given)");
  value text = args.positional[1];
  if (in.type_of(text) != &str_type)
    return in.raise_type_error("write() argument must be str, not " + std::string(in.type_of(text)->name));
  auto* s = static_cast<str_object*>(text.as_object());
  in.write_output(static_cast<stream_object*>(args.positional[0].as_object())->is_error, s->view());
  return in.make_int(s->length);
}

inline value flush(interpreter&, const call_arguments&) { return value::none(); }

inline value stream_repr(interpreter& in, value self) {
  const bool is_error = static_cast<stream_object*>(self.as_object())->is_error;
  return in.make_str(is_error ? "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>"
                              : "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
}

}  // namespace stream_detail

inline type_object make_text_stream_type() {
  type_object t = make_plain_type("TextIOWrapper", &vm::layout_of<stream_object>, stream_detail::stream_repr);
  t.methods = make_methods("TextIOWrapper", {{"write", stream_detail::write}, {"flush", stream_detail::flush}});
  return t;
}

}  // namespace coil::runtime
