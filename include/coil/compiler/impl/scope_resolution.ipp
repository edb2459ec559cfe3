// Turns the flags the symtable walk recorded into CPython's five scopes, then lays out registers.
//
// CPython's analyze_block passes sets of bound and global names down the tree and sets of free
// names back up. The same result, computed without copying sets per block:
// - Top-down, in creation (pre-)order so every parent is resolved before its children: a name
//   declared global is global_explicit; nonlocal is free (an error unless an enclosing function
//   binds it); a bound name is local; any other name is free when the nearest enclosing
//   function-like scope that mentions it has it local or free, else global_implicit. Class bodies
//   are skipped on the way up (their names are invisible to nested scopes) except that each one
//   provides `__class__`. Errors come out in CPython's order: scope by scope in pre-order, name by
//   name in order of first mention.
// - Bottom-up, in reverse creation order: each scope's free names (and a class's free_in_class
//   names) become cells of a parent function that has them local, pass through a parent that lacks
//   them as new free names, set free_in_class on a class body that has its own binding, and
//   `__class__` reaching a class body becomes its implicit cell.
#pragma once

#include <coil/compiler/impl/symbol_table_builder.ipp>

namespace coil::compiler::detail {

inline bool symbol_table_builder::bound_in_enclosing(std::uint32_t scope_index, std::string_view name) const {
  for (std::uint32_t up = states_[scope_index].parent; up != no_scope; up = states_[up].parent) {
    const scope& s = table_.scopes_[up];
    if (s.kind == scope_kind::module) return false;
    if (s.kind == scope_kind::class_body) {
      if (name == "__class__") return true;
      continue;
    }
    const std::uint32_t found = find_symbol(up, name);
    if (found == no_scope) continue;
    const name_scope resolved = s.symbols[found].scope;
    return resolved == name_scope::local || resolved == name_scope::free || resolved == name_scope::cell;
  }
  return false;
}

inline bool symbol_table_builder::resolve_names() {
  for (std::uint32_t index = 0; index < table_.scopes_.size(); ++index) {
    scope& s = table_.scopes_[index];
    for (std::uint32_t i = 0; i < s.symbols.size(); ++i) {
      symbol& sym = s.symbols[i];
      const std::uint16_t flags = sym.flags;
      if (flags & def_global) {
        if (flags & def_nonlocal) {
          fail("name '" + std::string(sym.name) + "' is nonlocal and global", directive_for(index, i));
          return false;
        }
        sym.scope = name_scope::global_explicit;
      } else if (flags & def_nonlocal) {
        if (s.kind == scope_kind::module) {
          fail("nonlocal declaration not allowed at module level", directive_for(index, i));
          return false;
        }
        if (!bound_in_enclosing(index, sym.name)) {
          fail("no binding for nonlocal '" + std::string(sym.name) + "' found", directive_for(index, i));
          return false;
        }
        sym.scope = name_scope::free;
      } else if (flags & def_bound) {
        sym.scope = name_scope::local;
      } else if (index != 0 && bound_in_enclosing(index, sym.name)) {
        sym.scope = name_scope::free;
      } else {
        sym.scope = name_scope::global_implicit;
      }
    }
  }
  return true;
}

inline void symbol_table_builder::close_over() {
  for (std::uint32_t index = static_cast<std::uint32_t>(table_.scopes_.size()); index-- > 0;) {
    for (std::uint32_t child = states_[index].first_child; child != no_scope; child = states_[child].next_sibling) {
      // Index loop: adding a pass-through name to this scope never touches the child's vector.
      const std::size_t count = table_.scopes_[child].symbols.size();
      for (std::size_t i = 0; i < count; ++i) {
        const symbol& inner = table_.scopes_[child].symbols[i];
        if (inner.scope != name_scope::free && !inner.has(symbol_flag::free_in_class)) continue;
        const std::string_view name = inner.name;
        scope& outer = table_.scopes_[index];
        if (outer.kind == scope_kind::module) continue;  // nothing free reaches the module
        if (outer.kind == scope_kind::class_body && name == "__class__") {
          outer.needs_class_cell = true;
          continue;
        }
        const std::uint32_t found = find_symbol(index, name);
        if (found != no_scope) {
          symbol& own = outer.symbols[found];
          if (outer.kind == scope_kind::class_body) {
            own.flags |= def_free_class;
          } else if (own.scope == name_scope::local) {
            own.scope = name_scope::cell;
          }
          continue;
        }
        bool created = false;
        const std::uint32_t added = find_or_add(index, name, created);
        table_.scopes_[index].symbols[added].scope = name_scope::free;
      }
    }
    if (total_symbols_ > max_total_symbols) {
      check_symbol_budget();
      return;
    }
  }
}

inline void symbol_table_builder::set_qualname(std::uint32_t index) {
  scope& s = table_.scopes_[index];
  std::string_view own;
  switch (s.kind) {
    case scope_kind::module:
      return;
    case scope_kind::function:
    case scope_kind::class_body:
      own = s.name;
      break;
    case scope_kind::lambda:
      own = "<lambda>";
      break;
    case scope_kind::comprehension:
      own = s.comprehension == comprehension_kind::generator ? "<genexpr>"
            : s.comprehension == comprehension_kind::set    ? "<setcomp>"
            : s.comprehension == comprehension_kind::dict   ? "<dictcomp>"
                                                            : "<listcomp>";
      break;
  }
  // The scope whose code creates this one: 3.12 inlines list/set/dict comprehensions.
  std::uint32_t up = states_[index].parent;
  while (up != 0 && table_.scopes_[up].kind == scope_kind::comprehension &&
         table_.scopes_[up].comprehension != comprehension_kind::generator) {
    up = states_[up].parent;
  }
  const scope& outer = table_.scopes_[up];
  bool force_global = false;
  if (s.kind == scope_kind::function || s.kind == scope_kind::class_body) {
    // A def declared global in its parent is named as if it were at module level.
    const std::uint32_t found = find_symbol(up, mangle(outer.mangling_class, s.name));
    force_global = found != no_scope && outer.symbols[found].scope == name_scope::global_explicit;
  }
  if (force_global || up == 0) {
    s.qualname = own;
    return;
  }
  std::string text(outer.qualname);
  if (outer.kind == scope_kind::function || outer.kind == scope_kind::lambda) text += ".<locals>";
  text += '.';
  text += own;
  qualname_bytes_ += text.size();
  if (qualname_bytes_ > max_qualname_bytes) {
    fail("too deeply nested scopes (their qualified names exceed " + std::to_string(max_qualname_bytes) + " bytes)",
         s.where);
    return;
  }
  s.qualname = keep(text);
}

inline void symbol_table_builder::lay_out() {
  for (std::uint32_t index = 0; index < table_.scopes_.size(); ++index) {
    scope& s = table_.scopes_[index];
    const scope_state& state = states_[index];
    s.parent = state.parent == no_scope ? nullptr : &table_.scopes_[state.parent];
    std::size_t child_count = 0;
    for (std::uint32_t child = state.first_child; child != no_scope; child = states_[child].next_sibling) ++child_count;
    s.children.reserve(child_count);
    for (std::uint32_t child = state.first_child; child != no_scope; child = states_[child].next_sibling) {
      s.children.push_back(&table_.scopes_[child]);
    }
    std::size_t local_count = s.locals.size(), cell_count = 0, free_count = 0;
    for (const symbol& sym : s.symbols) {
      if (sym.scope == name_scope::local && !sym.has(symbol_flag::parameter)) ++local_count;
      if (sym.scope == name_scope::cell) ++cell_count;
      if (sym.scope == name_scope::free || sym.has(symbol_flag::free_in_class)) ++free_count;
    }
    s.locals.reserve(local_count);
    s.cellvars.reserve(cell_count + (s.needs_class_cell ? 1 : 0));
    s.freevars.reserve(free_count);
    s.is_async_generator = s.is_coroutine && s.is_generator;

    // Parameters are already in `locals`, in calling order; give them their registers.
    const std::size_t parameter_count = s.locals.size();
    for (std::size_t p = 0; p < parameter_count; ++p) {
      const std::uint32_t found = find_symbol(index, s.locals[p]);
      if (found != no_scope) s.symbols[found].slot = static_cast<std::int32_t>(p);
    }
    if (s.kind == scope_kind::class_body && s.needs_class_cell) s.cellvars.push_back("__class__");
    for (symbol& sym : s.symbols) {
      if (sym.scope == name_scope::local && !sym.has(symbol_flag::parameter)) {
        sym.slot = static_cast<std::int32_t>(s.locals.size());
        s.locals.push_back(sym.name);
      }
      if (sym.scope == name_scope::cell) {
        sym.closure_slot = static_cast<std::int32_t>(s.cellvars.size());
        s.cellvars.push_back(sym.name);
      } else if (sym.scope == name_scope::free || sym.has(symbol_flag::free_in_class)) {
        sym.closure_slot = static_cast<std::int32_t>(s.freevars.size());
        s.freevars.push_back(sym.name);
      }
    }
    set_qualname(index);
    if (error_) return;
    if (s.symbols.size() >= symbol_index_threshold && s.index_.empty()) {
      for (std::size_t i = 0; i < s.symbols.size(); ++i) s.index_.emplace(s.symbols[i].name, static_cast<std::uint32_t>(i));
    }
  }
}

}  // namespace coil::compiler::detail
