// What the except* instructions do (PEP 654, CPython 3.12's semantics). A try/except* handler
// keeps the original exception, a remainder that each clause narrows (match_exception_star),
// and a list of what the clauses raised; at the end prepare_reraise_star decides what leaves the
// statement: nothing, the unhandled part of the original group, or a new group of the exceptions
// the clauses raised together with that part.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/impl/exception_group_type.ipp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/vm/interpreter.hpp>

#include <unordered_set>
#include <vector>

namespace coil::vm::exception_groups {

using namespace runtime::exception_group_detail;

// The classes of an except* clause: exception classes (TypeError otherwise, as for except), and
// no exception group class.
inline bool check_star_classes(interpreter& in, value classes) {
  std::span<const value> listed(&classes, 1);
  if (in.type_of(classes) == &runtime::tuple_type) listed = static_cast<runtime::tuple_object*>(classes.as_object())->span();
  for (value cls : listed)
    if (!is_exception_class(cls)) {
      in.raise_type_error("catching classes that do not inherit from BaseException is not allowed");
      return false;
    }
  for (value cls : listed)
    if (runtime::is_subtype(static_cast<runtime::type_object*>(cls.as_object()), base_group_type())) {
      in.raise_type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
      return false;
    }
  return true;
}

// One except* clause: `remaining` (an exception, or None once everything is handled) against
// `classes`. Returns the rest (None if nothing is left; raised on error) and sets `match` to the
// part the clause handles (None if none). A naked exception that matches is handed to the
// clause wrapped in ExceptionGroup('', (exc,)), which takes over its traceback.
inline value match_star(interpreter& in, value remaining, value classes, value& match) {
  match = value::none();
  if (!check_star_classes(in, classes)) return value::raised();
  if (remaining.is_none()) return value::none();
  if (matches_classes(remaining, classes)) {
    if (is_group(remaining)) {
      match = remaining;
      return value::none();
    }
    value members = in.make_tuple(std::span<const value>(&remaining, 1));
    auto rooted = in.root(members);
    const value args[2] = {in.make_str(""), members};
    value wrapped = make_group(in, base_group_type(), args, false);
    if (wrapped.is_raised()) return wrapped;
    auto& traceback = static_cast<runtime::exception_object*>(remaining.as_object())->traceback;
    as_group(wrapped)->traceback.assign(traceback.begin(), traceback.end());
    match = wrapped;
    return value::none();
  }
  if (!is_group(remaining)) return remaining;
  split_walk walk{matcher{matcher_kind::by_type, classes, nullptr}, true, 0};
  value rest;
  if (!split(in, remaining, walk, match, rest)) return value::raised();
  return rest;
}

// Whether `e` is a part split off `original` rather than an exception raised anew: split copies
// the traceback, cause and context, so a bare `raise` of a part still carries them. (Notes are
// copied too, but not compared: CPython's check reads a field its notes never go to.)
inline bool same_metadata(value e, value original) {
  auto* a = static_cast<runtime::exception_object*>(e.as_object());
  auto* b = static_cast<runtime::exception_object*>(original.as_object());
  if (!same(a->cause, b->cause) || !same(a->context, b->context)) return false;
  if (a->traceback.size() != b->traceback.size()) return false;
  for (std::size_t i = 0; i < a->traceback.size(); ++i)
    if (a->traceback[i].code != b->traceback[i].code || a->traceback[i].instruction != b->traceback[i].instruction) return false;
  return true;
}

// The leaf exceptions under `roots` (groups opened with an explicit stack; a group met again is
// not opened twice, so a group holding one group many times over costs no more than its size).
// False when a limit stops it.
inline bool collect_leaves(interpreter& in, std::span<const value> roots, std::unordered_set<const vm::object*>& leaves) {
  std::unordered_set<const vm::object*> opened;
  std::vector<value> pending(roots.rbegin(), roots.rend());
  for (std::size_t visited = 1; !pending.empty(); ++visited) {
    // Everything here is reachable from the registers of the frame running the statement.
    if ((visited & 0x3FF) == 0 && !in.check_limits()) return false;
    value e = pending.back();
    pending.pop_back();
    if (!is_group(e)) {
      leaves.insert(e.as_object());
      continue;
    }
    if (!opened.insert(e.as_object()).second) continue;
    auto members = members_of(e);
    pending.insert(pending.end(), members.rbegin(), members.rend());
  }
  return true;
}

// The end of a try/except* handler: `original` is what the try body raised, `outcomes` the list
// of what the clauses raised followed by the unhandled rest (None entries ignored). Returns what
// the statement re-raises, None for nothing, or raised on error.
inline value prepare_reraise(interpreter& in, value original, value outcomes) {
  auto& items = static_cast<runtime::list_object*>(outcomes.as_object())->items;
  if (items.empty()) return value::none();
  // A naked exception: at most one clause ran, so there is one outcome.
  if (!is_group(original)) return items.front();
  std::vector<value> raised, reraised;
  for (value e : items) {
    if (e.is_none()) continue;
    (same_metadata(e, original) ? reraised : raised).push_back(e);
  }
  // What is re-raised of the original keeps its shape: the original split down to those leaves.
  value kept = value::none();
  if (!reraised.empty()) {
    std::unordered_set<const vm::object*> leaves;
    if (!collect_leaves(in, reraised, leaves)) return value::raised();
    split_walk walk{matcher{matcher_kind::by_identity, value::none(), &leaves}, false, 0};
    value unused;
    if (!split(in, original, walk, kept, unused)) return value::raised();
  }
  if (raised.empty()) return kept;
  if (!kept.is_none()) raised.push_back(kept);
  if (raised.size() == 1) return raised.front();
  auto* list = in.new_list();
  list->items.assign(raised.begin(), raised.end());
  value members = value::from_object(list);
  auto rooted = in.root(members);
  const value args[2] = {in.make_str(""), members};
  return make_group(in, base_group_type(), args, false);
}

}  // namespace coil::vm::exception_groups
