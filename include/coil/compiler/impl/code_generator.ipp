// Definitions for compiler/code_generator.hpp: the generator class, function and module
// compilation, name access and the definite-assignment bookkeeping. Expressions are in
// compile_expressions.ipp, statements in compile_statements.ipp.
#pragma once

#include <coil/compiler/code_generator.hpp>
#include <coil/compiler/function_builder.hpp>
#include <coil/compiler/symbol_table.hpp>
#include <coil/runtime/big_int.hpp>
#include <coil/syntax/ast.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace coil::compiler::detail {

// Thrown inside the generator to abandon compilation with a SyntaxError/NotImplementedError;
// caught in generate_code, so it never crosses the library's boundary.
struct compile_abort {
  syntax::syntax_error error;
};

class generator {
 public:
  generator(compiled_program& program, const symbol_table& symbols, std::string_view source = {})
      : program_(program), symbols_(symbols), source_(source) {}

  vm::code_object* compile_module(const syntax::node_list<syntax::stmt>& body);

 private:
  compiled_program& program_;
  const symbol_table& symbols_;
  function_builder* f_ = nullptr;  // the scope being compiled
  std::unordered_map<std::string, std::uint16_t> global_slots_;
  std::string_view source_;
  // The first constant set display compiled per frozenset key (constant_sets.ipp), which later
  // equal ones reuse, and whether its frozenset is rebuilt twice.
  std::unordered_map<std::string, std::pair<const syntax::set_expr*, bool>> constant_sets_;
  std::optional<std::unordered_set<std::string_view>> identifiers_;  // the script's, tokenized on demand
  // The name-like strings CPython's constant cache holds so far, in compile order (the first one
  // filed wins): true when the cached object is an interned identifier (a keyword argument's name,
  // a parameter's in an annotation), false for a string literal. See constant_sets.ipp.
  std::unordered_map<std::string, bool> cached_strings_;

  // --- errors ---
  [[noreturn]] void fail(const syntax::source_span& where, std::string type, std::string message) {
    syntax::syntax_error e;
    e.type = std::move(type);
    e.message = std::move(message);
    e.line = where.line;
    e.column = where.column + 1;
    e.end_line = where.end_line;
    e.end_column = where.end_column + 1;
    e.source_line = program_.source_line(where.line);
    throw compile_abort{std::move(e)};
  }
  [[noreturn]] void unsupported(const syntax::source_span& where, std::string_view feature) {
    fail(where, "NotImplementedError", std::string(feature) + " are not supported yet");
  }

  // --- scopes and names ---
  void setup_registers(function_builder& b);
  std::uint16_t global_slot(std::string_view name);
  std::uint16_t str_constant(std::string_view text) { return f_->constant(program_.str_constant(text)); }
  std::uint16_t cell_index(const symbol& s) const;
  void load_name(std::string_view name, reg target, const syntax::source_span& where);
  void store_name(std::string_view name, reg source);
  void delete_name(std::string_view name, const syntax::source_span& where);
  std::optional<reg> local_register(std::string_view name) const;
  void mark_assigned(std::string_view name, bool assigned);

  // --- definite assignment ---
  struct flow_state {
    std::vector<bool> assigned;
    bool reachable;
  };
  flow_state save_flow() const { return {f_->assigned_, f_->reachable_}; }
  void restore_flow(const flow_state& s) {
    f_->assigned_ = s.assigned;
    f_->reachable_ = s.reachable;
  }
  // Joins two paths: a name is assigned after the join if it is on every reachable path.
  static flow_state join(const flow_state& a, const flow_state& b) {
    if (!a.reachable) return b;
    if (!b.reachable) return a;
    flow_state out = a;
    for (std::size_t i = 0; i < out.assigned.size(); ++i) out.assigned[i] = a.assigned[i] && b.assigned[i];
    return out;
  }

  // --- jumps ---
  std::uint32_t emit_jump(vm::opcode op, reg condition = 0) {
    return op == vm::opcode::jump ? f_->emit(op, 0) : f_->emit(op, condition, 0);
  }
  void patch_jump(std::uint32_t at, std::uint32_t target);
  void emit_jump_to(vm::opcode op, std::uint32_t target, reg condition = 0) { patch_jump(emit_jump(op, condition), target); }

  // --- functions ---
  vm::code_object* compile_function_code(const scope& s, const syntax::arguments* args,
                                         const syntax::node_list<syntax::stmt>* body, const syntax::expr* lambda_body,
                                         const syntax::expr* comprehension);
  void emit_make_function(const scope& s, vm::code_object* code, const syntax::arguments* args, reg target);

  // --- expressions (compile_expressions.ipp) ---
  reg expr(const syntax::expr* e, std::optional<reg> target = std::nullopt);
  reg expr_into_new(const syntax::expr* e) { return expr(e, f_->allocate()); }
  void expr_binary(const syntax::bin_op_expr& e, reg target);
  void expr_bool_op(const syntax::bool_op_expr& e, reg target);
  void expr_compare(const syntax::compare_expr& e, reg target);
  void expr_call(const syntax::call_expr& e, reg target);
  void expr_call_unpacked(const syntax::call_expr& e, reg target);
  void expr_dict(const syntax::dict_expr& e, reg target);
  void expr_constant(const syntax::constant_expr& e, reg target);
  void expr_joined_str(const syntax::joined_str_expr& e, reg target);
  void expr_sequence(const syntax::list_expr& e, reg target, bool is_tuple);
  void expr_set(const syntax::set_expr& e, reg target, bool in_order);
  const syntax::set_expr* shared_constant_set(const syntax::set_expr& e, bool* rebuilt_twice = nullptr);
  bool is_identifier_of_script(std::string_view name);
  void note_cached_string(std::string_view text, bool identifier);
  void note_cached_strings_in(const syntax::expr* e, int depth = 0);
  void note_signature_constants(const syntax::arguments* args, const syntax::expr* returns);
  reg expr_iterable(const syntax::expr* e);
  void expr_comprehension(const syntax::expr* e, reg target);
  void expr_named(const syntax::named_expr& e, reg target);
  void emit_compare(syntax::compare_operator op, reg target, reg left, reg right);
  void condition_jump(const syntax::expr* test, bool jump_if, std::vector<std::uint32_t>& jumps);

  // --- statements (compile_statements.ipp) ---
  void statements(const syntax::node_list<syntax::stmt>& body);
  void statement(const syntax::stmt* s);
  void store_target(const syntax::expr* target, reg value);
  void stmt_assign(const syntax::assign_stmt& s);
  void stmt_aug_assign(const syntax::aug_assign_stmt& s);
  void stmt_if(const syntax::if_stmt& s);
  void stmt_while(const syntax::while_stmt& s);
  void stmt_for(const syntax::for_stmt& s);
  void stmt_async_for(const syntax::for_stmt& s);
  struct owned_iterator {
    reg iterator = 0;
    std::uint32_t body_start = 0;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> holes;
  };
  bool owns_iterator(const syntax::expr* iterable) const;
  void begin_owned_iterator(owned_iterator& owned);
  void end_owned_iterator(owned_iterator& owned);
  std::uint32_t emit_async_next(reg iterator, reg item);
  void stmt_try(const syntax::try_stmt& s);
  void try_star_handlers(const syntax::try_stmt& s, const flow_state& before, std::vector<std::uint32_t>& to_finally);
  void stmt_with(const syntax::with_stmt& s, std::size_t item, bool is_async);
  void emit_with_exit_call(reg exit, bool is_async, std::optional<reg> exception);
  void emit_await(reg awaitable, reg target);
  void stmt_raise(const syntax::raise_stmt& s);
  void stmt_return(const syntax::return_stmt& s);
  void stmt_break_continue(bool is_break, const syntax::source_span& where);
  void stmt_delete(const syntax::delete_stmt& s);
  void stmt_function_def(const syntax::function_def_stmt& s);
  void stmt_import(const syntax::import_stmt& s);
  void stmt_import_from(const syntax::import_from_stmt& s);
  void stmt_assert(const syntax::assert_stmt& s);
  void run_finally_blocks(std::size_t down_to);
  using code_holes = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
  void add_exception_range(std::uint32_t start, std::uint32_t end, std::uint32_t handler, reg exception,
                           const code_holes& holes);
};

// Protects [start, end) except the holes (in code order) where a break/continue/return left code
// that belongs outside this range (finally_block::inlined).
inline void generator::add_exception_range(std::uint32_t start, std::uint32_t end, std::uint32_t handler, reg exception,
                                           const code_holes& holes) {
  std::uint32_t from = start;
  for (auto [hole_start, hole_end] : holes) {
    const std::uint32_t cut = std::min(hole_start, end);
    if (cut > from) f_->code_->exception_ranges.push_back({from, cut, handler, exception});
    from = std::max(from, hole_end);
  }
  if (end > from) f_->code_->exception_ranges.push_back({from, end, handler, exception});
}

inline void generator::patch_jump(std::uint32_t at, std::uint32_t target) {
  const std::int64_t offset = static_cast<std::int64_t>(target) - static_cast<std::int64_t>(at) - 1;
  if (offset < INT16_MIN || offset > INT16_MAX)
    fail(f_->code_->spans[at], "SyntaxError", "function too large for coil (a jump spans more than 32767 instructions)");
  auto& instruction = f_->code_->instructions[at];
  const auto field = static_cast<std::uint16_t>(static_cast<std::int16_t>(offset));
  switch (instruction.op) {
    case vm::opcode::jump: instruction.a = field; break;
    case vm::opcode::for_iter: instruction.c = field; break;
    default: instruction.b = field; break;
  }
}

inline std::uint16_t generator::global_slot(std::string_view name) {
  auto found = global_slots_.find(std::string(name));
  if (found != global_slots_.end()) return found->second;
  auto slot = static_cast<std::uint16_t>(program_.global_names().size());
  program_.global_names().emplace_back(name);
  global_slots_.emplace(std::string(name), slot);
  return slot;
}

// Register layout: positional parameters, keyword-only parameters, *args, **kwargs, then the other
// locals in order of first mention (the symbol table lists *args before the keyword-only ones).
inline void generator::setup_registers(function_builder& b) {
  const scope& s = b.scope_;
  if (!s.is_function_like()) return;
  std::vector<std::string_view> order;
  std::size_t i = 0;
  for (; i < s.positional_count; ++i) order.push_back(s.locals[i]);
  std::string_view varargs, varkeywords;
  if (s.has_varargs) varargs = s.locals[i++];
  for (std::size_t k = 0; k < s.keyword_only_count; ++k) order.push_back(s.locals[i++]);
  if (s.has_varargs) order.push_back(varargs);
  if (s.has_varkeywords) {
    varkeywords = s.locals[i++];
    order.push_back(varkeywords);
  }
  const std::size_t parameters = order.size();
  for (; i < s.locals.size(); ++i) order.push_back(s.locals[i]);
  for (std::size_t r = 0; r < order.size(); ++r) {
    b.registers_.emplace(order[r], static_cast<reg>(r));
    b.register_names_.push_back(order[r]);
    b.code_->local_names.emplace_back(order[r]);
  }
  b.assigned_.assign(order.size(), false);
  for (std::size_t r = 0; r < parameters; ++r) b.assigned_[r] = true;
  b.next_free_ = b.max_registers_ = static_cast<reg>(order.size());
  b.code_->positional_only_count = static_cast<std::uint16_t>(s.positional_only_count);
  b.code_->positional_count = static_cast<std::uint16_t>(s.positional_count);
  b.code_->keyword_only_count = static_cast<std::uint16_t>(s.keyword_only_count);
  if (s.has_varargs) b.code_->flags = b.code_->flags | vm::code_flags::varargs;
  if (s.has_varkeywords) b.code_->flags = b.code_->flags | vm::code_flags::varkeywords;
  for (auto name : s.cellvars) {
    b.code_->cell_names.emplace_back(name);
    const symbol* sym = s.find_mangled(name);
    auto found = b.registers_.find(name);
    const bool is_parameter = sym != nullptr && sym->has(symbol_flag::parameter) && found != b.registers_.end();
    b.code_->cell_registers.push_back(is_parameter ? found->second : 0xFFFF);
  }
  for (auto name : s.freevars) b.code_->cell_names.emplace_back(name);
  b.code_->free_count = static_cast<std::uint16_t>(s.freevars.size());
}

inline std::uint16_t generator::cell_index(const symbol& s) const {
  if (s.scope == name_scope::cell) return static_cast<std::uint16_t>(s.closure_slot);
  return static_cast<std::uint16_t>(f_->scope_.cellvars.size() + s.closure_slot);
}

inline std::optional<reg> generator::local_register(std::string_view name) const {
  auto found = f_->registers_.find(name);
  if (found == f_->registers_.end()) return std::nullopt;
  return found->second;
}

inline void generator::mark_assigned(std::string_view name, bool assigned) {
  if (f_->conditional_depth_ > 0 && assigned) return;
  if (auto r = local_register(name); r && *r < f_->assigned_.size()) f_->assigned_[*r] = assigned;
}

inline void generator::load_name(std::string_view name, reg target, const syntax::source_span& where) {
  (void)where;
  const scope& s = f_->scope_;
  const symbol* sym = s.find(name);
  const std::string mangled = sym ? std::string(sym->name) : std::string(name);
  if (s.kind == scope_kind::module || sym == nullptr || sym->scope == name_scope::global_explicit ||
      sym->scope == name_scope::global_implicit) {
    f_->emit(vm::opcode::load_global, target, global_slot(mangled));
    return;
  }
  if (sym->scope == name_scope::cell || sym->scope == name_scope::free) {
    f_->emit(vm::opcode::load_deref, target, cell_index(*sym));
    return;
  }
  reg r = *local_register(sym->name);
  if (!f_->assigned_[r]) f_->emit(vm::opcode::check_bound, r, str_constant(sym->name));
  if (r != target) f_->emit(vm::opcode::move, target, r);
}

inline void generator::store_name(std::string_view name, reg source) {
  const scope& s = f_->scope_;
  const symbol* sym = s.find(name);
  const std::string mangled = sym ? std::string(sym->name) : std::string(name);
  if (s.kind == scope_kind::module || sym == nullptr || sym->scope == name_scope::global_explicit ||
      sym->scope == name_scope::global_implicit) {
    f_->emit(vm::opcode::store_global, global_slot(mangled), source);
    return;
  }
  if (sym->scope == name_scope::cell || sym->scope == name_scope::free) {
    f_->emit(vm::opcode::store_deref, cell_index(*sym), source);
    return;
  }
  reg r = *local_register(sym->name);
  if (r != source) f_->emit(vm::opcode::move, r, source);
  mark_assigned(sym->name, true);
}

inline void generator::delete_name(std::string_view name, const syntax::source_span& where) {
  (void)where;
  const scope& s = f_->scope_;
  const symbol* sym = s.find(name);
  const std::string mangled = sym ? std::string(sym->name) : std::string(name);
  if (s.kind == scope_kind::module || sym == nullptr || sym->scope == name_scope::global_explicit ||
      sym->scope == name_scope::global_implicit) {
    f_->emit(vm::opcode::delete_global, global_slot(mangled));
    return;
  }
  if (sym->scope == name_scope::cell || sym->scope == name_scope::free) {
    f_->emit(vm::opcode::delete_deref, cell_index(*sym));
    return;
  }
  reg r = *local_register(sym->name);
  f_->emit(vm::opcode::delete_fast, r, str_constant(sym->name));
  mark_assigned(sym->name, false);
}

inline vm::code_object* generator::compile_function_code(const scope& s, const syntax::arguments* args,
                                                         const syntax::node_list<syntax::stmt>* body,
                                                         const syntax::expr* lambda_body, const syntax::expr* comprehension) {
  (void)args;
  vm::code_object* code = program_.new_code();
  code->name = s.kind == scope_kind::lambda ? "<lambda>" : std::string(s.name);
  if (s.kind == scope_kind::comprehension) code->name = "<" + std::string(s.name) + ">";
  code->qualname = std::string(s.qualname);
  code->first_line = static_cast<std::uint32_t>(s.where.line);
  function_builder builder(program_, s, code);
  function_builder* outer = f_;
  f_ = &builder;
  setup_registers(builder);
  builder.span_ = s.where;
  if (s.is_coroutine) code->flags = code->flags | vm::code_flags::coroutine;
  if (s.is_generator) code->flags = code->flags | vm::code_flags::generator;
  if (body != nullptr) {
    statements(*body);
    if (f_->reachable_) {
      reg r = f_->allocate();
      f_->emit(vm::opcode::load_none, r);
      f_->emit(vm::opcode::return_value, r);
    }
  } else if (lambda_body != nullptr) {
    reg r = expr(lambda_body, f_->allocate());
    f_->emit(vm::opcode::return_value, r);
  } else if (comprehension != nullptr) {
    expr_comprehension(comprehension, f_->allocate());
  }
  code->register_count = static_cast<std::uint16_t>(builder.max_registers_ + code->cell_names.size());
  if (builder.max_registers_ + code->cell_names.size() > 0xFFF0) fail(s.where, "SyntaxError", "too many local variables");
  f_ = outer;
  return code;
}

// Builds the function object into `target` (with its defaults, keyword-only defaults and closure
// in the registers after it).
inline void generator::emit_make_function(const scope& s, vm::code_object* code, const syntax::arguments* args, reg target) {
  const reg mark = f_->next_free_;
  const reg function = f_->allocate(4);  // make_function reads its parts from the next three registers
  std::uint32_t flags = 0;
  if (args != nullptr && !args->defaults.empty()) {
    const reg first = f_->allocate(args->defaults.size());
    for (std::size_t i = 0; i < args->defaults.size(); ++i) expr(args->defaults[i], static_cast<reg>(first + i));
    f_->emit(vm::opcode::build_tuple, function + 1, first, args->defaults.size());
    flags |= 1;
  }
  if (args != nullptr) {
    std::vector<std::pair<std::string_view, const syntax::expr*>> keyword_defaults;
    for (std::size_t i = 0; i < args->kwonlyargs.size(); ++i)
      if (args->kw_defaults[i] != nullptr) keyword_defaults.emplace_back(args->kwonlyargs[i]->name, args->kw_defaults[i]);
    if (!keyword_defaults.empty()) {
      const reg first = f_->allocate(keyword_defaults.size() * 2);
      for (std::size_t i = 0; i < keyword_defaults.size(); ++i) {
        f_->emit(vm::opcode::load_const, first + 2 * i, str_constant(keyword_defaults[i].first));
        expr(keyword_defaults[i].second, static_cast<reg>(first + 2 * i + 1));
      }
      f_->emit(vm::opcode::build_tuple, function + 2, first, keyword_defaults.size() * 2);
      flags |= 2;
    }
  }
  if (!s.freevars.empty()) {
    const reg first = f_->allocate(s.freevars.size());
    for (std::size_t i = 0; i < s.freevars.size(); ++i) {
      const symbol* sym = f_->scope_.find_mangled(s.freevars[i]);
      if (sym == nullptr || (sym->scope != name_scope::cell && sym->scope != name_scope::free))
        fail(s.where, "SystemError", "coil: closure variable '" + std::string(s.freevars[i]) + "' has no cell");
      f_->emit(vm::opcode::load_closure, first + i, cell_index(*sym));
    }
    f_->emit(vm::opcode::build_tuple, function + 3, first, s.freevars.size());
    flags |= 4;
  }
  f_->emit(vm::opcode::make_function, function, f_->constant(vm::value::from_object(code)), flags);
  if (function != target) f_->emit(vm::opcode::move, target, function);
  f_->next_free_ = mark;
}

inline vm::code_object* generator::compile_module(const syntax::node_list<syntax::stmt>& body) {
  const scope& s = symbols_.module();
  vm::code_object* code = program_.new_code();
  code->name = "<module>";
  code->qualname = "<module>";
  code->flags = vm::code_flags::module;
  // Top-level await makes the script body a coroutine, run as the execution's main task.
  if (s.is_coroutine) code->flags = code->flags | vm::code_flags::coroutine;
  function_builder builder(program_, s, code);
  f_ = &builder;
  // The script's result is the value of its last statement when that is an expression.
  const bool ends_with_expression = !body.empty() && body.back()->kind == syntax::stmt_kind::Expr;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (i + 1 == body.size() && ends_with_expression) {
      f_->span_ = body[i]->where;
      const reg r = expr(body[i]->as<syntax::expr_stmt>().value, f_->allocate());
      f_->emit(vm::opcode::return_value, r);
      f_->reachable_ = false;
    } else {
      statement(body[i]);
    }
  }
  if (f_->reachable_) {
    const reg r = f_->allocate();
    f_->emit(vm::opcode::load_none, r);
    f_->emit(vm::opcode::return_value, r);
  }
  code->register_count = builder.max_registers_;
  f_ = nullptr;
  return code;
}

}  // namespace coil::compiler::detail

#include <coil/compiler/impl/compile_expressions.ipp>
#include <coil/compiler/impl/compile_statements.ipp>
#include <coil/compiler/impl/compile_with.ipp>
#include <coil/compiler/impl/compile_try_star.ipp>

namespace coil::compiler {

COIL_DECL tl::expected<std::shared_ptr<compiled_program>, syntax::syntax_error> generate_code(
    const syntax::tree& tree, const symbol_table& symbols, std::string_view source) {
  auto program = std::make_shared<compiled_program>();
  program->set_source(source);
  detail::generator gen(*program, symbols, source);
  try {
    program->set_module(gen.compile_module(tree.body));
  } catch (detail::compile_abort& abort) {
    return tl::unexpected(std::move(abort.error));
  }
  return program;
}

}  // namespace coil::compiler
