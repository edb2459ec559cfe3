// Bytecode: the instruction format and the code object the compiler (compiler/) emits and the
// dispatch loop (vm/interpreter.hpp) runs.
//
// A code object belongs to a compiled program and is immutable once built, so one program can
// run in many executions on many threads at once. It is an immortal object (no heap owns it):
// its constants are unboxed words or other immortal objects of the same program.
#pragma once

#include <coil/syntax/ast.hpp>
#include <coil/vm/object.hpp>
#include <coil/vm/value.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coil::vm {

enum class opcode : std::uint16_t {
#define COIL_OPCODE(name, format, doc) name,
#include <coil/compiler/opcodes.def>
};

inline constexpr std::string_view opcode_names[] = {
#define COIL_OPCODE(name, format, doc) #name,
#include <coil/compiler/opcodes.def>
};
inline constexpr std::string_view opcode_formats[] = {
#define COIL_OPCODE(name, format, doc) format,
#include <coil/compiler/opcodes.def>
};
inline constexpr std::size_t opcode_count = std::size(opcode_names);

// Four 16-bit fields; jump offsets are stored in a field as a signed 16-bit value relative to the
// next instruction (the compiler splits longer jumps... and rejects functions too large for them).
struct instruction {
  opcode op = opcode::nop;
  std::uint16_t a = 0;
  std::uint16_t b = 0;
  std::uint16_t c = 0;
};
static_assert(sizeof(instruction) == 8);

inline constexpr std::int16_t jump_offset(std::uint16_t field) { return static_cast<std::int16_t>(field); }

// A protected range of instructions and where control goes when an exception escapes it: the
// exception is stored in `exception_register` and execution continues at `handler`.
struct exception_range {
  std::uint32_t start = 0;  // first protected instruction
  std::uint32_t end = 0;    // one past the last
  std::uint32_t handler = 0;
  std::uint16_t exception_register = 0;
};

enum class code_flags : std::uint16_t {
  none = 0,
  varargs = 1 << 0,      // *args
  varkeywords = 1 << 1,  // **kwargs
  generator = 1 << 2,
  coroutine = 1 << 3,
  async_generator = 1 << 4,
  module = 1 << 5,       // the script body
};
constexpr code_flags operator|(code_flags a, code_flags b) {
  return static_cast<code_flags>(static_cast<std::uint16_t>(a) | static_cast<std::uint16_t>(b));
}
constexpr bool has(code_flags set, code_flags flag) {
  return (static_cast<std::uint16_t>(set) & static_cast<std::uint16_t>(flag)) != 0;
}

struct code_object : object {
  std::string name;      // co_name
  std::string qualname;  // co_qualname, e.g. "outer.<locals>.inner"
  std::vector<instruction> instructions;
  std::vector<syntax::source_span> spans;  // one per instruction: where it came from
  std::vector<value> constants;             // unboxed words or immortal objects of the program
  std::vector<exception_range> exception_ranges;  // innermost first for overlapping ranges

  // Registers: parameters first (positional-only, positional, *args, keyword-only, **kwargs),
  // then the other locals, then temporaries.
  std::vector<std::string> local_names;  // names of the named registers, for errors and kwargs
  std::uint16_t register_count = 0;
  std::uint16_t positional_only_count = 0;
  std::uint16_t positional_count = 0;       // including positional-only
  std::uint16_t keyword_only_count = 0;
  code_flags flags = code_flags::none;

  // Closures: cell slots are this frame's own cells (locals captured by inner functions) followed
  // by the free variables it receives from its closure tuple.
  std::vector<std::uint16_t> cell_registers;  // for each own cell: the register of the local (or
                                              // 0xFFFF if it is not a parameter) to copy in at entry
  std::vector<std::string> cell_names;        // own cells, then free variables
  std::uint16_t free_count = 0;

  std::uint32_t first_line = 0;
};

}  // namespace coil::vm
