// The state compiler/symbol_table.hpp's build shares between its passes: the scopes under
// construction, CPython's symtable flags, symbol insertion, private-name mangling and error
// positions. The passes themselves live next to this file: future_statements.ipp (CPython's
// future.c), symbol_walk.ipp (the symtable walk), scope_resolution.ipp (local/global/free/cell and
// register layout), placement_checks.ipp (the compiler's checks of where return/yield/await/
// break/continue/async may appear).
//
// Every walk over the tree is iterative (an explicit work stack), not recursive: left-leaning
// chains such as `a + b + c + ...` or long `elif` ladders make trees far deeper than the parser's
// recursion limit, and no input may overflow the C++ stack.
#pragma once

#include <coil/compiler/symbol_table.hpp>

#include <algorithm>
#include <iterator>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory_resource>
#include <span>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coil::compiler::detail {

// CPython's DEF_* flags under the names of symbol_flag.
inline constexpr std::uint16_t def_local = static_cast<std::uint16_t>(symbol_flag::assigned);
inline constexpr std::uint16_t def_param = static_cast<std::uint16_t>(symbol_flag::parameter);
inline constexpr std::uint16_t def_use = static_cast<std::uint16_t>(symbol_flag::used);
inline constexpr std::uint16_t def_global = static_cast<std::uint16_t>(symbol_flag::declared_global);
inline constexpr std::uint16_t def_nonlocal = static_cast<std::uint16_t>(symbol_flag::declared_nonlocal);
inline constexpr std::uint16_t def_annot = static_cast<std::uint16_t>(symbol_flag::annotated);
inline constexpr std::uint16_t def_import = static_cast<std::uint16_t>(symbol_flag::imported);
inline constexpr std::uint16_t def_comp_iter = static_cast<std::uint16_t>(symbol_flag::iteration_variable);
inline constexpr std::uint16_t def_free_class = static_cast<std::uint16_t>(symbol_flag::free_in_class);
inline constexpr std::uint16_t def_bound = def_local | def_param | def_import;

inline constexpr std::uint32_t no_scope = std::numeric_limits<std::uint32_t>::max();

// A scope gets a hash index once it has this many symbols; below it a linear scan is faster.
inline constexpr std::size_t symbol_index_threshold = 24;

// Free variables are copied into every scope between the binding and the use, so a deep chain of
// lambdas using many outer names grows quadratically (as in CPython). This caps the total number
// of symbols of one module so hostile input cannot exhaust memory at compile time.
inline constexpr std::size_t max_total_symbols = std::size_t{1} << 22;

// Qualified names also grow with nesting depth (quadratic in total); the parser's nesting limit
// keeps real programs far below this cap on their total size, which stops hand-made trees.
inline constexpr std::size_t max_qualname_bytes = std::size_t{1} << 25;

// Build-only data of one scope, parallel to symbol_table::scopes_.
struct scope_state {
  std::uint32_t parent = no_scope;
  std::uint32_t first_child = no_scope;
  std::uint32_t last_child = no_scope;
  std::uint32_t next_sibling = no_scope;
  std::uint32_t iter_expr_depth = 0;   // CPython's ste_comp_iter_expr: inside a comprehension's iterable
  bool iter_target = false;            // CPython's ste_comp_iter_target: visiting a comprehension's for-target
  std::uint32_t returns_with_value = 0;
  const syntax::stmt* first_return_with_value = nullptr;
};

// Where a global/nonlocal declaration (or a comprehension walrus acting as one) was written:
// CPython reports errors found during resolution at the first one for the name.
struct directive {
  std::uint32_t scope;
  std::uint32_t symbol;
  syntax::source_span where;
};

// Markers on the block stack the placement checks keep (CPython's compiler fblocks, reduced to
// what decides whether break/continue/return are allowed).
enum class block : std::uint8_t { unit, loop, except_star };

// The work items of the symtable walk (symbol_walk.ipp).
enum class walk_step : std::uint8_t {
  stmt,
  expr,
  pattern,
  bind_pattern,         // bind the capture name of a MatchAs/MatchStar/MatchMapping after its sub-patterns
  handler,              // an except clause (index 1: except*)
  bind_handler,         // bind `except E as name`
  enter_function,
  enter_class,
  enter_lambda,
  enter_comprehension,
  exit_scope,
  iter_target_on,
  iter_target_off,
  iter_expr_in,
  iter_expr_out,
  loop_in,
  except_star_in,
  block_out,
  after_yield,          // generator flags and the "'yield' inside list comprehension" check
  reject_type_params,   // node: the definition statement
  stringified_annotation,  // under `from __future__ import annotations`: only checked
  uncompiled_in,        // annotations the compiler never evaluates (local variables of functions)
  uncompiled_out,
};

struct walk_item {
  walk_step step;
  std::uint32_t index;
  const void* node;
};

class symbol_table_builder {
 public:
  explicit symbol_table_builder(const syntax::tree& tree) : tree_(tree) {
    states_.reserve(8);
    stack_.reserve(8);
    work_.reserve(64);
    blocks_.reserve(16);
    table_.scopes_.reserve(4);
  }
  tl::expected<symbol_table, syntax::syntax_error> build();

 private:
  // ---- symbol_walk.ipp: CPython's symtable pass, in its visiting order.
  bool check_future_statements();
  bool is_misplaced_future(const syntax::stmt& s) const;
  void check_stringified_annotation(const syntax::expr& annotation);
  bool walk_symbols();
  void run_step(const walk_item& item);
  void visit_stmt(const syntax::stmt& s);
  void visit_expr(const syntax::expr& e);
  void visit_pattern(const syntax::pattern& p);
  void visit_comprehension(const syntax::expr& e, syntax::node_list<syntax::comprehension> generators,
                           const syntax::expr* element, const syntax::expr* value);
  void visit_arguments_outside(const syntax::arguments* args);  // defaults, in the enclosing scope
  void visit_annotations(const syntax::arguments* args, const syntax::expr* returns);
  void visit_ann_assign(const syntax::ann_assign_stmt& s);
  void visit_global_or_nonlocal(const syntax::stmt& s, bool is_global);
  void visit_alias(const syntax::alias& a);
  void visit_named_expr(const syntax::named_expr& e);
  void bind_walrus_target(const syntax::name_expr& target);
  void add_parameters(std::uint32_t scope_index, const syntax::arguments* args);
  std::uint32_t open_scope(scope_kind kind, std::string_view name, const syntax::source_span& where);
  void close_scope();
  void then(walk_step step, const void* node, std::uint32_t index = 0);
  void then_stmts(syntax::node_list<syntax::stmt> body);
  void then_exprs(syntax::node_list<syntax::expr> list);
  void flush_pending();

  // Placement checks during the symtable walk: they only count errors (pass 1 order is not the
  // compiler's); placement_checks.ipp finds the first in compiler order when there are several.
  void note_placement_error(const char* message, const syntax::source_span& where);
  void note_placement_error(std::string message, const syntax::source_span& where);

  // ---- scope_resolution.ipp
  bool resolve_names();
  bool bound_in_enclosing(std::uint32_t scope_index, std::string_view name) const;
  void close_over();
  void lay_out();
  void set_qualname(std::uint32_t scope_index);

  // ---- placement_checks.ipp: the compiler's order.
  std::optional<syntax::syntax_error> first_placement_error();

  // ---- this file: symbols, mangling, errors.
  scope& scope_at(std::uint32_t index) { return table_.scopes_[index]; }
  std::uint32_t current() const { return stack_.back(); }
  // Adds `flag` to the symbol for `raw_name` (mangled in `scope_index`), as CPython's
  // symtable_add_def; false (with error_ set) on a duplicate parameter or a comprehension loop
  // rebinding a walrus target.
  bool add_def(std::uint32_t scope_index, std::string_view raw_name, std::uint16_t flag,
               const syntax::source_span& where);
  std::uint32_t find_or_add(std::uint32_t scope_index, std::string_view mangled_name, bool& created);
  std::uint32_t find_symbol(std::uint32_t scope_index, std::string_view mangled_name) const;
  std::uint16_t flags_of(std::uint32_t scope_index, std::string_view mangled_name) const;
  std::string_view mangled(std::uint32_t scope_index, std::string_view raw_name);  // may point into scratch_
  std::string_view keep(std::string_view text);   // a copy owned by the table
  void record_directive(std::uint32_t scope_index, std::string_view mangled_name, const syntax::source_span& where);
  syntax::source_span directive_for(std::uint32_t scope_index, std::uint32_t symbol_index) const;
  syntax::syntax_error make_error(std::string message, const syntax::source_span& where) const;
  void fail(std::string message, const syntax::source_span& where);
  void check_symbol_budget();

  const syntax::tree& tree_;
  symbol_table table_;
  // The build's own bookkeeping lives in a buffer on the stack first: a small script then costs
  // no allocation beyond the table it returns.
  alignas(std::max_align_t) std::byte inline_memory_[4096];
  std::pmr::monotonic_buffer_resource memory_{inline_memory_, sizeof inline_memory_};
  std::pmr::vector<scope_state> states_{&memory_};
  std::pmr::vector<std::uint32_t> stack_{&memory_};   // open scopes, innermost last
  std::pmr::vector<walk_item> work_{&memory_};        // pending steps, next last
  std::size_t pending_from_ = 0;                      // work_[pending_from_, end): steps of the node being
                                                      // visited, in visiting order until flushed
  std::pmr::vector<block> blocks_{&memory_};
  std::pmr::vector<directive> directives_{&memory_};
  std::string scratch_;
  std::optional<syntax::syntax_error> error_;  // the first symtable error: ends the walk
  std::uint32_t uncompiled_depth_ = 0;
  std::uint32_t placement_errors_ = 0;
  std::optional<syntax::syntax_error> first_placement_;  // the first one found by the walk
  std::size_t total_symbols_ = 0;
  std::size_t qualname_bytes_ = 0;
  std::size_t future_begin_ = 0;  // tree_.body[future_begin_, future_end_) are the leading future imports
  std::size_t future_end_ = 0;
};

// ---------------------------------------------------------------------------------------------

inline std::string_view symbol_table_builder::keep(std::string_view text) {
  if (!table_.strings_) table_.strings_ = std::make_unique<std::pmr::monotonic_buffer_resource>();
  if (text.empty()) return {};
  auto* memory = static_cast<char*>(table_.strings_->allocate(text.size(), 1));
  std::memcpy(memory, text.data(), text.size());
  return {memory, text.size()};
}

inline std::string_view symbol_table_builder::mangled(std::uint32_t scope_index, std::string_view raw_name) {
  const std::string_view owner = table_.scopes_[scope_index].mangling_class;
  if (owner.empty() || raw_name.size() < 2 || raw_name[0] != '_' || raw_name[1] != '_') return raw_name;
  scratch_ = mangle(owner, raw_name);
  return scratch_;
}

inline std::uint32_t symbol_table_builder::find_symbol(std::uint32_t scope_index, std::string_view name) const {
  const scope& s = table_.scopes_[scope_index];
  if (!s.index_.empty()) {
    auto found = s.index_.find(name);
    return found == s.index_.end() ? no_scope : found->second;
  }
  const std::size_t size = name.size();
  for (std::size_t i = 0; i < s.symbols.size(); ++i) {
    const std::string_view candidate = s.symbols[i].name;
    if (candidate.size() == size && (size == 0 || (candidate[0] == name[0] && std::memcmp(candidate.data(), name.data(), size) == 0))) {
      return static_cast<std::uint32_t>(i);
    }
  }
  return no_scope;
}

inline std::uint16_t symbol_table_builder::flags_of(std::uint32_t scope_index, std::string_view name) const {
  const std::uint32_t found = find_symbol(scope_index, name);
  return found == no_scope ? 0 : table_.scopes_[scope_index].symbols[found].flags;
}

inline std::uint32_t symbol_table_builder::find_or_add(std::uint32_t scope_index, std::string_view name, bool& created) {
  std::uint32_t found = find_symbol(scope_index, name);
  created = found == no_scope;
  if (!created) return found;
  // Names of the source stay views into the tree; a mangled name lives in scratch_ until kept.
  const bool in_scratch = !scratch_.empty() && name.data() == scratch_.data();
  const std::string_view stored = in_scratch ? keep(name) : name;
  scope& s = table_.scopes_[scope_index];
  found = static_cast<std::uint32_t>(s.symbols.size());
  if (s.symbols.capacity() == 0) s.symbols.reserve(8);
  s.symbols.push_back(symbol{stored, 0, name_scope::global_implicit, -1, -1});
  if (!s.index_.empty()) {
    s.index_.emplace(stored, found);
  } else if (s.symbols.size() >= symbol_index_threshold) {
    s.index_.reserve(s.symbols.size() * 2);
    for (std::size_t i = 0; i < s.symbols.size(); ++i) s.index_.emplace(s.symbols[i].name, static_cast<std::uint32_t>(i));
  }
  ++total_symbols_;
  return found;
}

inline void symbol_table_builder::check_symbol_budget() {
  if (total_symbols_ > max_total_symbols && !error_) {
    fail("too many names in nested scopes (more than " + std::to_string(max_total_symbols) + ")",
         syntax::source_span{1, 0, 1, 0});
  }
}

inline bool symbol_table_builder::add_def(std::uint32_t scope_index, std::string_view raw_name, std::uint16_t flag,
                                          const syntax::source_span& where) {
  const std::string_view name = mangled(scope_index, raw_name);
  bool created = false;
  const std::uint32_t index = find_or_add(scope_index, name, created);
  symbol& sym = table_.scopes_[scope_index].symbols[index];
  std::uint16_t value = sym.flags;
  if ((flag & def_param) && (value & def_param)) {
    fail("duplicate argument '" + std::string(raw_name) + "' in function definition", where);
    return false;
  }
  value |= flag;
  if (states_[scope_index].iter_target) {
    // A comprehension's for-target: it may not rebind a name an earlier walrus of this
    // comprehension assigned, and later walruses may not rebind it.
    if (value & (def_global | def_nonlocal)) {
      fail("comprehension inner loop cannot rebind assignment expression target '" + std::string(raw_name) + "'",
           where);
      return false;
    }
    value |= def_comp_iter;
  }
  sym.flags = value;
  if ((flag & def_global) && scope_index != 0) {
    // CPython records every global declaration in the module's own table too.
    const std::string_view stored = sym.name;
    bool module_created = false;
    const std::uint32_t module_index = find_or_add(0, stored, module_created);
    table_.scopes_[0].symbols[module_index].flags |= def_global;
  }
  if (total_symbols_ > max_total_symbols) {
    check_symbol_budget();
    return false;
  }
  return true;
}

inline void symbol_table_builder::record_directive(std::uint32_t scope_index, std::string_view name,
                                                   const syntax::source_span& where) {
  const std::uint32_t index = find_symbol(scope_index, name);
  if (index != no_scope) directives_.push_back(directive{scope_index, index, where});
}

inline syntax::source_span symbol_table_builder::directive_for(std::uint32_t scope_index, std::uint32_t symbol_index) const {
  for (const directive& d : directives_) {
    if (d.scope == scope_index && d.symbol == symbol_index) return d.where;
  }
  return table_.scopes_[scope_index].where;
}

namespace symbol_table_errors {

// The text of 1-based line `line` in `source` (universal newlines), without its line break.
inline std::string_view line_text(std::string_view source, std::int32_t line) {
  std::size_t start = 0;
  for (std::int32_t current = 1; current < line; ++current) {
    const std::size_t brk = source.find_first_of("\r\n", start);
    if (brk == std::string_view::npos) return {};
    start = brk + 1;
    if (source[brk] == '\r' && start < source.size() && source[start] == '\n') ++start;
  }
  const std::size_t end = source.find_first_of("\r\n", start);
  return source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

// 1-based character column of the 0-based byte offset `byte_column` within `text`.
inline std::int32_t character_column(std::string_view text, std::int32_t byte_column) {
  if (byte_column < 0) return 0;
  std::int32_t characters = 0;
  const auto limit = std::min<std::size_t>(static_cast<std::size_t>(byte_column), text.size());
  for (std::size_t i = 0; i < limit; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++characters;
  }
  // Offsets past the end of the text (CPython may point just past a line) count one each.
  return characters + static_cast<std::int32_t>(static_cast<std::size_t>(byte_column) - limit) + 1;
}

}  // namespace symbol_table_errors

inline syntax::syntax_error symbol_table_builder::make_error(std::string message, const syntax::source_span& where) const {
  syntax::syntax_error error;
  error.message = std::move(message);
  error.line = where.line;
  error.end_line = where.end_line;
  const std::string_view source = tree_.source ? std::string_view(*tree_.source) : std::string_view();
  const std::string_view text = symbol_table_errors::line_text(source, where.line);
  const std::string_view end_text =
      where.end_line == where.line ? text : symbol_table_errors::line_text(source, where.end_line);
  error.column = symbol_table_errors::character_column(text, where.column);
  error.end_column = where.end_line > 0 ? symbol_table_errors::character_column(end_text, where.end_column) : 0;
  error.source_line = std::string(text);
  return error;
}

inline void symbol_table_builder::fail(std::string message, const syntax::source_span& where) {
  if (!error_) error_ = make_error(std::move(message), where);
}

inline void symbol_table_builder::note_placement_error(const char* message, const syntax::source_span& where) {
  if (placement_errors_++ == 0) first_placement_ = make_error(message, where);
}

inline void symbol_table_builder::note_placement_error(std::string message, const syntax::source_span& where) {
  if (placement_errors_++ == 0) first_placement_ = make_error(std::move(message), where);
}

}  // namespace coil::compiler::detail
