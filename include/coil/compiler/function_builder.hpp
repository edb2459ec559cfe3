// The code generator's working state for one function-like scope (module, def, lambda,
// comprehension): the code object being filled, the register allocator, the name-to-register
// map, jump patching, loop and finally bookkeeping, and the definite-assignment state that
// decides where reads of locals need an unbound check. Used by impl/code_generator.ipp and the
// compile_*.ipp files; nothing outside the compiler sees it.
#pragma once

#include <coil/compiler/compiled_program.hpp>
#include <coil/compiler/symbol_table.hpp>
#include <coil/syntax/ast.hpp>
#include <coil/syntax/syntax_error.hpp>
#include <coil/vm/code.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace coil::compiler::detail {

using reg = std::uint16_t;

// A control-flow exit that must run `finally` bodies on its way out.
struct finally_block {
  const syntax::node_list<syntax::stmt>* body = nullptr;
  reg saved_handled = 0;  // for an except handler: the register holding the previous handled exception
  bool is_handler = false;  // an except body: leaving it restores the handled exception
  // Where break/continue/return left code for this block or an outer one (finally bodies, exit
  // calls, restoring the handled exception): this block's exception range must not cover it, or an
  // exception raised there would be handled here (by an inner except clause, a second run of the
  // finally body, a second exit call) where CPython lets it propagate.
  std::vector<std::pair<std::uint32_t, std::uint32_t>>* inlined = nullptr;
  // With `body` null and not a handler: a with block whose exit method (in register
  // saved_handled) is called on the way out, and awaited when this is set.
  bool is_async_with = false;
  // For a handler: the clause's `as` name, unbound on the way out as at the clause's end.
  std::string_view handler_name{};
  syntax::source_span handler_where{};
  // A try/except body: nothing runs on the way out; the block is here for `inlined`.
  bool range_only = false;
  // A for loop over a generator it made (`for x in gen():`): leaving the loop early releases the
  // iterator in register saved_handled, as CPython's reference count does (closes it).
  bool releases_iterator = false;
};

struct loop_context {
  std::uint32_t continue_target = 0;
  std::vector<std::uint32_t> break_jumps;  // to patch to the loop's end
  std::size_t finally_depth = 0;           // finally_blocks_ size at loop entry
  bool is_for = false;
  reg iterator = 0;
  bool releases_iterator = false;  // a break releases `iterator` (finally_block::releases_iterator)
};

class function_builder {
 public:
  function_builder(compiled_program& program, const scope& s, vm::code_object* code) : program_(program), scope_(s), code_(code) {
    // Room for a small function's code at once, instead of growing through 1, 2, 4... (start-up).
    code_->instructions.reserve(16);
    code_->spans.reserve(16);
  }

  compiled_program& program_;
  const scope& scope_;
  vm::code_object* code_;

  std::unordered_map<std::string_view, reg> registers_;  // local name -> register
  std::vector<std::string_view> register_names_;        // named registers in order
  std::vector<bool> assigned_;                           // definitely assigned, per named register
  bool reachable_ = true;
  reg next_free_ = 0;
  reg max_registers_ = 0;
  std::uint32_t conditional_depth_ = 0;  // inside `and`/`or`/ifexp operands: walrus bindings don't count
  std::vector<loop_context> loops_;
  std::vector<finally_block> finally_blocks_;
  syntax::source_span span_{};
  std::unordered_map<std::uint64_t, std::uint16_t> constant_index_;

  // --- registers ---
  reg allocate() {
    reg r = next_free_++;
    if (next_free_ > max_registers_) max_registers_ = next_free_;
    return r;
  }
  reg allocate(std::size_t count) {
    reg first = next_free_;
    for (std::size_t i = 0; i < count; ++i) allocate();
    return first;
  }
  bool is_named(reg r) const { return r < register_names_.size(); }

  // --- emission ---
  std::uint32_t here() const { return static_cast<std::uint32_t>(code_->instructions.size()); }
  std::uint32_t emit(vm::opcode op, std::uint32_t a = 0, std::uint32_t b = 0, std::uint32_t c = 0) {
    code_->instructions.push_back({op, static_cast<std::uint16_t>(a), static_cast<std::uint16_t>(b), static_cast<std::uint16_t>(c)});
    code_->spans.push_back(span_);
    return here() - 1;
  }
  std::uint16_t constant(vm::value v) {
    auto found = constant_index_.find(v.raw_bits());
    if (found != constant_index_.end()) return found->second;
    auto index = static_cast<std::uint16_t>(code_->constants.size());
    code_->constants.push_back(v);
    constant_index_.emplace(v.raw_bits(), index);
    return index;
  }
};

}  // namespace coil::compiler::detail
