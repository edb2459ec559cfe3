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
#include <coil/vm/event_loop.hpp>
#include <coil/vm/frame.hpp>
#include <coil/vm/heap.hpp>
#include <coil/vm/value.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <deque>
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
struct future_object;
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

// What the interpreter needs from its host: the external functions (host/driver.hpp implements
// it on top of coil::externals and Asio).
class host_bridge {
 public:
  virtual ~host_bridge() = default;
  // Calls external function `index` (a sync one inline; an async one returns a new pending
  // future from interpreter::new_host_future). Returns raised() with the exception set on error.
  virtual value call_external(class interpreter& in, std::size_t index, const runtime::call_arguments& args) = 0;
  // The script cancelled the future of host call `call_id` (task.cancel() while awaiting it).
  virtual void cancel_host_call(std::uint64_t call_id) = 0;
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
  bool has_global(std::string_view name) const {
    for (const auto& global : program_.global_names)
      if (global == name) return true;
    return false;
  }
  void set_global(std::string_view name, value v) {
    for (std::size_t slot = 0; slot < program_.global_names.size(); ++slot)
      if (program_.global_names[slot] == name) globals_[slot] = v;
  }

  // Runs the module body to completion. Returns the value of the last expression statement
  // (None if there is none), or raised() with the exception in `pending_exception()`.
  value run_module();

  // Runs the script as far as it can go without waiting. Returns true when it has finished (its
  // result, or raised() with the exception pending, in `result`); false when every task waits
  // on a timer or a host call: the driver then waits until `next_timer()` or a host result
  // (settle_host_call) and calls advance again.
  bool advance(value& result);
  std::optional<clock::time_point> next_timer() const { return loop_.next_timer(); }
  std::size_t outstanding_host_calls() const { return host_calls_pending_; }
  // advance() returned false with callbacks still ready: the driver should poll, not wait.
  bool has_ready_work() const { return !loop_.ready.empty() || preempted_top_ != nullptr; }
  void set_host(host_bridge* host) { host_ = host; }
  host_bridge* host() const { return host_; }
  // A pending future for an async host call; its id goes to the driver, which settles it.
  value new_host_future(std::uint64_t& call_id);
  // Delivers a host call's outcome: a result, or an exception instance when `failed`.
  void settle_host_call(std::uint64_t call_id, value outcome, bool failed);
  // Ends the run as the duration limit does (the driver's waits count against it too).
  void terminate_for_duration();

  // --- asyncio (vm/impl/event_loop.ipp) ---
  event_loop& loop() { return loop_; }
  runtime::future_object* new_future(runtime::type_object* type);
  value new_task(value coroutine, value name);  // scheduled to start in the next loop iteration
  void set_future_result(runtime::future_object* f, value result);
  void set_future_exception(runtime::future_object* f, value exception);
  // Future.cancel / Task.cancel / gather's outer cancel, with CPython's rules for each.
  bool cancel_future(value future, value message);
  void add_done_callback(runtime::future_object* f, runtime::callback_kind kind, value target,
                         runtime::native_callback function = nullptr);
  // Future.remove_done_callback: drops the callbacks not yet scheduled that match; returns how many.
  std::size_t remove_done_callback(runtime::future_object* f, runtime::callback_kind kind, value target,
                                   runtime::native_callback function = nullptr);
  value make_cancelled_error(value message);  // a CancelledError instance, or raised
  // What `await future` gives once the future is done: its result, or raised.
  value future_outcome(runtime::future_object* f);
  value gather(std::span<const value> awaitables, bool return_exceptions);
  // Advances a native coroutine (runtime/future_object.hpp) one step: its result, raised, or
  // (`yielded`) the future to wait on or None. A finished one raises "cannot reuse already
  // awaited coroutine".
  value step_native_coroutine(value coroutine, value exception, bool& yielded);
  // One step of what an `await` inside native code delegates to: a coroutine (resumed, or thrown
  // into when `exception` is not None), a native coroutine, or a future (yielded while pending).
  value step_awaitable(value awaitable, value exception, bool& yielded);
  // Async generators (runtime/impl/async_generator_type.ipp): whether the last generator resumed
  // from native code stopped at a `yield` of an async generator (a value for its awaitable)
  // rather than at an await; and the list of the ones the loop started, for asyncio.run's epilogue.
  bool last_yield_was_async_yield() const { return last_async_yield_; }
  void remember_async_generator(value generator);
  // asyncio.run's epilogue: starts aclose() of the async generators left suspended; false if none.
  bool close_async_generators();
  // release_iterator: a loop left early drops the generator it made (compiler: owns_iterator).
  void release_iterator(value iterator);
  // CPython's "Exception ignored in: <object>" report on stderr, for the pending exception.
  void report_unraisable(value where);
  // "Type: message" (or "Type" for an empty message): the last line of a traceback, for reports
  // of exceptions nobody can catch (unraisable ones, failing loop callbacks).
  std::string exception_summary(value exception);
  // asyncio.run(coroutine) called from the script's own frames: the coroutine becomes the main
  // task and those frames wait, suspended, until it is done.
  value begin_asyncio_run(value coroutine);
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
  // NameError for `name` looked up in frame f, and AttributeError for `name` on `object`, keeping
  // what the traceback's "Did you mean" hint needs (vm/impl/lookup_errors.ipp).
  value raise_name_error(const frame* f, std::string_view name);
  value raise_attribute_error(value object, value name, std::string_view message);
  // What CPython's traceback adds after such an error's message (". Did you mean: 'total'?"), or "".
  std::string lookup_error_hint(value exception);
  // Lets long native operations (big-int arithmetic) stop when the time limit passes.
  runtime::interrupt_check interrupt() { return runtime::interrupt_check(deadline_check_); }
  bool has_pending_exception() const { return !pending_.is_none(); }
  value pending_exception() const { return pending_; }
  value handled_exception() const { return handled_; }  // sys.exception()
  std::size_t recursion_limit() const { return limits_.max_recursion_depth; }
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
  void check_slice();  // preemption: marks preempt_due_ once the turn's slice has passed

 private:
  friend struct dispatch_access;
  value execute(frame* entry, bool raise_first = false, frame* start = nullptr);
  bool run_loop(value& result);
  // `with`: R[a] = the bound exit method, R[a+1] = what entering returned (an awaitable for async).
  value enter_context(value manager, bool is_async, value& exit, value& entered);
  bool finish_main_task(value& result);
  void run_handle(const event_loop::handle& h);
  void step_task(value task, value exception);
  // The part of a task step after its coroutine ran (or was resumed after a preemption).
  void finish_task_step(value task, value r, bool yielded, value outer_handled);
  // Preemption (see `preempt_at_`): runs the frames left at a preemption point on. False when
  // preempted again; true when the step or the root execution it belonged to is over (for the
  // root, `result` is then the execution's outcome and `root_finished` is set).
  bool resume_preempted(value& result, bool& root_finished);
  value execute_root(frame* entry, bool raise_first, frame* start);
  void gather_child_done(value outer, value child);
  value make_module_coroutine(frame*& module_frame);
  value make_runtime_error_instance(std::string_view message);
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
  event_loop loop_;
  host_bridge* host_ = nullptr;
  // Pending host futures by increasing call id (binary search); a settled one is left as None until
  // the calls before it settle too, so a gather of n calls settles in O(n log n), not O(n^2).
  std::deque<std::pair<std::uint64_t, value>> host_calls_;
  std::size_t host_calls_pending_ = 0;
  std::uint64_t next_host_call_ = 1;
  bool started_ = false;
  bool shutting_down_ = false;      // the main task is done: the others are being cancelled, then async generators closed
  bool closing_async_generators_ = false;  // ... and that second phase has begun
  bool suspend_requested_ = false;  // asyncio.run asked the dispatch loop to suspend the root frames
  frame* root_entry_ = nullptr;     // the module frame (sync scripts)
  frame* root_top_ = nullptr;       // the innermost suspended root frame while asyncio.run waits
  std::uint16_t root_result_register_ = 0;
  std::vector<std::pair<std::string, value>> modules_;
  value streams_[2] = {value::none(), value::none()};  // values native code holds across calls back into Python
  std::size_t native_depth_ = 0;
  std::size_t linked_generators_ = 0;  // generator frames currently in the frame chain
  std::size_t awaitable_depth_ = 0;    // step_awaitable calls on the C++ stack (wait_for(wait_for(...)))
  bool last_yielded_ = false;          // how the last nested execute() of a generator ended
  bool last_async_yield_ = false;      // ... and whether that was an async generator's `yield`
  std::vector<value> async_generators_;  // started by the running loop, in order (closed by asyncio.run's epilogue)
  std::uint32_t safe_point_budget_ = 0;
  // Preemption: a run returns to its driver once a slice of COIL_RUN_SLICE_MS has passed, even
  // in the middle of a long computation, so other runs on the same executor get their turn. Only
  // the outermost dispatch loop of the root frames or of a task's step stops (`preemptible_entry_`
  // is its entry frame), at a backward jump, the end of a for-loop step or a call's entry, where
  // its frames can simply be left linked and resumed at their saved pc.
  bool preempt_armed_ = false;  // preemption is on for this turn; preempt_at_ is set at its first limits check
  std::optional<clock::time_point> preempt_at_;
  bool preempt_due_ = false;
  frame* preemptible_entry_ = nullptr;
  frame* preempted_top_ = nullptr;        // where the stopped frames go on
  frame* preempted_entry_ = nullptr;      // the entry of the dispatch loop that stopped
  value preempted_task_ = value::none();  // the task whose step stopped (None: the root frames)
  value preempted_outer_handled_ = value::none();
  std::size_t iteration_left_ = 0;       // ready handles of the interrupted loop iteration still to run
  struct deadline_passed {
    const interpreter* self;
    bool operator()() const { return self->limits_.deadline && std::chrono::steady_clock::now() > *self->limits_.deadline; }
  } deadline_check_{this};
};

}  // namespace coil::vm

#if !defined(COIL_SEPARATE_COMPILATION)
#include <coil/vm/impl/interpreter.ipp>
#endif
