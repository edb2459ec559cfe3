// The dispatch loop: runs frames until the entry frame returns. Python-to-Python calls push a
// frame and continue in the same loop (no C++ recursion), returns pop it. Every instruction that
// can fail jumps to `unwind`, which finds the innermost handler in the current frame's exception
// ranges or pops the frame and tries its caller, recording the traceback on the way.
//
// Ints and floats take inline fast paths; everything else goes through the type slots via the
// interpreter's shared operations. Backward jumps and calls are safe points: every
// COIL_SAFE_POINT_INTERVAL of them the loop checks the time limit and lets the heap collect.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/impl/builtin_types.ipp>
#include <coil/runtime/exception_object.hpp>
#include <coil/runtime/function_objects.hpp>
#include <coil/runtime/future_object.hpp>
#include <coil/runtime/generator_object.hpp>
#include <coil/runtime/module_object.hpp>
#include <coil/modules/module_registry.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/interpreter.hpp>
#include <coil/vm/impl/exception_groups.ipp>

#include <cmath>
#include <string>

namespace coil::vm {
namespace dispatch_detail {

inline bool both_small(value a, value b) { return a.is_small_int() && b.is_small_int(); }
inline bool both_double(value a, value b) { return a.is_double() && b.is_double(); }

inline std::string_view str_view(value v) { return static_cast<runtime::str_object*>(v.as_object())->view(); }

// The innermost exception range of `code` containing instruction `at`, or null.
inline const exception_range* find_handler(const code_object* code, std::uint32_t at) {
  for (const auto& range : code->exception_ranges)
    if (range.start <= at && at < range.end) return &range;
  return nullptr;
}

}  // namespace dispatch_detail

COIL_DECL value interpreter::execute(frame* entry, bool raise_first, frame* start) {
  using namespace dispatch_detail;
  using op = syntax::binary_operator;
  frame* f = start != nullptr ? start : entry;
  value* R = nullptr;
  const value* K = nullptr;
  const instruction* code = nullptr;
  std::uint32_t pc = 0;
  instruction in{};
  bool skip_traceback = false;  // set by a bare re-raise: the frame is already in the traceback
  value yielded;                // the value a generator frame is yielding (deliver_yield)

#define COIL_LOAD_FRAME()                       \
  do {                                          \
    R = f->registers();                         \
    K = f->code->constants.data();              \
    code = f->code->instructions.data();        \
    pc = f->pc;                                 \
  } while (false)
#define COIL_SAFE_POINT()                                   \
  do {                                                      \
    if (--safe_point_budget_ == 0 || heap_.wants_collection()) { \
      f->pc = pc;                                           \
      if (!check_limits()) goto unwind;                     \
      check_slice();                                        \
    }                                                       \
  } while (false)
// A place where the frames are consistent at `pc` (an instruction boundary): a due preemption of
// this dispatch loop stops here (interpreter.hpp, preempt_at_).
#define COIL_PREEMPTION_POINT()                             \
  do {                                                      \
    if (preempt_due_ && entry == preemptible_entry_) [[unlikely]] { \
      f->pc = pc;                                           \
      goto preempt;                                         \
    }                                                       \
  } while (false)
#define COIL_CHECK(result)              \
  do {                                  \
    if ((result).is_raised()) goto unwind; \
  } while (false)

#if COIL_USE_COMPUTED_GOTO
  // A computed goto does not run destructors: no object with one (std::string, std::vector, a
  // root guard) may be alive where an instruction ends with COIL_NEXT. Scope such objects in a
  // block that closes first; `goto unwind` is a plain goto and does destroy them.
  static void* const labels[] = {
#define COIL_OPCODE(name, format, doc) &&op_##name,
#include <coil/compiler/opcodes.def>
  };
#define COIL_CASE(name) op_##name:
#define COIL_NEXT()                                     \
  do {                                                  \
    in = code[pc++];                                    \
    goto* labels[static_cast<std::size_t>(in.op)];      \
  } while (false)
#else
#define COIL_CASE(name) case opcode::name:
#define COIL_NEXT() goto next_instruction
#endif

  COIL_LOAD_FRAME();
  current_ = f;
  if (raise_first) goto unwind;

#if COIL_USE_COMPUTED_GOTO
  COIL_NEXT();
#else
next_instruction:
  in = code[pc++];
  switch (in.op) {
#endif

  COIL_CASE(nop) { COIL_NEXT(); }
  COIL_CASE(load_const) {
    R[in.a] = K[in.b];
    COIL_NEXT();
  }
  COIL_CASE(load_small_int) {
    R[in.a] = value::from_small_int(static_cast<std::int16_t>(in.b));
    COIL_NEXT();
  }
  COIL_CASE(load_none) {
    R[in.a] = value::none();
    COIL_NEXT();
  }
  COIL_CASE(load_bool) {
    R[in.a] = value::from_bool(in.b != 0);
    COIL_NEXT();
  }
  COIL_CASE(move) {
    R[in.a] = R[in.b];
    COIL_NEXT();
  }
  COIL_CASE(check_bound) {
    if (R[in.a].is_unbound()) {
      f->pc = pc;
      raise_error(exception_type(exception_kind::unbound_local_error),
                  "cannot access local variable '" + std::string(str_view(K[in.b])) + "' where it is not associated with a value");
      goto unwind;
    }
    COIL_NEXT();
  }
  COIL_CASE(delete_fast) {
    if (R[in.a].is_unbound()) {
      f->pc = pc;
      raise_error(exception_type(exception_kind::unbound_local_error),
                  "cannot access local variable '" + std::string(str_view(K[in.b])) + "' where it is not associated with a value");
      goto unwind;
    }
    R[in.a] = value::unbound();
    COIL_NEXT();
  }
  COIL_CASE(load_global) {
    value v = globals_[in.b];
    if (v.is_unbound()) {
      v = builtin_for_global_[in.b];
      if (v.is_unbound()) {
        f->pc = pc;
        raise_name_error(f, program_.global_names[in.b]);
        goto unwind;
      }
    }
    R[in.a] = v;
    COIL_NEXT();
  }
  COIL_CASE(store_global) {
    globals_[in.a] = R[in.b];
    COIL_NEXT();
  }
  COIL_CASE(delete_global) {
    if (globals_[in.a].is_unbound()) {
      f->pc = pc;
      raise_name_error(f, program_.global_names[in.a]);
      goto unwind;
    }
    globals_[in.a] = value::unbound();
    COIL_NEXT();
  }
  COIL_CASE(load_deref) {
    const std::size_t base = f->code->register_count - f->code->cell_names.size();
    auto* cell = static_cast<runtime::cell_object*>(R[base + in.b].as_object());
    if (cell->contents.is_unbound()) {
      f->pc = pc;
      const bool is_free = in.b >= f->code->cell_names.size() - f->code->free_count;
      const std::string& name = f->code->cell_names[in.b];
      if (is_free)
        raise_error(exception_type(exception_kind::name_error),
                    "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
      else
        raise_error(exception_type(exception_kind::unbound_local_error),
                    "cannot access local variable '" + name + "' where it is not associated with a value");
      goto unwind;
    }
    R[in.a] = cell->contents;
    COIL_NEXT();
  }
  COIL_CASE(store_deref) {
    const std::size_t base = f->code->register_count - f->code->cell_names.size();
    static_cast<runtime::cell_object*>(R[base + in.a].as_object())->contents = R[in.b];
    COIL_NEXT();
  }
  COIL_CASE(delete_deref) {
    const std::size_t base = f->code->register_count - f->code->cell_names.size();
    auto* cell = static_cast<runtime::cell_object*>(R[base + in.a].as_object());
    if (cell->contents.is_unbound()) {
      f->pc = pc;
      raise_error(exception_type(exception_kind::unbound_local_error),
                  "cannot access local variable '" + f->code->cell_names[in.a] + "' where it is not associated with a value");
      goto unwind;
    }
    cell->contents = value::unbound();
    COIL_NEXT();
  }
  COIL_CASE(load_closure) {
    const std::size_t base = f->code->register_count - f->code->cell_names.size();
    R[in.a] = R[base + in.b];
    COIL_NEXT();
  }

#define COIL_ARITHMETIC(opname, operator_kind, small_expression, double_expression)       \
  COIL_CASE(opname) {                                                                   \
    value x = R[in.b], y = R[in.c];                                                     \
    if (both_small(x, y)) {                                                             \
      std::int64_t a = x.as_small_int(), b = y.as_small_int();                          \
      (void)a;                                                                          \
      (void)b;                                                                          \
      small_expression;                                                                 \
    }                                                                                   \
    if (both_double(x, y)) {                                                            \
      double a = x.as_double(), b = y.as_double();                                      \
      (void)a;                                                                          \
      (void)b;                                                                          \
      double_expression;                                                                \
    }                                                                                   \
    f->pc = pc;                                                                         \
    value r = binary(static_cast<std::size_t>(op::operator_kind), x, y);                \
    COIL_CHECK(r);                                                                      \
    R[in.a] = r;                                                                        \
    COIL_NEXT();                                                                        \
  }

  // Small ints are 48-bit, so sums and differences cannot overflow 64 bits.
  COIL_ARITHMETIC(add, add, { R[in.a] = make_int(a + b); COIL_NEXT(); },
                  { R[in.a] = value::from_double(a + b); COIL_NEXT(); })
  COIL_ARITHMETIC(subtract, sub, { R[in.a] = make_int(a - b); COIL_NEXT(); },
                  { R[in.a] = value::from_double(a - b); COIL_NEXT(); })
  COIL_ARITHMETIC(multiply, mult,
                  {
                    std::int64_t product;
                    if (!__builtin_mul_overflow(a, b, &product)) {
                      R[in.a] = make_int(product);
                      COIL_NEXT();
                    }
                  },
                  { R[in.a] = value::from_double(a * b); COIL_NEXT(); })
  COIL_ARITHMETIC(true_divide, div,
                  {
                    if (b != 0) {
                      R[in.a] = value::from_double(static_cast<double>(a) / static_cast<double>(b));
                      COIL_NEXT();
                    }
                  },
                  {
                    if (b != 0.0) {
                      R[in.a] = value::from_double(a / b);
                      COIL_NEXT();
                    }
                  })
  COIL_ARITHMETIC(floor_divide, floor_div,
                  {
                    if (b != 0) {
                      std::int64_t q = a / b;
                      if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
                      R[in.a] = make_int(q);
                      COIL_NEXT();
                    }
                  },
                  {})
  COIL_ARITHMETIC(modulo, mod,
                  {
                    if (b != 0) {
                      std::int64_t m = a % b;
                      if (m != 0 && ((m < 0) != (b < 0))) m += b;
                      R[in.a] = make_int(m);
                      COIL_NEXT();
                    }
                  },
                  {})
  COIL_ARITHMETIC(power, pow, {}, {})
  COIL_ARITHMETIC(matrix_multiply, mat_mult, {}, {})
  COIL_ARITHMETIC(left_shift, lshift, {}, {})
  COIL_ARITHMETIC(right_shift, rshift,
                  {
                    if (b >= 0) {
                      R[in.a] = make_int(b >= 63 ? (a < 0 ? -1 : 0) : (a >> b));
                      COIL_NEXT();
                    }
                  },
                  {})
  COIL_ARITHMETIC(bit_and, bit_and, { R[in.a] = make_int(a & b); COIL_NEXT(); }, {})
  COIL_ARITHMETIC(bit_or, bit_or, { R[in.a] = make_int(a | b); COIL_NEXT(); }, {})
  COIL_ARITHMETIC(bit_xor, bit_xor, { R[in.a] = make_int(a ^ b); COIL_NEXT(); }, {})
#undef COIL_ARITHMETIC

  COIL_CASE(inplace_binary) {
    value x = R[in.a], y = R[in.b];
    f->pc = pc;
    if (both_small(x, y) && in.c == static_cast<std::uint16_t>(op::add)) {
      R[in.a] = make_int(x.as_small_int() + y.as_small_int());
      COIL_NEXT();
    }
    auto* type = type_of(x);
    value r = value::not_implemented();
    if (auto slot = type->in_place[in.c]) r = slot(*this, x, y);
    if (r.is_not_implemented()) r = binary(in.c, x, y, true);
    COIL_CHECK(r);
    R[in.a] = r;
    COIL_NEXT();
  }

#define COIL_UNARY(opname, slot_name, text, small_expression, double_expression)                         \
  COIL_CASE(opname) {                                                                                  \
    value x = R[in.b];                                                                                 \
    if (x.is_small_int()) {                                                                            \
      std::int64_t a = x.as_small_int();                                                               \
      R[in.a] = small_expression;                                                                      \
      COIL_NEXT();                                                                                     \
    }                                                                                                  \
    if (x.is_double()) {                                                                               \
      double a = x.as_double();                                                                        \
      (void)a;                                                                                         \
      double_expression;                                                                               \
    }                                                                                                  \
    f->pc = pc;                                                                                        \
    auto* type = type_of(x);                                                                           \
    if (type->slot_name == nullptr) {                                                                  \
      raise_type_error(std::string("bad operand type for unary " text ": '") + std::string(type->name) + "'"); \
      goto unwind;                                                                                     \
    }                                                                                                  \
    value r = type->slot_name(*this, x);                                                               \
    COIL_CHECK(r);                                                                                     \
    R[in.a] = r;                                                                                       \
    COIL_NEXT();                                                                                       \
  }
  COIL_UNARY(negate, negative, "-", make_int(-a), { R[in.a] = value::from_double(-a); COIL_NEXT(); })
  COIL_UNARY(positive, positive, "+", x, { R[in.a] = x; COIL_NEXT(); })
  COIL_UNARY(invert, invert, "~", make_int(~a), {})
#undef COIL_UNARY

  COIL_CASE(logical_not) {
    value x = R[in.b];
    if (x.is_bool()) {
      R[in.a] = value::from_bool(!x.is_true());
      COIL_NEXT();
    }
    f->pc = pc;
    auto truth = truthy(x);
    if (!truth) goto unwind;
    R[in.a] = value::from_bool(!*truth);
    COIL_NEXT();
  }

#define COIL_COMPARISON(opname, compare_kind, cpp_operator)                      \
  COIL_CASE(opname) {                                                          \
    value x = R[in.b], y = R[in.c];                                            \
    if (both_small(x, y)) {                                                    \
      R[in.a] = value::from_bool(x.as_small_int() cpp_operator y.as_small_int()); \
      COIL_NEXT();                                                             \
    }                                                                          \
    if (both_double(x, y)) {                                                   \
      R[in.a] = value::from_bool(x.as_double() cpp_operator y.as_double());    \
      COIL_NEXT();                                                             \
    }                                                                          \
    f->pc = pc;                                                                \
    value r = compare(runtime::compare_operator::compare_kind, x, y);          \
    COIL_CHECK(r);                                                             \
    R[in.a] = r;                                                               \
    COIL_NEXT();                                                               \
  }
  COIL_COMPARISON(less, less, <)
  COIL_COMPARISON(less_equal, less_equal, <=)
  COIL_COMPARISON(equal, equal, ==)
  COIL_COMPARISON(not_equal, not_equal, !=)
  COIL_COMPARISON(greater, greater, >)
  COIL_COMPARISON(greater_equal, greater_equal, >=)
#undef COIL_COMPARISON

  COIL_CASE(is) {
    R[in.a] = value::from_bool(same(R[in.b], R[in.c]));
    COIL_NEXT();
  }
  COIL_CASE(is_not) {
    R[in.a] = value::from_bool(!same(R[in.b], R[in.c]));
    COIL_NEXT();
  }
  COIL_CASE(contains)
  COIL_CASE(not_contains) {
    value item = R[in.b], container = R[in.c];
    f->pc = pc;
    auto* type = type_of(container);
    value r;
    if (type->contains != nullptr) {
      r = type->contains(*this, container, item);
    } else if (type->iter != nullptr) {
      value iterator = get_iterator(container);
      COIL_CHECK(iterator);
      r = value::from_bool(false);
      for (;;) {
        value candidate = next(iterator);
        COIL_CHECK(candidate);
        if (candidate.is_unbound()) break;
        auto equal = equals(candidate, item);
        if (!equal) goto unwind;
        if (*equal) {
          r = value::from_bool(true);
          break;
        }
      }
    } else {
      raise_type_error("argument of type '" + std::string(type->name) + "' is not iterable");
      goto unwind;
    }
    COIL_CHECK(r);
    R[in.a] = in.op == opcode::contains ? r : value::from_bool(!r.is_true());
    COIL_NEXT();
  }

  COIL_CASE(jump) {
    const std::int16_t offset = jump_offset(in.a);
    if (offset < 0) COIL_SAFE_POINT();  // before jumping: a limit error points at this line
    pc += offset;
    if (offset < 0) COIL_PREEMPTION_POINT();
    COIL_NEXT();
  }
  COIL_CASE(jump_if_true)
  COIL_CASE(jump_if_false) {
    value x = R[in.a];
    bool truth;
    if (x.is_bool()) {
      truth = x.is_true();
    } else {
      f->pc = pc;
      auto t = truthy(x);
      if (!t) goto unwind;
      truth = *t;
    }
    if (truth == (in.op == opcode::jump_if_true)) {
      const std::int16_t offset = jump_offset(in.b);
      if (offset < 0) COIL_SAFE_POINT();
      pc += offset;
      if (offset < 0) COIL_PREEMPTION_POINT();
    }
    COIL_NEXT();
  }
  COIL_CASE(jump_if_not_none) {
    if (!R[in.a].is_none()) pc += jump_offset(in.b);
    COIL_NEXT();
  }

  COIL_CASE(get_attr) {
    f->pc = pc;
    value r = get_attribute(R[in.b], K[in.c]);
    COIL_CHECK(r);
    R[in.a] = r;
    COIL_NEXT();
  }
  COIL_CASE(get_item) {
    value container = R[in.b], key = R[in.c];
    if (container.is_object() && container.as_object()->type == &runtime::list_type && key.is_small_int()) {
      auto& items = static_cast<runtime::list_object*>(container.as_object())->items;
      std::int64_t i = key.as_small_int();
      if (i < 0) i += static_cast<std::int64_t>(items.size());
      if (i >= 0 && i < static_cast<std::int64_t>(items.size())) {
        R[in.a] = items[static_cast<std::size_t>(i)];
        COIL_NEXT();
      }
    }
    f->pc = pc;
    auto* type = type_of(container);
    if (type->get_item == nullptr) {
      raise_type_error("'" + std::string(type->name) + "' object is not subscriptable");
      goto unwind;
    }
    value r = type->get_item(*this, container, key);
    COIL_CHECK(r);
    R[in.a] = r;
    COIL_NEXT();
  }
  COIL_CASE(set_item) {
    value container = R[in.a];
    f->pc = pc;
    auto* type = type_of(container);
    if (type->set_item == nullptr) {
      raise_type_error("'" + std::string(type->name) + "' object does not support item assignment");
      goto unwind;
    }
    value r = type->set_item(*this, container, R[in.b], R[in.c]);
    COIL_CHECK(r);
    COIL_NEXT();
  }
  COIL_CASE(delete_item) {
    value container = R[in.a];
    f->pc = pc;
    auto* type = type_of(container);
    if (type->delete_item == nullptr) {
      // CPython words it differently for an int key of a sequence (del t[0]) and everything else (del t[1:]).
      const value key = R[in.b];
      const bool index = type->get_item != nullptr && (key.is_small_int() || key.is_bool() || type_of(key) == &runtime::int_type);
      raise_type_error("'" + std::string(type->name) + (index ? "' object doesn't support item deletion" : "' object does not support item deletion"));
      goto unwind;
    }
    value r = type->delete_item(*this, container, R[in.b]);
    COIL_CHECK(r);
    COIL_NEXT();
  }

  COIL_CASE(build_slice) {
    R[in.a] = runtime::slice_detail::make_slice(*this, R[in.b], R[in.b + 1], in.c == 3 ? R[in.b + 2] : value::none());
    COIL_NEXT();
  }

  COIL_CASE(build_list) {
    auto* list = new_list();
    list->items.assign(R + in.b, R + in.b + in.c);
    R[in.a] = value::from_object(list);
    COIL_NEXT();
  }
  COIL_CASE(build_tuple) {
    R[in.a] = make_tuple(std::span<const value>(R + in.b, in.c));
    COIL_NEXT();
  }
  COIL_CASE(build_string) {
    {
      std::string joined;  // scoped: it must be destroyed before the computed goto
      for (std::uint16_t i = 0; i < in.c; ++i) joined += str_view(R[in.b + i]);
      R[in.a] = make_str(joined);
    }
    COIL_NEXT();
  }
  COIL_CASE(format_value) {
    f->pc = pc;
    value r = runtime::format_field(*this, R[in.b], in.c & 3, (in.c & 4) != 0 ? R[in.b + 1] : value::unbound());
    COIL_CHECK(r);
    R[in.a] = r;
    COIL_NEXT();
  }
  COIL_CASE(build_dict) {
    f->pc = pc;
    auto* d = runtime::dict_detail::new_dict(*this);
    R[in.a] = value::from_object(d);
    for (std::uint16_t i = 0; i < in.c; ++i)
      if (!runtime::dict_detail::store(*this, d, R[in.b + 2 * i], R[in.b + 2 * i + 1])) goto unwind;
    COIL_NEXT();
  }
  COIL_CASE(dict_set) {
    f->pc = pc;
    if (!runtime::dict_detail::store(*this, runtime::dict_detail::as_dict(R[in.a]), R[in.b], R[in.c])) goto unwind;
    COIL_NEXT();
  }
  COIL_CASE(dict_update) {
    f->pc = pc;
    if (!runtime::dict_detail::is_dict(R[in.b])) {
      raise_type_error("'" + std::string(type_of(R[in.b])->name) + "' object is not a mapping");
      goto unwind;
    }
    if (!runtime::dict_detail::update_from(*this, runtime::dict_detail::as_dict(R[in.a]), R[in.b])) goto unwind;
    COIL_NEXT();
  }
  COIL_CASE(dict_merge) {
    // f(**m): like dict_update, but a repeated keyword is an error naming the function.
    f->pc = pc;
    value source = R[in.b];
    if (!runtime::dict_detail::is_dict(source)) {
      raise_type_error(std::string(runtime::callable_detail::callable_name(*this, R[in.c])) +
                       " argument after ** must be a mapping, not " + std::string(type_of(source)->name));
      goto unwind;
    }
    auto* target = runtime::dict_detail::as_dict(R[in.a]);
    auto* from = runtime::dict_detail::as_dict(source);
    for (std::size_t i = 0; i < from->table.end_index(); ++i) {
      if (!from->table.is_live(i)) continue;
      const runtime::table_entry entry = from->table.entry(i);
      if (type_of(entry.key) != &runtime::str_type) {
        raise_type_error("keywords must be strings");
        goto unwind;
      }
      value existing = runtime::dict_detail::lookup(*this, target, entry.key);
      COIL_CHECK(existing);
      if (!existing.is_unbound()) {
        raise_type_error(std::string(runtime::callable_detail::callable_name(*this, R[in.c])) + " got multiple values for keyword argument '" +
                         std::string(str_view(entry.key)) + "'");
        goto unwind;
      }
      if (!runtime::dict_detail::store(*this, target, entry.key, entry.value)) goto unwind;
    }
    COIL_NEXT();
  }
  COIL_CASE(build_set) {
    f->pc = pc;
    value made = runtime::build_set(*this, std::span<const value>(R + in.b, in.c));
    COIL_CHECK(made);
    R[in.a] = made;
    COIL_NEXT();
  }
  COIL_CASE(set_add) {
    f->pc = pc;
    COIL_CHECK(runtime::set_add(*this, R[in.a], R[in.b]));
    COIL_NEXT();
  }
  COIL_CASE(set_update) {
    f->pc = pc;
    COIL_CHECK(runtime::set_update(*this, R[in.a], R[in.b], in.c));
    COIL_NEXT();
  }
  COIL_CASE(list_append) {
    static_cast<runtime::list_object*>(R[in.a].as_object())->items.push_back(R[in.b]);
    COIL_NEXT();
  }
  COIL_CASE(list_extend) {
    f->pc = pc;
    if (in.c != 0 && type_of(R[in.b])->iter == nullptr) {
      const std::string what = in.c == 2 && in.a > 0 ? std::string(runtime::callable_detail::callable_name(*this, R[in.a - 1])) + " argument"
                                         : std::string("Value");
      raise_type_error(what + " after * must be an iterable, not " + std::string(type_of(R[in.b])->name));
      goto unwind;
    }
    value r = runtime::sequence_detail::list_in_place_add(*this, R[in.a], R[in.b]);
    COIL_CHECK(r);
    COIL_NEXT();
  }
  COIL_CASE(list_to_tuple) {
    auto& items = static_cast<runtime::list_object*>(R[in.b].as_object())->items;
    R[in.a] = make_tuple(std::span<const value>(items.data(), items.size()));
    COIL_NEXT();
  }
  COIL_CASE(unpack_sequence) {
    // The items go straight into the target registers (fresh temporaries), which keeps them
    // reachable while an iterator runs Python code. No C++ object with a destructor may still be
    // alive at COIL_NEXT: its computed goto does not run destructors.
    value source = R[in.b];
    f->pc = pc;
    auto* type = type_of(source);
    std::size_t got = 0;
    bool too_many = false;
    if (type == &runtime::tuple_type || type == &runtime::list_type) {
      auto items = runtime::sequence_detail::items_of(source);
      got = items.size();
      too_many = got > in.c;
      if (got == in.c)
        for (std::uint16_t i = 0; i < in.c; ++i) R[in.a + i] = items[i];
    } else if (type->iter == nullptr) {
      raise_type_error("cannot unpack non-iterable " + std::string(type->name) + " object");
      goto unwind;
    } else {
      value iterator = get_iterator(source);
      COIL_CHECK(iterator);
      auto keep = root(iterator);  // left by a plain goto or the block's end: the guard is destroyed
      for (;;) {
        value item = next(iterator);
        COIL_CHECK(item);
        if (item.is_unbound()) break;
        if (got == in.c) {
          too_many = true;
          break;
        }
        R[in.a + got++] = item;
      }
    }
    if (too_many) {
      raise_value_error("too many values to unpack (expected " + std::to_string(in.c) + ")");
      goto unwind;
    }
    if (got < in.c) {
      raise_value_error("not enough values to unpack (expected " + std::to_string(in.c) + ", got " + std::to_string(got) + ")");
      goto unwind;
    }
    COIL_NEXT();
  }

  COIL_CASE(unpack_starred) {
    // a, *b, c = x: R[a..] gets `before` items, the list of the middle ones, then `after` items.
    f->pc = pc;
    const std::size_t before = in.c & 0xFF, after = in.c >> 8;
    value source = R[in.b];
    auto* middle = new_list();
    std::span<const value> items;
    auto* type = type_of(source);
    if (type == &runtime::tuple_type || type == &runtime::list_type) {
      items = runtime::sequence_detail::items_of(source);
    } else {
      if (type->iter == nullptr) {
        raise_type_error("cannot unpack non-iterable " + std::string(type->name) + " object");
        goto unwind;
      }
      R[in.a + before] = value::from_object(middle);  // keeps the items reachable while Python code runs
      if (!runtime::sequence_detail::extend_from(*this, middle, source)) goto unwind;
      items = {middle->items.data(), middle->items.size()};
    }
    if (items.size() < before + after) {
      raise_value_error("not enough values to unpack (expected at least " + std::to_string(before + after) + ", got " +
                        std::to_string(items.size()) + ")");
      goto unwind;
    }
    const std::size_t size = items.size();
    for (std::size_t i = 0; i < before; ++i) R[in.a + i] = items[i];
    for (std::size_t i = 0; i < after; ++i) R[in.a + before + 1 + i] = items[size - after + i];
    if (items.data() == middle->items.data()) {
      middle->items.erase(middle->items.end() - static_cast<std::ptrdiff_t>(after), middle->items.end());
      middle->items.erase(middle->items.begin(), middle->items.begin() + static_cast<std::ptrdiff_t>(before));
    } else {
      middle->items.assign(items.begin() + static_cast<std::ptrdiff_t>(before), items.end() - static_cast<std::ptrdiff_t>(after));
    }
    R[in.a + before] = value::from_object(middle);
    COIL_NEXT();
  }

  COIL_CASE(get_iter) {
    f->pc = pc;
    value r = get_iterator(R[in.b]);
    COIL_CHECK(r);
    R[in.a] = r;
    COIL_NEXT();
  }
  COIL_CASE(for_iter) {
    value iterator = R[in.b];
    auto* type = iterator.as_object()->type;
    value item;
    if (type == &runtime::generator_type) {
      // Run the generator in this loop: its yields come back as items, its end leaves the loop.
      auto* g = static_cast<runtime::generator_object*>(iterator.as_object());
      const std::uint32_t exit = pc + jump_offset(in.c);
      if (g->state == runtime::generator_state::finished) {
        pc = exit;
        COIL_NEXT();
      }
      f->pc = pc;
      if (g->state == runtime::generator_state::running) {
        raise_value_error("generator already executing");
        goto unwind;
      }
      if (call_depth() >= limits_.max_recursion_depth) {
        raise_error(exception_type(exception_kind::recursion_error), "maximum recursion depth exceeded");
        goto unwind;
      }
      COIL_SAFE_POINT();
      if (g->state == runtime::generator_state::suspended) g->frame->registers()[g->send_register] = value::none();
      g->state = runtime::generator_state::running;
      g->enter(handled_);
      g->resumer = runtime::resumer_kind::for_iter;
      g->result_register = in.a;
      g->exit_target = exit;
      g->frame->caller = f;
      ++linked_generators_;
      current_ = g->frame;
      f = g->frame;
      COIL_LOAD_FRAME();
      COIL_NEXT();
    }
    if (type == &runtime::range_iterator_type) {
      auto* it = static_cast<runtime::range_iterator_object*>(iterator.as_object());
      if (it->remaining <= 0) {
        item = value::unbound();
      } else {
        --it->remaining;
        item = make_int(it->next);
        it->next += it->step;
      }
    } else {
      f->pc = pc;
      item = type->next(*this, iterator);
      COIL_CHECK(item);
    }
    if (item.is_unbound()) {
      pc += jump_offset(in.c);
    } else {
      R[in.a] = item;
    }
    COIL_SAFE_POINT();
    COIL_PREEMPTION_POINT();
    COIL_NEXT();
  }

  COIL_CASE(call) {
    value callee = R[in.a];
    f->pc = pc;
    COIL_SAFE_POINT();
    if (callee.is_object() && callee.as_object()->type == &runtime::function_type) {
      auto* function = static_cast<runtime::function_object*>(callee.as_object());
      const code_object* callee_code = function->code;
      // The common case, a plain function called with exactly its positional parameters.
      if (in.c == callee_code->positional_count && callee_code->keyword_only_count == 0 &&
          static_cast<std::uint16_t>(callee_code->flags) == 0 && callee_code->cell_names.empty() &&
          call_depth() < limits_.max_recursion_depth) {
        frame* callee_frame = push_frame(callee_code, function);
        value* registers = callee_frame->registers();
        for (std::uint16_t i = 0; i < in.c; ++i) registers[i] = R[in.a + 1 + i];
        callee_frame->return_register = in.a;
        f = callee_frame;
        COIL_LOAD_FRAME();
        COIL_PREEMPTION_POINT();
        COIL_NEXT();
      }
      value result;
      frame* callee_frame = begin_call(function, runtime::call_arguments{{R + in.a + 1, in.c}, {}, {}}, result);
      if (callee_frame != nullptr) {
        callee_frame->return_register = in.a;
        f = callee_frame;
        COIL_LOAD_FRAME();
        COIL_PREEMPTION_POINT();
        COIL_NEXT();
      }
      COIL_CHECK(result);
      R[in.a] = result;
      COIL_NEXT();
    }
    value r = call(callee, std::span<const value>(R + in.a + 1, in.c));
    COIL_CHECK(r);
    R[in.a] = r;
    COIL_NEXT();
  }
  COIL_CASE(get_method) {
    value object = R[in.b];
    f->pc = pc;
    const std::string_view wanted = str_view(K[in.c]);
    for (auto* t = type_of(object); t != nullptr; t = t->base) {
      for (runtime::native_function_object* method : t->methods) {
        if (method->name == wanted && !method->is_static) {
          R[in.a] = value::from_object(method);
          COIL_NEXT();
        }
      }
    }
    value r = get_attribute(object, K[in.c]);
    COIL_CHECK(r);
    R[in.a] = r;
    R[in.b] = value::unbound();
    COIL_NEXT();
  }
  COIL_CASE(call_method) {
    value callee = R[in.a];
    const bool has_self = !R[in.a + 1].is_unbound();
    const value* first = has_self ? R + in.a + 1 : R + in.a + 2;
    const std::uint16_t count = has_self ? in.c + 1 : in.c;
    f->pc = pc;
    COIL_SAFE_POINT();
    // A method reached through its type (set.add(x, 1)) must still check what x is: only a bound
    // call (has_self) skips the general path's check.
    if (callee.is_object() && callee.as_object()->type == &runtime::builtin_function_type &&
        (has_self || static_cast<runtime::native_function_object*>(callee.as_object())->self_type == nullptr)) {
      value r = static_cast<runtime::native_function_object*>(callee.as_object())->function(*this, runtime::call_arguments{{first, count}, {}, {}});
      COIL_CHECK(r);
      R[in.a] = r;
      COIL_NEXT();
    }
    if (callee.is_object() && callee.as_object()->type == &runtime::function_type) {
      value result;
      frame* callee_frame = begin_call(static_cast<runtime::function_object*>(callee.as_object()), runtime::call_arguments{{first, count}, {}, {}}, result);
      if (callee_frame != nullptr) {
        callee_frame->return_register = in.a;
        f = callee_frame;
        COIL_LOAD_FRAME();
        COIL_PREEMPTION_POINT();
        COIL_NEXT();
      }
      COIL_CHECK(result);
      R[in.a] = result;
      COIL_NEXT();
    }
    value r = call(callee, std::span<const value>(first, count));
    COIL_CHECK(r);
    R[in.a] = r;
    COIL_NEXT();
  }
  COIL_CASE(call_keywords) {
    value callee = R[in.a];
    f->pc = pc;
    COIL_SAFE_POINT();
    auto* names = static_cast<runtime::tuple_object*>(K[in.b].as_object());
    runtime::call_arguments args{{R + in.a + 1, in.c}, {R + in.a + 1 + in.c, names->size}, names->span()};
    if (callee.is_object() && callee.as_object()->type == &runtime::function_type) {
      value result;
      frame* callee_frame = begin_call(static_cast<runtime::function_object*>(callee.as_object()), args, result);
      if (callee_frame != nullptr) {
        callee_frame->return_register = in.a;
        f = callee_frame;
        COIL_LOAD_FRAME();
        COIL_PREEMPTION_POINT();
        COIL_NEXT();
      }
      COIL_CHECK(result);
      R[in.a] = result;
      COIL_NEXT();
    }
    value r = call(callee, args);
    COIL_CHECK(r);
    R[in.a] = r;
    COIL_NEXT();
  }
  COIL_CASE(call_unpacked) {
    // R[a] = R[b](*R[c], **R[c+1]): R[c] is a tuple, R[c+1] a dict or None.
    f->pc = pc;
    COIL_SAFE_POINT();
    value outcome;
    frame* callee_frame = nullptr;
    {
      // Scoped: the keyword vectors must be destroyed before the computed goto.
      value callee = R[in.b];
      auto positional = runtime::sequence_detail::items_of(R[in.c]);
      std::vector<value> keyword_names, keyword_values;
      if (!R[in.c + 1].is_none()) {
        auto* d = runtime::dict_detail::as_dict(R[in.c + 1]);
        for (std::size_t i = 0; i < d->table.end_index(); ++i) {
          if (!d->table.is_live(i)) continue;
          keyword_names.push_back(d->table.entry(i).key);
          keyword_values.push_back(d->table.entry(i).value);
        }
      }
      runtime::call_arguments args{positional, keyword_values, keyword_names};
      if (callee.is_object() && callee.as_object()->type == &runtime::function_type)
        callee_frame = begin_call(static_cast<runtime::function_object*>(callee.as_object()), args, outcome);
      else
        outcome = call(callee, args);
    }
    if (callee_frame != nullptr) {
      callee_frame->return_register = in.a;
      f = callee_frame;
      COIL_LOAD_FRAME();
      COIL_PREEMPTION_POINT();
      COIL_NEXT();
    }
    COIL_CHECK(outcome);
    R[in.a] = outcome;
    COIL_NEXT();
  }
  COIL_CASE(return_value) {
    value result = R[in.a];
    if (f->generator != nullptr) {
      // A generator finished: its resumer gets the return value (native, yield from) or leaves
      // its for loop.
      auto* g = f->generator;
      frame* resumer = f->caller;
      const auto kind = g->resumer;
      const std::uint16_t target = g->result_register;
      const std::uint32_t exit = g->exit_target;
      const bool was_entry = f == entry;
      g->state = runtime::generator_state::finished;
      g->leave(handled_, false);
      --linked_generators_;
      current_ = resumer;
      g->release_frame();
      if (was_entry) {
        last_yielded_ = false;
        return result;
      }
      f = resumer;
      COIL_LOAD_FRAME();
      if (kind == runtime::resumer_kind::for_iter) pc = exit;
      else R[target] = result;
      COIL_NEXT();
    }
    if (f == entry) {
      current_ = f->caller;
      frames_.pop();
      return result;
    }
    frame* caller = f->caller;
    const std::uint16_t target = f->return_register;
    current_ = caller;
    frames_.pop();
    f = caller;
    COIL_LOAD_FRAME();
    R[target] = result;
    COIL_NEXT();
  }
  COIL_CASE(yield_value) {
    yielded = R[in.b];
    f->generator->send_register = in.a;
    f->generator->delegating = false;
    f->pc = pc;
    goto deliver_yield;
  }
  COIL_CASE(yield_from) {
    // Send R[a] into the iterator R[b]: a value it yields is yielded by this generator too (which
    // then resumes here, at this same instruction); when it finishes, R[a] is its return value.
    value inner = R[in.b];
    f->pc = pc;
    runtime::type_object* inner_type = type_of(inner);
    if (runtime::is_subtype(inner_type, &runtime::future_type) || runtime::is_native_coroutine_type(inner_type)) {
      // `await` on a future: its outcome once done; until then the future itself goes up to the
      // task, which resumes this frame at this same instruction when the future is done. A
      // native coroutine is stepped the same way: what it yields goes up to the task.
      bool must_wait = false;
      value r;
      if (runtime::is_native_coroutine_type(inner_type)) {
        r = step_native_coroutine(inner, value::none(), must_wait);
      } else {
        auto* future = static_cast<runtime::future_object*>(inner.as_object());
        must_wait = !future->done();
        r = must_wait ? inner : future_outcome(future);
      }
      COIL_CHECK(r);
      if (!must_wait) {
        R[in.a] = r;
        COIL_NEXT();
      }
      if (f->generator == nullptr) {
        raise_error(exception_type(exception_kind::runtime_error), "coil: await outside a coroutine frame");
        goto unwind;
      }
      yielded = r;
      f->generator->send_register = in.a;
      f->generator->delegating = true;
      f->pc = pc - 1;
      goto deliver_yield;
    }
    if (inner_type == &runtime::generator_type || inner_type == &runtime::coroutine_type) {
      auto* g = static_cast<runtime::generator_object*>(inner.as_object());
      if (g->state == runtime::generator_state::running) {
        raise_value_error("generator already executing");
        goto unwind;
      }
      if (g->state == runtime::generator_state::finished) {
        R[in.a] = value::none();
        COIL_NEXT();
      }
      if (g->state == runtime::generator_state::created && !R[in.a].is_none()) {
        raise_type_error("can't send non-None value to a just-started generator");
        goto unwind;
      }
      if (call_depth() >= limits_.max_recursion_depth) {
        raise_error(exception_type(exception_kind::recursion_error), "maximum recursion depth exceeded");
        goto unwind;
      }
      if (g->state == runtime::generator_state::suspended) g->frame->registers()[g->send_register] = R[in.a];
      g->state = runtime::generator_state::running;
      g->enter(handled_);
      g->resumer = runtime::resumer_kind::delegate;
      g->result_register = in.a;
      g->frame->caller = f;
      ++linked_generators_;
      current_ = g->frame;
      f = g->frame;
      COIL_LOAD_FRAME();
      COIL_NEXT();
    }
    if (!R[in.a].is_none()) {
      raise_error(exception_type(exception_kind::attribute_error),
                  "'" + std::string(type_of(inner)->name) + "' object has no attribute 'send'");
      goto unwind;
    }
    value item = next(inner);
    COIL_CHECK(item);
    if (item.is_unbound()) {
      R[in.a] = value::none();
      COIL_NEXT();
    }
    yielded = item;
    f->generator->send_register = in.a;
    f->generator->delegating = true;
    f->pc = pc - 1;
    goto deliver_yield;
  }
  COIL_CASE(make_function) {
    auto* function = heap_.make<runtime::function_object>(&runtime::function_type);
    function->code = static_cast<const code_object*>(K[in.b].as_object());
    function->name = make_str(function->code->name);
    function->qualname = make_str(function->code->qualname);
    if ((in.c & 1) != 0) function->defaults = R[in.a + 1];
    if ((in.c & 2) != 0) function->keyword_defaults = R[in.a + 2];
    if ((in.c & 4) != 0) function->closure = R[in.a + 3];
    R[in.a] = value::from_object(function);
    COIL_NEXT();
  }

  COIL_CASE(raise) {
    f->pc = pc;
    if (in.c == 0) {
      if (handled_.is_none()) {
        raise_error(exception_type(exception_kind::runtime_error), "No active exception to reraise");
        goto unwind;
      }
      pending_ = handled_;
      skip_traceback = true;
      goto unwind;
    }
    auto instantiate = [&](value v) -> value {
      auto* type = type_of(v);
      if (type == &runtime::type_type) {
        auto* cls = static_cast<runtime::type_object*>(v.as_object());
        if (!runtime::is_subtype(cls, exception_type(exception_kind::base_exception)))
          return raise_type_error("exceptions must derive from BaseException");
        return call(v, std::span<const value>{});
      }
      if (!runtime::is_subtype(type, exception_type(exception_kind::base_exception)))
        return raise_type_error("exceptions must derive from BaseException");
      return v;
    };
    value exception = instantiate(R[in.a]);
    COIL_CHECK(exception);
    if ((in.c & 2) != 0) {
      value cause = R[in.b];
      if (!cause.is_none()) {
        cause = instantiate(cause);
        if (cause.is_raised()) {
          if (type_of(pending_) == exception_type(exception_kind::type_error)) {
            raise_type_error("exception causes must derive from BaseException");
          }
          goto unwind;
        }
      }
      auto* e = static_cast<runtime::exception_object*>(exception.as_object());
      e->cause = cause;
      e->suppress_context = true;
    }
    raise_exception(exception);
    goto unwind;
  }
  COIL_CASE(reraise) {
    f->pc = pc;
    pending_ = R[in.a];
    skip_traceback = true;
    goto unwind;
  }
  COIL_CASE(push_exception) {
    R[in.a] = handled_;
    handled_ = R[in.b];
    COIL_NEXT();
  }
  COIL_CASE(pop_exception) {
    handled_ = R[in.a];
    COIL_NEXT();
  }
  COIL_CASE(match_exception) {
    f->pc = pc;
    auto* type = type_of(R[in.b]);
    value classes = R[in.c];
    auto matches = [&](value cls, bool& ok) {
      if (type_of(cls) != &runtime::type_type ||
          !runtime::is_subtype(static_cast<runtime::type_object*>(cls.as_object()), exception_type(exception_kind::base_exception))) {
        ok = false;
        return false;
      }
      return runtime::is_subtype(type, static_cast<runtime::type_object*>(cls.as_object()));
    };
    bool ok = true;
    bool result = false;
    if (type_of(classes) == &runtime::tuple_type) {
      for (value cls : static_cast<runtime::tuple_object*>(classes.as_object())->span())
        if (matches(cls, ok) || !ok) {
          result = ok;
          break;
        }
    } else {
      result = matches(classes, ok);
    }
    if (!ok) {
      raise_type_error("catching classes that do not inherit from BaseException is not allowed");
      goto unwind;
    }
    R[in.a] = value::from_bool(result);
    COIL_NEXT();
  }
  COIL_CASE(assert_failed) {
    f->pc = pc;
    if (in.b == 1) {
      raise_error(exception_type(exception_kind::assertion_error), "");
    } else {
      value message = R[in.a];
      value exception = call(value::from_object(exception_type(exception_kind::assertion_error)), std::span<const value>(&message, 1));
      COIL_CHECK(exception);
      raise_exception(exception);
    }
    goto unwind;
  }

  COIL_CASE(import_name) {
    f->pc = pc;
    value module = modules::import_module(*this, str_view(K[in.b]));
    COIL_CHECK(module);
    R[in.a] = module;
    COIL_NEXT();
  }
  COIL_CASE(import_from) {
    f->pc = pc;
    value member = get_attribute(R[in.b], K[in.c]);
    if (member.is_raised() && runtime::is_subtype(type_of(pending_), exception_type(exception_kind::attribute_error))) {
      take_pending_exception();
      auto* m = static_cast<runtime::module_object*>(R[in.b].as_object());
      std::string message = "cannot import name '" + std::string(str_view(K[in.c])) + "' from '" +
                            std::string(str_view(m->name)) + "' (unknown location)";
      raise_error(exception_type(exception_kind::import_error), message);
      goto unwind;
    }
    COIL_CHECK(member);
    R[in.a] = member;
    COIL_NEXT();
  }
  COIL_CASE(get_awaitable) {
    value awaited = R[in.b];
    f->pc = pc;
    runtime::type_object* type = type_of(awaited);
    if (type == &runtime::coroutine_type) {
      auto* g = static_cast<runtime::generator_object*>(awaited.as_object());
      if (g->state == runtime::generator_state::finished) {
        raise_error(exception_type(exception_kind::runtime_error), "cannot reuse already awaited coroutine");
        goto unwind;
      }
      if (g->awaited || g->state != runtime::generator_state::created) {
        raise_error(exception_type(exception_kind::runtime_error), "coroutine is being awaited already");
        goto unwind;
      }
      g->awaited = true;
    } else if (runtime::is_native_coroutine_type(type)) {
      auto* c = static_cast<runtime::native_coroutine_object*>(awaited.as_object());
      if (c->stage == runtime::native_coroutine_object::finished) {
        raise_error(exception_type(exception_kind::runtime_error), runtime::awaitable_reuse_message(type));
        goto unwind;
      }
      if (c->awaited || c->stage != 0) {
        raise_error(exception_type(exception_kind::runtime_error), "coroutine is being awaited already");
        goto unwind;
      }
      c->awaited = true;
    } else if (!runtime::is_subtype(type, &runtime::future_type)) {
      raise_type_error("object " + std::string(type->name) + " can't be used in 'await' expression");
      goto unwind;
    }
    R[in.a] = awaited;
    COIL_NEXT();
  }
  COIL_CASE(get_aiter) {
    f->pc = pc;
    value r = runtime::async_iterator_of(*this, R[in.b], true);
    COIL_CHECK(r);
    R[in.a] = r;
    COIL_NEXT();
  }
  COIL_CASE(get_anext) {
    f->pc = pc;
    value r = runtime::async_next_of(*this, R[in.b], value::unbound(), true);
    COIL_CHECK(r);
    R[in.a] = r;
    COIL_NEXT();
  }
  COIL_CASE(release_iterator) {
    f->pc = pc;
    value iterator = R[in.a];
    R[in.a] = value::none();
    release_iterator(iterator);
    if (terminated_ != termination::none) goto unwind;
    COIL_NEXT();
  }
  COIL_CASE(end_async_for) {
    if (runtime::is_subtype(type_of(R[in.a]), exception_type(exception_kind::stop_async_iteration))) COIL_NEXT();
    f->pc = pc;
    pending_ = R[in.a];
    skip_traceback = true;
    goto unwind;
  }
  COIL_CASE(before_with) {
    f->pc = pc;
    value r = enter_context(R[in.b], in.c != 0, R[in.a], R[in.a + 1]);
    COIL_CHECK(r);
    COIL_NEXT();
  }
  COIL_CASE(exception_type_of) {
    R[in.a] = value::from_object(type_of(R[in.b]));
    COIL_NEXT();
  }
  COIL_CASE(match_exception_star) {
    f->pc = pc;
    value match;
    value rest = exception_groups::match_star(*this, R[in.b], R[in.c], match);
    COIL_CHECK(rest);
    R[in.a] = match;
    R[in.b] = rest;
    if (!match.is_none()) handled_ = match;
    COIL_NEXT();
  }
  COIL_CASE(prepare_reraise_star) {
    f->pc = pc;
    value outcome = exception_groups::prepare_reraise(*this, R[in.b], R[in.c]);
    COIL_CHECK(outcome);
    R[in.a] = outcome;
    COIL_NEXT();
  }
  // Not emitted by the compiler yet: each is reached only through a compiler bug.
  COIL_CASE(set_attr)
  COIL_CASE(delete_attr)
  COIL_CASE(return_generator) {
    f->pc = pc;
    raise_error(exception_type(exception_kind::system_error),
                "coil: instruction '" + std::string(opcode_names[static_cast<std::size_t>(in.op)]) + "' is not implemented");
    goto unwind;
  }

#if !COIL_USE_COMPUTED_GOTO
  }
#endif

unwind:
  if (suspend_requested_) {
    // asyncio.run() called straight from a call instruction: the frames up to the root wait,
    // suspended, for its main task; finish_main_task resumes them with its outcome.
    suspend_requested_ = false;
    const bool is_call = in.op == opcode::call || in.op == opcode::call_method || in.op == opcode::call_keywords || in.op == opcode::call_unpacked;
    const value callee = in.op == opcode::call_unpacked ? R[in.b] : R[in.a];
    const bool calls_run = is_call && callee.is_object() && callee.as_object()->type == &runtime::builtin_function_type &&
                           static_cast<runtime::native_function_object*>(callee.as_object())->owner == "asyncio" &&
                           static_cast<runtime::native_function_object*>(callee.as_object())->name == "run";
    if (calls_run && root_entry_ != nullptr && entry == root_entry_ && pending_.is_none()) {
      root_top_ = f;
      root_result_register_ = in.a;
      return value::raised();
    }
    loop_ = event_loop{};
    raise_error(exception_type(exception_kind::runtime_error), "coil runs asyncio.run() only when the script calls it directly, not through a builtin");
  }
  // f->pc is the instruction after the failing one. Find a handler here or in a caller.
  for (;;) {
    if (!skip_traceback && pending_.is_object()) {
      auto* e = static_cast<runtime::exception_object*>(pending_.as_object());
      e->traceback.push_back(runtime::traceback_entry{f->code, f->current_instruction()});
    }
    skip_traceback = false;
    if (terminated_ == termination::none) {
      if (const exception_range* handler = find_handler(f->code, f->current_instruction())) {
        R = f->registers();
        R[handler->exception_register] = take_pending_exception();
        f->pc = handler->handler;
        COIL_LOAD_FRAME();
        COIL_NEXT();
      }
    }
    if (f->generator != nullptr) {
      // The exception ends the generator; StopIteration may not escape one (PEP 479).
      auto* g = f->generator;
      frame* resumer = f->caller;
      const bool was_entry = f == entry;
      g->state = runtime::generator_state::finished;
      g->leave(handled_, false);
      --linked_generators_;
      current_ = resumer;
      g->release_frame();
      const bool is_async = g->type == &runtime::async_generator_type;
      const bool stop_iteration = runtime::is_subtype(type_of(pending_), exception_type(exception_kind::stop_iteration));
      const bool stop_async = is_async && runtime::is_subtype(type_of(pending_), exception_type(exception_kind::stop_async_iteration));
      if ((stop_iteration || stop_async) && terminated_ == termination::none) {
        value cause = take_pending_exception();
        raise_error(exception_type(exception_kind::runtime_error),
                    !is_async ? "generator raised StopIteration"
                    : stop_async ? "async generator raised StopAsyncIteration" : "async generator raised StopIteration");
        auto* e = static_cast<runtime::exception_object*>(pending_.as_object());
        e->cause = cause;
        e->suppress_context = true;
      }
      if (was_entry) return value::raised();
      f = resumer;
      continue;
    }
    if (f == entry) {
      current_ = f->caller;
      frames_.pop();
      return value::raised();
    }
    frame* caller = f->caller;
    current_ = caller;
    frames_.pop();
    f = caller;
  }

preempt:
  // The frames from f up to `entry` stay linked (current_ is f); the caller of execute() sees
  // preempted_top_ and comes back through resume_preempted().
  preempt_due_ = false;
  preempted_top_ = f;
  preempted_entry_ = entry;
  current_ = f;
  return value::raised();

deliver_yield:
  // f, a generator frame, yields `yielded` to whoever resumed it. Through `yield from` the value
  // passes up every delegating generator to the first resumer that is not one.
  for (;;) {
    auto* g = f->generator;
    frame* resumer = f->caller;
    g->state = runtime::generator_state::suspended;
    g->leave(handled_, true);
    f->caller = nullptr;
    --linked_generators_;
    current_ = resumer;
    if (g->resumer == runtime::resumer_kind::native) {
      last_yielded_ = true;
      last_async_yield_ = !g->delegating && g->type == &runtime::async_generator_type;
      return yielded;
    }
    if (g->resumer == runtime::resumer_kind::for_iter) {
      const std::uint16_t target = g->result_register;
      f = resumer;
      COIL_LOAD_FRAME();
      R[target] = yielded;
      COIL_NEXT();
    }
    // The resumer is a generator in `yield from`: it suspends at that instruction and yields too.
    f = resumer;
    f->pc -= 1;
    f->generator->send_register = f->code->instructions[f->pc].a;
    f->generator->delegating = true;
  }

#undef COIL_LOAD_FRAME
#undef COIL_SAFE_POINT
#undef COIL_PREEMPTION_POINT
#undef COIL_CHECK
#undef COIL_CASE
#undef COIL_NEXT
}

}  // namespace coil::vm
