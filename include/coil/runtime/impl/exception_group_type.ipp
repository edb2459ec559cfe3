// BaseExceptionGroup and ExceptionGroup (PEP 654): construction with CPython 3.12's checks and
// class choice, `message`/`exceptions`, str "msg (2 sub-exceptions)", and the methods derive,
// subgroup and split. The recursive split here also serves except* (vm/impl/exception_groups.ipp),
// which matches by type and, for its re-raise, by the identity of leaf exceptions.
//
// A group's sub-exceptions are fixed when it is made, so groups nest without cycles; nesting
// depth is bounded by the recursion limit, never by the C++ stack.
#pragma once

#include <coil/config.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/impl/sequence_types.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <string>
#include <unordered_set>
#include <vector>

namespace coil::runtime {
namespace exception_group_detail {

inline type_object* base_group_type() { return exception_type(exception_kind::base_exception_group); }
inline type_object* group_type() { return exception_type(exception_kind::exception_group); }

inline bool is_exception_instance(value v) {
  return v.is_object() && is_subtype(v.as_object()->type, exception_type(exception_kind::base_exception));
}
inline bool is_group(value v) { return v.is_object() && is_subtype(v.as_object()->type, base_group_type()); }
inline exception_group_object* as_group(value v) { return static_cast<exception_group_object*>(v.as_object()); }
inline std::span<const value> members_of(value group) {
  return static_cast<tuple_object*>(as_group(group)->exceptions.as_object())->span();
}
inline bool is_exception_class(value v) {
  return v.is_object() && v.as_object()->type == &type_type &&
         is_subtype(static_cast<type_object*>(v.as_object()), exception_type(exception_kind::base_exception));
}

// PySequence_Check: indexable, and not a mapping.
inline bool is_sequence(type_object* type) {
  return type->get_item != nullptr && !is_subtype(type, &dict_type);
}

// BaseExceptionGroup.__new__ and __init__ as one step: `requested` is the class called, `args`
// the positional arguments (message, exceptions), `has_keywords` whether any keyword was given.
inline value make_group(interpreter& in, type_object* requested, std::span<const value> args, bool has_keywords) {
  if (args.size() != 2)
    return in.raise_type_error("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + std::to_string(args.size()) + " given)");
  const value message = args[0], given = args[1];
  if (in.type_of(message) != &str_type && !is_subtype(in.type_of(message), &str_type))
    return in.raise_type_error("BaseExceptionGroup.__new__() argument 1 must be str, not " +
                               std::string(message.is_none() ? "None" : in.type_of(message)->name));
  type_object* given_type = in.type_of(given);
  if (!is_sequence(given_type)) return in.raise_type_error("second argument (exceptions) must be a sequence");
  // The sequence's items, checked as they come (a long range fails at its first item), kept in a
  // rooted list while the iteration runs.
  auto* collected = in.new_list();
  auto rooted_items = in.root(value::from_object(collected));
  auto& items = collected->items;
  bool only_exceptions = true;
  auto accept = [&](value item) {
    if (!is_exception_instance(item)) {
      in.raise_value_error("Item " + std::to_string(items.size()) + " of second argument (exceptions) is not an exception");
      return false;
    }
    if (!is_subtype(in.type_of(item), exception_type(exception_kind::exception))) only_exceptions = false;
    items.push_back(item);
    return true;
  };
  if (given_type == &list_type || given_type == &tuple_type) {
    auto span = sequence_detail::items_of(given);
    if (span.empty()) return in.raise_value_error("second argument (exceptions) must be a non-empty sequence");
    if (!in.heap().could_allocate(span.size() * sizeof(value) * 2)) return in.raise_memory_error();
    items.reserve(span.size());
    for (value item : span)
      if (!accept(item)) return value::raised();
  } else {
    value iterator = in.get_iterator(given);
    if (iterator.is_raised()) return iterator;
    auto rooted = in.root(iterator);
    for (;;) {
      value item = in.next(iterator);
      if (item.is_raised()) return item;
      if (item.is_unbound()) break;
      if (!accept(item)) return value::raised();
    }
    if (items.empty()) return in.raise_value_error("second argument (exceptions) must be a non-empty sequence");
  }
  type_object* cls = requested;
  if (cls == group_type() && !only_exceptions) return in.raise_type_error("Cannot nest BaseExceptions in an ExceptionGroup");
  if (cls == base_group_type() && only_exceptions) cls = group_type();
  if (has_keywords) return in.raise_type_error(std::string(cls->name) + "() takes no keyword arguments");
  value exceptions = in.make_tuple(std::span<const value>(items.data(), items.size()));
  auto rooted = in.root(exceptions);
  value arguments = in.make_tuple(args);
  auto* g = in.heap().make<exception_group_object>(cls, &in.heap());
  g->args = arguments;
  g->message = message;
  g->exceptions = exceptions;
  return value::from_object(g);
}

inline value construct_group(interpreter& in, type_object* type, const call_arguments& args) {
  return make_group(in, type, args.positional, !args.keyword_values.empty());
}

inline value group_str(interpreter& in, value self) {
  const std::size_t count = members_of(self).size();
  std::string out(static_cast<str_object*>(as_group(self)->message.as_object())->view());
  out += " (" + std::to_string(count) + " sub-exception" + (count > 1 ? "s" : "") + ")";
  return in.make_str(out);
}

// --- split ---------------------------------------------------------------------------------

enum class matcher_kind { by_type, by_predicate, by_identity };

struct matcher {
  matcher_kind kind = matcher_kind::by_type;
  value condition = value::none();                             // a class or tuple of classes, or a callable
  const std::unordered_set<const vm::object*>* leaves = nullptr;  // by_identity
};

// What split/subgroup accept: a callable that is not a class, an exception class, or a tuple of them.
inline bool make_matcher(interpreter& in, value condition, matcher& out) {
  type_object* type = in.type_of(condition);
  const bool callable = type != &type_type && (type->call != nullptr || type == &function_type || type == &builtin_function_type ||
                                               type == &method_type || type == &builtin_method_type);
  if (callable) {
    out = {matcher_kind::by_predicate, condition, nullptr};
    return true;
  }
  bool ok = is_exception_class(condition);
  if (!ok && type == &tuple_type) {
    ok = true;
    for (value item : static_cast<tuple_object*>(condition.as_object())->span()) ok = ok && is_exception_class(item);
  }
  if (!ok) {
    in.raise_type_error("expected a function, exception type or tuple of exception types");
    return false;
  }
  out = {matcher_kind::by_type, condition, nullptr};
  return true;
}

// Whether exception `e` is an instance of the class or of one in the tuple `classes` (all
// exception classes, already checked).
inline bool matches_classes(value e, value classes) {
  type_object* type = e.as_object()->type;
  if (classes.as_object()->type == &tuple_type) {
    for (value cls : static_cast<tuple_object*>(classes.as_object())->span())
      if (is_subtype(type, static_cast<type_object*>(cls.as_object()))) return true;
    return false;
  }
  return is_subtype(type, static_cast<type_object*>(classes.as_object()));
}

// 1 match, 0 no match, -1 raised (a predicate failed).
inline int check_match(interpreter& in, const matcher& m, value e) {
  switch (m.kind) {
    case matcher_kind::by_type: return matches_classes(e, m.condition) ? 1 : 0;
    case matcher_kind::by_identity: return m.leaves->count(e.as_object()) != 0 ? 1 : 0;
    case matcher_kind::by_predicate: {
      value r = in.call(m.condition, std::span<const value>(&e, 1));
      if (r.is_raised()) return -1;
      auto truth = in.truthy(r);
      if (!truth) return -1;
      return *truth ? 1 : 0;
    }
  }
  return 0;
}

// BaseExceptionGroup(orig.message, excs) carrying orig's traceback, cause, context and a copy of
// its notes, as split builds each part (CPython's exceptiongroup_subset). None when excs is empty.
inline value derive_part(interpreter& in, value orig, value excs_list) {
  if (static_cast<list_object*>(excs_list.as_object())->items.empty()) return value::none();
  auto* source = as_group(orig);
  const value args[2] = {source->message, excs_list};
  value part = make_group(in, base_group_type(), args, false);
  if (part.is_raised()) return part;
  auto* g = as_group(part);
  g->traceback.assign(source->traceback.begin(), source->traceback.end());
  g->context = source->context;
  g->cause = source->cause;
  g->suppress_context = true;  // PyException_SetCause sets it, whatever the cause
  if (source->notes.is_object() && source->notes.as_object()->type == &list_type) {
    auto rooted = in.root(part);
    auto* copy = in.new_list();
    auto& from = static_cast<list_object*>(source->notes.as_object())->items;
    copy->items.assign(from.begin(), from.end());
    g->notes = value::from_object(copy);
  }
  return part;
}

// One split of a group tree: the condition, whether the rest is wanted, and a count of the
// exceptions visited so far, so that a huge tree (a group may hold one group many times over)
// still stops at the time and memory limits.
struct split_walk {
  matcher condition;
  bool want_rest = true;
  std::size_t visited = 0;
};

// Splits `e` into the part the condition matches and (if wanted) the rest; none where a part is
// empty. A group that matches as a whole is kept whole; otherwise its members are split in turn.
inline bool split(interpreter& in, value e, split_walk& walk, value& match, value& rest, std::size_t depth = 0) {
  match = value::none();
  rest = value::none();
  if (depth > COIL_DEFAULT_MAX_RECURSION_DEPTH) {
    in.raise_error(exception_type(exception_kind::recursion_error), "maximum recursion depth exceeded in exceptiongroup_split_recursive");
    return false;
  }
  // Everything live is rooted here (the callers' parts are in rooted lists), so a collection is safe.
  if ((++walk.visited & 0x3FF) == 0 && !in.check_limits()) return false;
  const int matched = check_match(in, walk.condition, e);
  if (matched < 0) return false;
  if (matched == 1) {
    match = e;
    return true;
  }
  if (!is_group(e)) {
    if (walk.want_rest) rest = e;
    return true;
  }
  const value members = as_group(e)->exceptions;  // a tuple: never resized, reachable from e
  const auto count = static_cast<tuple_object*>(members.as_object())->size;
  if (!in.heap().could_allocate(std::size_t{count} * sizeof(value) * (walk.want_rest ? 4 : 2))) {
    in.raise_memory_error();
    return false;
  }
  auto* match_list = in.new_list();
  auto rooted_match = in.root(value::from_object(match_list));
  list_object* rest_list = nullptr;
  value rest_value = value::none();
  if (walk.want_rest) {
    rest_list = in.new_list();
    rest_value = value::from_object(rest_list);
  }
  auto rooted_rest = in.root(rest_value);
  for (value member : static_cast<tuple_object*>(members.as_object())->span()) {
    value member_match, member_rest;
    if (!split(in, member, walk, member_match, member_rest, depth + 1)) return false;
    if (!member_match.is_none()) match_list->items.push_back(member_match);
    if (!member_rest.is_none()) rest_list->items.push_back(member_rest);
  }
  match = derive_part(in, e, value::from_object(match_list));
  if (match.is_raised()) return false;
  if (walk.want_rest) {
    auto rooted = in.root(match);
    rest = derive_part(in, e, rest_value);
    if (rest.is_raised()) return false;
  }
  return true;
}

// The methods' argument checks: CPython's METH_VARARGS wording.
inline bool no_keywords(interpreter& in, const call_arguments& args, std::string_view method) {
  if (args.keyword_values.empty()) return true;
  in.raise_type_error("BaseExceptionGroup." + std::string(method) + "() takes no keyword arguments");
  return false;
}

inline value split_method(interpreter& in, const call_arguments& args, bool want_rest) {
  const std::string_view name = want_rest ? "split" : "subgroup";
  if (!no_keywords(in, args, name)) return value::raised();
  if (args.positional.size() != 2)
    return in.raise_type_error(std::string(name) + " expected 1 argument, got " + std::to_string(args.positional.size() - 1));
  split_walk walk;
  walk.want_rest = want_rest;
  if (!make_matcher(in, args.positional[1], walk.condition)) return value::raised();
  value match, rest;
  if (!split(in, args.positional[0], walk, match, rest)) return value::raised();
  if (!want_rest) return match;
  const value pair[2] = {match, rest};
  return in.make_tuple(pair);
}

inline value split_group(interpreter& in, const call_arguments& args) { return split_method(in, args, true); }
inline value subgroup(interpreter& in, const call_arguments& args) { return split_method(in, args, false); }

inline value derive(interpreter& in, const call_arguments& args) {
  if (!no_keywords(in, args, "derive")) return value::raised();
  if (args.positional.size() != 2)
    return in.raise_type_error("function takes exactly 1 argument (" + std::to_string(args.positional.size() - 1) + " given)");
  const value group_args[2] = {as_group(args.positional[0])->message, args.positional[1]};
  return make_group(in, base_group_type(), group_args, false);
}

inline std::span<native_function_object* const> group_methods() {
  static const auto methods = make_methods(
      "BaseExceptionGroup", {{"derive", derive}, {"split", split_group}, {"subgroup", subgroup}}, base_group_type());
  return methods;
}

}  // namespace exception_group_detail

// A new exception group of `exceptions` (any non-empty sequence of exception instances), made as
// BaseExceptionGroup(message, exceptions) is: an ExceptionGroup when every member is an
// Exception. For native code such as asyncio's TaskGroup. Returns raised() on a bad argument.
inline value new_exception_group(interpreter& in, value message, value exceptions) {
  const value args[2] = {message, exceptions};
  return exception_group_detail::make_group(in, exception_group_detail::base_group_type(), args, false);
}

}  // namespace coil::runtime
