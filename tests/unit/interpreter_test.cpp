// The dispatch loop on hand-assembled code objects: arithmetic fast paths and their overflow to
// big ints, Python-to-Python calls without C++ recursion (deep recursion is RecursionError),
// exception handlers, and the builtins reached through globals.
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace {

using coil::vm::code_object;
using coil::vm::instruction;
using coil::vm::interpreter;
using coil::vm::opcode;
using coil::vm::value;

instruction ins(opcode op, int a = 0, int b = 0, int c = 0) {
  return {op, static_cast<std::uint16_t>(a), static_cast<std::uint16_t>(b), static_cast<std::uint16_t>(c)};
}

std::string text_of(interpreter& in, value v) {
  value s = in.repr(v);
  REQUIRE_FALSE(s.is_raised());
  return std::string(static_cast<coil::runtime::str_object*>(s.as_object())->view());
}

// fib(n): if n < 2: return n; return fib(n - 1) + fib(n - 2)   (fib is global slot 0)
code_object make_fib_code() {
  code_object code;
  code.name = code.qualname = "fib";
  code.local_names = {"n"};
  code.register_count = 5;
  code.positional_count = 1;
  code.instructions = {
      ins(opcode::load_small_int, 1, 2),   // 0: r1 = 2
      ins(opcode::less, 1, 0, 1),          // 1: r1 = n < 2
      ins(opcode::jump_if_false, 1, 1),    // 2: if not r1: skip
      ins(opcode::return_value, 0),        // 3: return n
      ins(opcode::load_global, 1, 0),      // 4: r1 = fib
      ins(opcode::load_small_int, 3, 1),   // 5: r3 = 1
      ins(opcode::subtract, 2, 0, 3),      // 6: r2 = n - 1
      ins(opcode::call, 1, 0, 1),          // 7: r1 = fib(r2)
      ins(opcode::load_global, 2, 0),      // 8: r2 = fib
      ins(opcode::load_small_int, 4, 2),   // 9: r4 = 2
      ins(opcode::subtract, 3, 0, 4),      // 10: r3 = n - 2
      ins(opcode::call, 2, 0, 1),          // 11: r2 = fib(r3)
      ins(opcode::add, 1, 1, 2),           // 12: r1 = r1 + r2
      ins(opcode::return_value, 1),        // 13
  };
  code.spans.resize(code.instructions.size());
  return code;
}

}  // namespace

TEST_CASE("the loop runs recursive Python calls without C++ recursion", "[interpreter]") {
  code_object fib = make_fib_code();
  code_object module;
  module.name = module.qualname = "<module>";
  module.register_count = 3;
  module.constants = {value::from_object(&fib)};
  module.instructions = {
      ins(opcode::make_function, 0, 0, 0),  // r0 = function(fib)
      ins(opcode::store_global, 0, 0),      // fib = r0
      ins(opcode::load_global, 1, 0),       // r1 = fib
      ins(opcode::load_small_int, 2, 20),   // r2 = 20
      ins(opcode::call, 1, 0, 1),           // r1 = fib(20)
      ins(opcode::return_value, 1),
  };
  module.spans.resize(module.instructions.size());
  coil::vm::program_image image{&module, {"fib"}};
  interpreter in(image, {}, nullptr);
  value result = in.run_module();
  REQUIRE_FALSE(result.is_raised());
  CHECK(result.as_small_int() == 6765);
}

TEST_CASE("unbounded recursion is a RecursionError, not a stack overflow", "[interpreter]") {
  // f(): return f()
  code_object f;
  f.name = f.qualname = "f";
  f.register_count = 1;
  f.instructions = {ins(opcode::load_global, 0, 0), ins(opcode::call, 0, 0, 0), ins(opcode::return_value, 0)};
  f.spans.resize(f.instructions.size());
  code_object module;
  module.name = module.qualname = "<module>";
  module.register_count = 1;
  module.constants = {value::from_object(&f)};
  module.instructions = {ins(opcode::make_function, 0, 0, 0), ins(opcode::store_global, 0, 0),
                         ins(opcode::load_global, 0, 0), ins(opcode::call, 0, 0, 0), ins(opcode::return_value, 0)};
  module.spans.resize(module.instructions.size());
  coil::vm::program_image image{&module, {"f"}};
  coil::vm::interpreter_limits limits;
  limits.max_recursion_depth = 100000;
  interpreter in(image, limits, nullptr);
  value result = in.run_module();
  REQUIRE(result.is_raised());
  CHECK(in.type_of(in.pending_exception())->name == "RecursionError");
}

TEST_CASE("small-int arithmetic overflows into big ints and back", "[interpreter]") {
  code_object module;
  module.name = module.qualname = "<module>";
  module.register_count = 4;
  module.constants = {value::from_small_int(value::small_int_max)};
  module.instructions = {
      ins(opcode::load_const, 0, 0),      // r0 = 2**47 - 1 (expected values below from python3)
      ins(opcode::multiply, 1, 0, 0),     // r1 = r0 * r0 (a big int)
      ins(opcode::floor_divide, 2, 1, 0), // r2 = r1 // r0 == r0 (small again)
      ins(opcode::build_tuple, 3, 1, 2),  // (r1, r2)
      ins(opcode::return_value, 3),
  };
  module.spans.resize(module.instructions.size());
  coil::vm::program_image image{&module, {}};
  interpreter in(image, {}, nullptr);
  value result = in.run_module();
  REQUIRE_FALSE(result.is_raised());
  CHECK(text_of(in, result) == "(19807040628565802923409276929, 140737488355327)");
}

TEST_CASE("an exception range catches a ZeroDivisionError", "[interpreter]") {
  code_object module;
  module.name = module.qualname = "<module>";
  module.register_count = 3;
  module.instructions = {
      ins(opcode::load_small_int, 0, 1),
      ins(opcode::load_small_int, 1, 0),
      ins(opcode::true_divide, 2, 0, 1),  // 2: raises
      ins(opcode::return_value, 2),
      ins(opcode::return_value, 2),       // 4: handler: return the exception
  };
  module.exception_ranges = {{2, 3, 4, 2}};
  module.spans.resize(module.instructions.size());
  coil::vm::program_image image{&module, {}};
  interpreter in(image, {}, nullptr);
  value result = in.run_module();
  REQUIRE_FALSE(result.is_raised());
  CHECK(text_of(in, result) == "ZeroDivisionError('division by zero')");
}
