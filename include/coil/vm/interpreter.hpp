// The interpreter: one execution of a compiled program. It owns the execution's heap, its module
// globals, the frame stack and the exception being raised, and runs the dispatch loop
// (impl/dispatch.ipp).
//
// Native code (builtins, type slots) reports failure by setting the pending exception with one
// of the `raise_*` functions and returning value::raised(); the loop then unwinds to the nearest
// handler. Native code that must call back into Python (sorted's key, map, a class's __eq__)
// uses `call`, which runs a nested loop for that one call; ordinary Python-to-Python calls never
// nest, they push a frame.
#pragma once

#include <coil/config.hpp>
#include <coil/runtime/big_int.hpp>
#include <coil/runtime/type_object.hpp>
#include <coil/vm/code.hpp>
#include <coil/vm/frame.hpp>
#include <coil/vm/heap.hpp>
#include <coil/vm/value.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coil::runtime {
struct str_object;
struct tuple_object;
struct list_object;
struct exception_object;
struct function_object;
struct generator_object;
}  // namespace coil::runtime

namespace coil::vm {

// The parts of a compiled program the interpreter needs: the module code and its global names.
struct program_image {
  const code_object* module = nullptr;
  std::vector<std::string> global_names;  // global slot -> name
  std::vector<value> builtins;  // global slot -> the builtin of that name or unbound; empty: looked up per run
};

struct interpreter_limits {
  std::optional<std::chrono::steady_clock::time_point> deadline;
  std::optional<std::chrono::milliseconds> max_duration;  // the limit behind `deadline`, for its error message
  std::optional<std::size_t> max_memory;
  std::optional<std::size_t> max_allocations;
  std::size_t max_recursion_depth = COIL_DEFAULT_MAX_RECURSION_DEPTH;
};

// Why a run stopped with an error that the script cannot catch.
enum class termination : std::uint8_t { none, duration, memory, allocations };

class interpreter {
 public:
  using output_function = std::function<void(bool is_error_stream, std::string_view text)>;

  interpreter(const program_image& program, interpreter_limits limits, output_function output);
  interpreter(const interpreter&) = delete;
  interpreter& operator=(const interpreter&) = delete;
  ~interpreter();

  // Binds a module global before the run (the host's inputs); ignored when the script never
  // mentions the name.
  void set_global(std::string_view name, value v) {
    for (std::size_t slot = 0; slot < program_.global_names.size(); ++slot)
      if (program_.global_names[slot] == name) globals_[slot] = v;
  }

  // Runs the module body to completion. Returns the value of the last expression statement
  // (None if there is none), or raised() with the exception in `pending_exception()`.
  value run_module();

  // --- for native code ---
  vm::heap& heap() { return heap_; }
  value make_str(std::string_view text);
  value make_tuple(std::span<const value> items);
  runtime::tuple_object* new_tuple(std::size_t size);  // items start as None
  runtime::list_object* new_list();
  value make_int(std::int64_t i) {  // a small int, or a heap big int beyond 48 bits
    return value::fits_small_int(i) ? value::from_small_int(i) : make_big_int(runtime::big_int(i));
  }
  value make_big_int(runtime::big_int i);  // normalised: a small int when it fits
  value make_float(double d) { return value::from_double(d); }

  // Raise `type(message)`; always returns value::raised() so natives can `return in.raise_error(...)`.
  value raise_error(runtime::type_object* type, std::string_view message);
  value raise_exception(value exception);  // an exception instance
  value raise_type_error(std::string_view message);
  value raise_value_error(std::string_view message);
  value raise_memory_error();  // a bare MemoryError: an operation would exceed the memory limit
  // Lets long native operations (big-int arithmetic) stop when the time limit passes.
  runtime::interrupt_check interrupt() { return runtime::interrupt_check(deadline_check_); }
  bool has_pending_exception() const { return !pending_.is_none(); }
  value pending_exception() const { return pending_; }
  value take_pending_exception();
  termination terminated() const { return terminated_; }

  // Keeps `v` reachable by the collector until the returned guard is destroyed: for values native
  // code holds in C++ locals while it calls back into Python.
  class root_guard {
   public:
    root_guard(std::vector<value>& roots, value v) : roots_(roots), size_(roots.size()) { roots.push_back(v); }
    root_guard(const root_guard&) = delete;
    root_guard& operator=(const root_guard&) = delete;
    ~root_guard() { roots_.resize(size_); }

   private:
    std::vector<value>& roots_;
    std::size_t size_;
  };
  [[nodiscard]] root_guard root(value v) { return root_guard(native_roots_, v); }

  // Calls any callable with positional arguments from native code (a nested dispatch loop for a
  // Python function). Returns raised() on error.
  value call(value callable, std::span<const value> positional);
  value call(value callable, const runtime::call_arguments& args);

  // Python-level operations the natives share with the dispatch loop.
  value repr(value v);         // a str value, or raised
  value str(value v);          // a str value, or raised
  std::optional<bool> truthy(value v);  // nullopt: raised
  std::optional<std::int64_t> hash(value v);
  std::optional<bool> equals(value a, value b);
  // op: syntax::binary_operator; `in_place` only words the TypeError as CPython does for a += b.
  value binary(std::size_t op, value a, value b, bool in_place = false);
  value compare(runtime::compare_operator op, value a, value b);
  value get_iterator(value iterable);
  value next(value iterator);  // unbound when exhausted, raised on error
  value get_attribute(value object, value name);

  // Runs a generator until it yields (returns the value, `yielded` true) or finishes (returns its
  // return value, `yielded` false), sending `sent` in, or throwing it in when `throwing`.
  value resume_generator(runtime::generator_object* g, value sent, bool throwing, bool& yielded);

  runtime::type_object* type_of(value v) const;

  // Imported modules, one object per name for the whole execution (modules/module_registry.hpp).
  value find_module(std::string_view name) const {
    for (const auto& [module_name, module] : modules_)
      if (module_name == name) return module;
    return value::unbound();
  }
  void remember_module(std::string_view name, value module) { modules_.emplace_back(std::string(name), module); }
  // sys.stdout / sys.stderr: print(file=...) writes to the matching output stream.
  value standard_stream(bool is_error);
  void write_output(bool is_error_stream, std::string_view text) {
    if (output_) output_(is_error_stream, text);
  }

  // Checked at safe points: time, memory and allocation limits (terminal, uncatchable).
  bool check_limits();

 private:
  friend struct dispatch_access;
  value execute(frame* entry, bool raise_first = false);
  frame* push_frame(const code_object* code, runtime::function_object* function);
  // Starts a call of a Python function from the loop: the callee's frame to run, or null when
  // there is none (then `result` is the new generator, or raised).
  frame* begin_call(runtime::function_object* function, const runtime::call_arguments& args, value& result);
  value make_generator(runtime::function_object* function, const runtime::call_arguments& args);
  std::size_t call_depth() const { return frames_.depth() + linked_generators_; }
  value call_python(runtime::function_object* function, const runtime::call_arguments& args);
  bool bind_arguments(frame* f, runtime::function_object* function, const runtime::call_arguments& args);
  void collect_garbage();
  value terminate(termination why, std::string message);

  const program_image& program_;
  interpreter_limits limits_;
  output_function output_;
  vm::heap heap_;
  frame_stack frames_;
  frame* current_ = nullptr;
  std::vector<value> globals_;
  std::vector<value> builtin_for_global_;  // unbound where the name is no builtin
  value pending_ = value::none();
  value handled_ = value::none();  // the exception being handled (sys.exc_info, implicit chaining)
  termination terminated_ = termination::none;
  std::vector<value> native_roots_;
  std::vector<std::pair<std::string, value>> modules_;
  value streams_[2] = {value::none(), value::none()};  // values native code holds across calls back into Python
  std::size_t native_depth_ = 0;
  std::size_t linked_generators_ = 0;  // generator frames currently in the frame chain
  bool last_yielded_ = false;          // how the last nested execute() of a generator ended
  std::uint32_t safe_point_budget_ = 0;
  struct deadline_passed {
    const interpreter* self;
    bool operator()() const { return self->limits_.deadline && std::chrono::steady_clock::now() > *self->limits_.deadline; }
  } deadline_check_{this};
};

}  // namespace coil::vm

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/vm/impl/interpreter.ipp>
#endif
