// Definitions for host/value_conversion.hpp.
#pragma once

#include <coil/compiler/compiled_program.hpp>
#include <coil/host/value_conversion.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/dict_object.hpp>
#include <coil/runtime/impl/dict_type.ipp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/int_object.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/runtime/text/utf8.hpp>

#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace coil::host {

COIL_DECL vm::value str_from_host(vm::interpreter& in, std::string_view text) {
  // A host string is untrusted bytes: coil's str relies on valid UTF-8.
  if (auto check = runtime::text::validate(text); !check) {
    return in.raise_error(runtime::exception_type(runtime::exception_kind::unicode_decode_error),
                          "'utf-8' codec can't decode byte in a str from the host at position " +
                              std::to_string(check.error_start) + ": " + std::string(runtime::text::describe(check.what)));
  }
  return in.make_str(text);
}

namespace conversion_detail {

// Nesting beyond this is refused rather than recursed into.
inline constexpr int max_depth = 1000;

inline result<coil::value> to_host(vm::interpreter& in, vm::value v, int depth) {
  if (depth > max_depth) {
    error e;
    e.type = "RecursionError";
    e.message = "value too deeply nested to convert";
    return tl::unexpected(std::move(e));
  }
  if (v.is_none()) return coil::value();
  if (v.is_bool()) return coil::value(v.is_true());
  if (v.is_small_int()) return coil::value(v.as_small_int());
  if (v.is_double()) return coil::value(v.as_double());
  auto* type = in.type_of(v);
  if (type == &runtime::int_type) return coil::value(static_cast<runtime::int_object*>(v.as_object())->value);
  if (type == &runtime::str_type) return coil::value(std::string(static_cast<runtime::str_object*>(v.as_object())->view()));
  if (type == &runtime::list_type || type == &runtime::tuple_type) {
    std::vector<coil::value> items;
    for (vm::value item : runtime::sequence_detail::items_of(v)) {
      auto converted = to_host(in, item, depth + 1);
      if (!converted) return converted;
      items.push_back(std::move(*converted));
    }
    return type == &runtime::list_type ? coil::value::list(std::move(items)) : coil::value::tuple(std::move(items));
  }
  if (type == &runtime::dict_type) {
    auto* d = runtime::dict_detail::as_dict(v);
    std::vector<std::pair<coil::value, coil::value>> entries;
    for (std::size_t i = 0; i < d->table.end_index(); ++i) {
      if (!d->table.is_live(i)) continue;
      auto key = to_host(in, d->table.entry(i).key, depth + 1);
      if (!key) return key;
      auto item = to_host(in, d->table.entry(i).value, depth + 1);
      if (!item) return item;
      entries.emplace_back(std::move(*key), std::move(*item));
    }
    return coil::value::dict(std::move(entries));
  }
  if (type == &runtime::set_type || type == &runtime::frozenset_type) {
    std::vector<coil::value> items;
    vm::value iterator = in.get_iterator(v);
    if (iterator.is_raised()) {
      in.take_pending_exception();
      return coil::value::set({});
    }
    auto root = in.root(iterator);
    for (vm::value item = in.next(iterator); !item.is_unbound() && !item.is_raised(); item = in.next(iterator)) {
      auto converted = to_host(in, item, depth + 1);
      if (!converted) return converted;
      items.push_back(std::move(*converted));
    }
    return type == &runtime::set_type ? coil::value::set(std::move(items)) : coil::value::frozenset(std::move(items));
  }
  error e;
  e.type = "TypeError";
  e.message = "a value of type '" + std::string(type->name) + "' cannot leave the interpreter";
  return tl::unexpected(std::move(e));
}

}  // namespace conversion_detail

COIL_DECL result<coil::value> to_host(vm::interpreter& in, vm::value v) { return conversion_detail::to_host(in, v, 0); }

namespace conversion_detail {

// Host values may be hostile: nesting is bounded (raised RecursionError) and every container is
// rooted while its items are made, since making them may collect at a later safe point.
inline vm::value from_host(vm::interpreter& in, const coil::value& v, int depth) {
  if (depth > max_depth)
    return in.raise_error(runtime::exception_type(runtime::exception_kind::recursion_error), "host value too deeply nested to convert");
  switch (v.kind()) {
    case coil::value::kind::none: return vm::value::none();
    case coil::value::kind::boolean: return vm::value::from_bool(*v.as<bool>());
    case coil::value::kind::integer:
      if (auto small = v.integer().to_int64()) return in.make_int(*small);
      return in.make_big_int(v.integer());
    case coil::value::kind::floating: return vm::value::from_double(*v.as<double>());
    case coil::value::kind::string: return str_from_host(in, v.text());
    case coil::value::kind::list:
    case coil::value::kind::tuple:
    case coil::value::kind::set:
    case coil::value::kind::frozenset: {
      auto* list = in.new_list();
      vm::value items = vm::value::from_object(list);
      auto root = in.root(items);
      for (const auto& item : v.items()) {
        vm::value converted = from_host(in, item, depth + 1);
        if (converted.is_raised()) return converted;
        list->items.push_back(converted);
      }
      if (v.kind() == coil::value::kind::list) return items;
      if (v.kind() == coil::value::kind::tuple) return in.make_tuple(list->items);
      runtime::type_object* type = v.kind() == coil::value::kind::set ? &runtime::set_type : &runtime::frozenset_type;
      return in.call(vm::value::from_object(type), std::span<const vm::value>(&items, 1));
    }
    case coil::value::kind::dict: {
      auto* d = runtime::dict_detail::new_dict(in);
      vm::value result = vm::value::from_object(d);
      auto root = in.root(result);
      for (const auto& [key, item] : v.entries()) {
        vm::value k = from_host(in, key, depth + 1);
        if (k.is_raised()) return k;
        auto key_root = in.root(k);
        vm::value converted = from_host(in, item, depth + 1);
        if (converted.is_raised()) return converted;
        if (runtime::dict_detail::dict_set_item(in, result, k, converted).is_raised()) return vm::value::raised();
      }
      return result;
    }
    case coil::value::kind::bytes:
      return in.raise_error(runtime::exception_type(runtime::exception_kind::not_implemented_error), "coil has no bytes type yet");
  }
  return vm::value::none();
}

}  // namespace conversion_detail

COIL_DECL vm::value from_host(vm::interpreter& in, const coil::value& v) { return conversion_detail::from_host(in, v, 0); }

namespace conversion_detail {

// What an error's display may show, beyond which the host's copy is cut short: a group may hold
// the same group many times over, and a context chain may be as long as the script makes it.
inline constexpr std::size_t max_exceptions_copied = 2000;
inline constexpr std::size_t max_chain_length = 100;

struct error_copy {
  vm::interpreter& in;
  const compiler::compiled_program& program;
  std::size_t left = max_exceptions_copied;
  // Every exception already shown, as CPython's display keeps them, so no chain shows one twice.
  std::unordered_set<const vm::object*> seen{};

  static bool is_exception(vm::value v) {
    return v.is_object() && runtime::is_subtype(v.as_object()->type, runtime::exception_type(runtime::exception_kind::base_exception));
  }

  // `exception` with the chain CPython prints above it: its __cause__, or else its __context__
  // unless suppressed, then theirs, up to an exception already shown. `group_depth` is the depth
  // in exception groups the display prints it at.
  error with_chain(vm::value exception, int group_depth) {
    std::vector<std::pair<vm::value, bool>> chain;  // nearest first; true: a __cause__
    if (is_exception(exception)) {
      seen.insert(exception.as_object());
      for (vm::value at = exception; chain.size() < max_chain_length && left > 0;) {
        auto* e = static_cast<runtime::exception_object*>(at.as_object());
        const bool by_cause = !e->cause.is_none();
        const vm::value next = by_cause ? e->cause : e->suppress_context ? vm::value::none() : e->context;
        if (!is_exception(next) || !seen.insert(next.as_object()).second) break;
        --left;
        chain.emplace_back(next, by_cause);
        at = next;
      }
    }
    // CPython shows the farthest first, each one's sub-exceptions before the next.
    std::vector<error> shown_above;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      shown_above.push_back(alone(it->first, group_depth));
      shown_above.back().is_cause = it->second;
    }
    error out = alone(exception, group_depth);
    out.chain = std::move(shown_above);
    return out;
  }

  // The type, message and traceback of `exception`, and an exception group's sub-exceptions as far
  // as CPython's display shows them (15 per group, 10 groups deep).
  error alone(vm::value exception, int group_depth) {
    error out;
    // CPython's traceback names a class of another module with its module: json.decoder.JSONDecodeError.
    const runtime::type_object* type = in.type_of(exception);
    out.type = type->module_name.empty() ? std::string(type->name) : std::string(type->module_name) + "." + std::string(type->name);
    vm::value message = in.str(exception);
    if (!message.is_raised()) {
      out.message = std::string(static_cast<runtime::str_object*>(message.as_object())->view());
    } else {
      in.take_pending_exception();  // to_public_error puts the script's exception back
      out.message = "<exception str() failed>";
    }
    if (!is_exception(exception)) return out;
    out.hint = in.lookup_error_hint(exception);
    auto* e = static_cast<runtime::exception_object*>(exception.as_object());
    // The traceback was recorded innermost first; CPython prints it outermost first.
    for (auto it = e->traceback.rbegin(); it != e->traceback.rend(); ++it) {
      frame f;
      f.file = program.script_name;
      const auto& span = it->code->spans[it->instruction];
      f.line = span.line;
      f.column = span.column + 1;
      f.end_line = span.end_line;
      f.end_column = span.end_column + 1;
      f.function = it->code->name;
      f.source_line = program.source_line(span.line);
      out.traceback.push_back(std::move(f));
    }
    if (e->notes.is_object() && e->notes.as_object()->type == &runtime::list_type) {
      auto& items = static_cast<runtime::list_object*>(e->notes.as_object())->items;
      for (std::size_t i = 0; i < items.size(); ++i) {  // str() may one day run code that edits the list
        vm::value text = in.str(items[i]);
        if (text.is_raised()) {
          in.take_pending_exception();
          out.notes.emplace_back("<note str() failed>");
        } else {
          out.notes.emplace_back(static_cast<runtime::str_object*>(text.as_object())->view());
        }
      }
    }
    if (runtime::is_subtype(e->type, runtime::exception_type(runtime::exception_kind::base_exception_group))) {
      auto* group = static_cast<runtime::exception_group_object*>(e);
      auto members = static_cast<runtime::tuple_object*>(group->exceptions.as_object())->span();
      out.exception_count = members.size();
      if (group_depth == 0) group_depth = 1;
      if (group_depth > 10) return out;  // CPython shows "... (max_group_depth is 10)" instead
      for (std::size_t i = 0; i < members.size() && i < 15 && left > 0; ++i) {
        --left;
        out.exceptions.push_back(with_chain(members[i], group_depth + 1));
      }
    }
    return out;
  }
};

}  // namespace conversion_detail

COIL_DECL error to_public_error(vm::interpreter& in, const compiler::compiled_program& program) {
  vm::value exception = in.pending_exception();
  auto rooted = in.root(exception);  // while str() of the exceptions shown runs
  conversion_detail::error_copy copy{in, program};
  error out = copy.with_chain(exception, 0);
  if (!same(in.pending_exception(), exception)) in.raise_exception(exception);
  out.what = in.terminated() == vm::termination::none ? error::kind::runtime : error::kind::limit;
  // The recursion limit raises a RecursionError the script may catch; one that ends the run is a
  // limit breach too. Its messages are CPython's, which all start alike.
  if (in.type_of(exception) == runtime::exception_type(runtime::exception_kind::recursion_error) &&
      out.message.rfind("maximum recursion depth exceeded", 0) == 0)
    out.what = error::kind::limit;
  return out;
}

}  // namespace coil::host
