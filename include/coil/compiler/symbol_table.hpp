// Scope analysis, the compiler's first pass: it reads a parsed syntax::tree (syntax/parser.hpp)
// and decides, for the module and every function, lambda, comprehension and class body, which
// names are local, global (declared or implicit), free (closed over) or cells, exactly as
// CPython 3.12's symtable does; the code generator (compiler/) reads the resulting symbol_table to
// choose register slots, cells and closure layouts. It also raises the SyntaxErrors CPython raises
// after parsing, in CPython's order: unknown `from __future__` features; then the symtable's
// (duplicate parameters, misplaced global/nonlocal, assignment expressions in comprehensions,
// `yield` in a comprehension); then the compiler's placement checks (`return`/`yield`/`await`/
// `break`/`continue`/`async for`/`async with`/asynchronous comprehensions/`from __future__` in the
// wrong place).
//
// Where coil knowingly differs from CPython 3.12:
// - Comprehensions are always their own scope (CPython 3.11's view). 3.12 inlines list, set and
//   dict comprehensions into the enclosing function (PEP 709), which its `symtable` module shows
//   as the comprehension's variables merged into the parent; the scoping rules are unchanged, so
//   names resolve the same way. Qualified names follow 3.12 (an inlined comprehension adds no
//   `<listcomp>` level). A code generator may still inline; `scope::comprehension` tells which.
// - The module body is a coroutine (top-level `await`, as in Monty and CPython's
//   PyCF_ALLOW_TOP_LEVEL_AWAIT): `await`, `async for`, `async with` and asynchronous
//   comprehensions are accepted directly at module level; a class body, a lambda or a plain
//   `def` still rejects them with CPython's messages.
// - Generic type parameters (`def f[T]`, `class C[T]`) and the `type X = ...` statement are
//   rejected with a SyntaxError naming the feature.
// - Under `from __future__ import annotations`, a yield, await or walrus directly in an annotation
//   is rejected as in CPython, but errors nested in a lambda or comprehension inside an
//   annotation (which CPython's symtable still checks) are not: nothing in annotations is compiled.
// - Error columns are 1-based character offsets (the syntax_error contract); CPython reports
//   byte offsets for these compile-stage errors, which differs only on lines with non-ASCII text
//   before the error (the caret display is identical).
// Names in the table are the mangled names (`__x` in class C is `_C__x`), as in CPython. Every
// string_view points into the syntax::tree or into the table itself: the table must not outlive
// the tree it was built from.
#pragma once

#include <coil/config.hpp>
#include <coil/syntax/ast.hpp>
#include <coil/syntax/syntax_error.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <memory_resource>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <tl/expected.hpp>

namespace coil::compiler {

namespace detail {
class symbol_table_builder;
}

enum class scope_kind : std::uint8_t {
  module,         // the script body (its names live in the module's globals)
  function,       // def or async def
  lambda,         // lambda
  comprehension,  // list/set/dict comprehension or generator expression (see `comprehension`)
  class_body,     // class statement body (its names live in the class namespace)
};

enum class comprehension_kind : std::uint8_t { none, list, set, dict, generator };

// How a name is resolved in one scope (CPython's LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE,
// CELL). At module level `local` means a module global; in a class body it means the class
// namespace; `free` in a class body means "the class namespace first, then the enclosing
// function's cell" (CPython's LOAD_FROM_DICT_OR_DEREF).
enum class name_scope : std::uint8_t { local, global_explicit, global_implicit, free, cell };

// What one scope does with a name (CPython's DEF_* flags); several may be set.
enum class symbol_flag : std::uint16_t {
  assigned = 1u << 0,            // bound by =, augmented assignment, del, for, with/except/import-as
                                 // (not plain import), def, class, match capture, walrus, x: T
  parameter = 1u << 1,           // a parameter (or a comprehension's hidden `.0`)
  used = 1u << 2,                // read (including in an annotation)
  declared_global = 1u << 3,     // `global x` here, or a walrus in a comprehension binding a global
  declared_nonlocal = 1u << 4,   // `nonlocal x` here, or a walrus in a comprehension binding x in
                                 // the enclosing function
  annotated = 1u << 5,           // `x: T` with a simple name target
  imported = 1u << 6,            // bound by import / from-import
  iteration_variable = 1u << 7,  // a comprehension's for-target
  free_in_class = 1u << 8,       // class body only: a nested scope uses the name as a free
                                 // variable, so the class passes the enclosing cell through
};

struct symbol {
  std::string_view name;  // mangled
  std::uint16_t flags = 0;
  name_scope scope = name_scope::global_implicit;
  // Index into the scope's `locals` for a local name (and for every parameter, cell or not: its
  // argument register), -1 otherwise.
  std::int32_t slot = -1;
  // Index into `cellvars` for a cell, into `freevars` for a free name or a free_in_class name;
  // -1 otherwise.
  std::int32_t closure_slot = -1;

  bool has(symbol_flag flag) const noexcept { return (flags & static_cast<std::uint16_t>(flag)) != 0; }
  // Bound in this scope by an assignment, a parameter or an import (CPython's DEF_BOUND).
  bool is_bound() const noexcept {
    return has(symbol_flag::assigned) || has(symbol_flag::parameter) || has(symbol_flag::imported);
  }
};

struct scope {
  scope_kind kind = scope_kind::module;
  comprehension_kind comprehension = comprehension_kind::none;
  // CPython's symtable names: "top", the def or class name (unmangled), "lambda", "listcomp",
  // "setcomp", "dictcomp", "genexpr".
  std::string_view name;
  // __qualname__ as CPython 3.12 computes it ("f.<locals>.g", "C.m", "<lambda>", "k" for a def
  // declared global in its parent); empty for the module. List, set and dict comprehensions are
  // inlined in 3.12, so they add no level to the names of what they contain; their own is
  // computed the same way ("f.<locals>.<listcomp>").
  std::string_view qualname;
  const syntax::stmt* definition = nullptr;  // FunctionDef, AsyncFunctionDef or ClassDef
  const syntax::expr* expression = nullptr;  // Lambda, ListComp, SetComp, DictComp, GeneratorExp
  syntax::source_span where;                 // the node's span (module: line 0)
  const scope* parent = nullptr;
  std::vector<const scope*> children;        // in source (symtable) order
  std::vector<symbol> symbols;               // in order of first mention (CPython's order)

  // Register layout of a function-like scope: the parameters in calling order (positional-only,
  // regular, *args, keyword-only, **kwargs; a comprehension has the single `.0`), then every other
  // `local` name in order of first mention. Module and class scopes list their `local` names
  // (they live in a dict at run time). A parameter that is a cell keeps its argument register
  // here and also has a cell in `cellvars`: the function prologue copies the argument into it.
  std::vector<std::string_view> locals;
  // Cells this scope creates: names of this scope that nested scopes close over, in order of
  // first mention; a class body that needs it has the implicit `__class__` cell here.
  std::vector<std::string_view> cellvars;
  // Cells this scope receives from its parent's closure: `free` names, and in a class body also
  // the `free_in_class` names; in order of first mention.
  std::vector<std::string_view> freevars;

  std::uint32_t positional_only_count = 0;
  std::uint32_t positional_count = 0;  // positional-only + regular (co_argcount)
  std::uint32_t keyword_only_count = 0;
  bool has_varargs = false;
  bool has_varkeywords = false;

  bool is_async_def = false;  // `async def`
  bool is_generator = false;  // contains yield / yield from (a generator expression always)
  // CPython's CO_COROUTINE source: async def, or any `await`/async comprehension in this scope
  // (even in an annotation of a plain def, as CPython does). A comprehension with it is
  // asynchronous and must be awaited; the module has it when it awaits at top level.
  bool is_coroutine = false;
  bool is_async_generator = false;  // is_coroutine && is_generator
  bool has_yield_from = false;
  // Class body: a method uses super() or __class__, so the body creates the `__class__` cell
  // (listed in cellvars) and stores it as `__classcell__` in the namespace for type() to fill.
  bool needs_class_cell = false;
  // The class whose name mangles private names here: this class, or the nearest enclosing one.
  std::string_view mangling_class;

  // The symbol for a name as written in the source (mangled here), or null.
  const symbol* find(std::string_view source_name) const;
  // The symbol for an already mangled name, or null.
  const symbol* find_mangled(std::string_view mangled_name) const;
  // How a name as written resolves here; a name this scope never mentions is global_implicit.
  name_scope resolve(std::string_view source_name) const;
  bool is_function_like() const noexcept { return kind == scope_kind::function || kind == scope_kind::lambda || kind == scope_kind::comprehension; }

 private:
  friend class detail::symbol_table_builder;
  std::unordered_map<std::string_view, std::uint32_t> index_;  // only for scopes with many symbols
};

class symbol_table {
 public:
  symbol_table() = default;
  symbol_table(symbol_table&&) noexcept = default;
  symbol_table& operator=(symbol_table&&) noexcept = default;
  symbol_table(const symbol_table&) = delete;
  symbol_table& operator=(const symbol_table&) = delete;

  const scope& module() const { return scopes_.front(); }
  // The scope a FunctionDef/AsyncFunctionDef/ClassDef statement or a Lambda/ListComp/SetComp/
  // DictComp/GeneratorExp expression opens; null for any other node.
  const scope* scope_of(const syntax::stmt* definition) const { return lookup(definition); }
  const scope* scope_of(const syntax::expr* expression) const { return lookup(expression); }
  // Every scope in creation (pre-)order; the module first.
  const std::vector<scope>& scopes() const { return scopes_; }
  // `from __future__ import annotations` heads the module: annotations are never evaluated (they
  // become strings) and this table records nothing from them.
  bool future_annotations() const { return future_annotations_; }

 private:
  friend class detail::symbol_table_builder;
  COIL_DECL const scope* lookup(const void* node) const;

  std::vector<scope> scopes_;                                // never resized after the build
  std::vector<std::pair<const void*, std::uint32_t>> by_node_;  // sorted by node address
  std::unique_ptr<std::pmr::monotonic_buffer_resource> strings_;  // mangled names, qualnames
  bool future_annotations_ = false;
};

// CPython's private name mangling: `__spam` inside class `Ham` is `_Ham__spam`; dunder names,
// dotted names and names in a class named only with underscores are left alone. The code
// generator needs it for attribute names too (`self.__x`).
COIL_DECL std::string mangle(std::string_view class_name, std::string_view name);

// Builds the table, or returns the first SyntaxError CPython 3.12 would raise after parsing.
COIL_DECL tl::expected<symbol_table, syntax::syntax_error> build_symbol_table(const syntax::tree& tree);

}  // namespace coil::compiler

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/compiler/impl/symbol_table.ipp>
#endif
