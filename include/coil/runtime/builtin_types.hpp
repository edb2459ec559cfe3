// The builtin types: process-wide immortal type objects, one per Python type, and `type_of`.
// Their behaviour is defined per type in runtime/impl/*_type.ipp; the exception classes come
// from exception_types.def.
#pragma once

#include <coil/config.hpp>
#include <coil/runtime/type_object.hpp>
#include <coil/vm/value.hpp>

#include <array>
#include <string_view>

namespace coil::runtime {

extern type_object object_type;
extern type_object type_type;
extern type_object none_type;
extern type_object not_implemented_type;
extern type_object ellipsis_type;
extern type_object bool_type;
extern type_object int_type;
extern type_object float_type;
extern type_object str_type;
extern type_object tuple_type;
extern type_object list_type;
extern type_object dict_type;
// One view and one iterator type per dict_view_kind (keys, values, items), as CPython names them.
extern std::array<type_object, 3> dict_view_types;
extern std::array<type_object, 3> dict_iterator_types;
extern type_object set_type;
extern type_object frozenset_type;
extern type_object set_iterator_type;
extern type_object range_type;
extern type_object slice_type;
// list_iterator, tuple_iterator, str_ascii_iterator and str_iterator share one layout.
extern type_object list_iterator_type;
extern type_object tuple_iterator_type;
extern type_object str_ascii_iterator_type;
extern type_object str_iterator_type;
extern type_object range_iterator_type;
extern type_object long_range_iterator_type;  // longrange_iterator, over a range beyond +-2**62
extern type_object function_type;
extern type_object enumerate_type;
extern type_object zip_type;
extern type_object map_type;
extern type_object filter_type;
extern type_object generator_type;
extern type_object coroutine_type;        // generator_object layout, made by calling an async def
extern type_object future_type;           // asyncio.Future
extern type_object task_type;             // asyncio.Task (base Future)
extern type_object gathering_future_type; // what asyncio.gather returns (base Future)
extern type_object native_coroutine_type; // the coroutines of asyncio's own async functions (sleep(), Lock.acquire()...)
extern type_object async_generator_type;         // generator_object layout, made by calling an async def that yields
extern type_object async_generator_asend_type;   // native_coroutine_object layout: __anext__(), asend()
extern type_object async_generator_athrow_type;  // native_coroutine_object layout: athrow(), aclose()
extern type_object lock_type;              // asyncio.Lock
extern type_object event_type;             // asyncio.Event
extern type_object semaphore_type;         // asyncio.Semaphore
extern type_object bounded_semaphore_type; // asyncio.BoundedSemaphore (base Semaphore)
extern type_object queue_type;             // asyncio.Queue
extern type_object lifo_queue_type;        // asyncio.LifoQueue (base Queue)
extern type_object priority_queue_type;    // asyncio.PriorityQueue (base Queue)
extern type_object timeout_type;           // asyncio.Timeout, made by asyncio.timeout()/timeout_at()
extern type_object task_group_type;        // asyncio.TaskGroup
extern type_object as_completed_type;      // the generator asyncio.as_completed() returns
extern type_object event_loop_type;        // what asyncio.get_running_loop() returns
extern type_object condition_type;         // asyncio.Condition
extern type_object barrier_type;           // asyncio.Barrier
extern type_object handle_type;            // asyncio.Handle, made by loop.call_soon()
extern type_object timer_handle_type;      // asyncio.TimerHandle (base Handle), made by loop.call_later()/call_at()
extern type_object external_function_type;  // a host function given to the run
extern type_object builtin_function_type;
extern type_object method_type;
extern type_object builtin_method_type;  // a builtin method bound to its object ([].append)
extern type_object cell_type;
extern type_object module_type;
extern type_object text_stream_type;  // sys.stdout, sys.stderr
extern type_object code_type;

enum class exception_kind : std::uint16_t {
#define COIL_EXCEPTION(cpp_name, python_name, base) cpp_name,
#include <coil/runtime/exception_types.def>
};
inline constexpr std::size_t exception_kind_count = 0
#define COIL_EXCEPTION(cpp_name, python_name, base) +1
#include <coil/runtime/exception_types.def>
    ;
extern std::array<type_object, exception_kind_count> exception_types;
inline type_object* exception_type(exception_kind kind) { return &exception_types[static_cast<std::size_t>(kind)]; }
// asyncio's exception classes (Exception subclasses that are no builtin names).
extern type_object queue_empty_type;          // asyncio.QueueEmpty
extern type_object queue_full_type;           // asyncio.QueueFull
extern type_object invalid_state_error_type;  // asyncio.InvalidStateError
extern type_object broken_barrier_error_type; // asyncio.BrokenBarrierError (a RuntimeError)

// type(v) for any value.
inline type_object* type_of(vm::value v) {
  if (v.is_object()) return v.as_object()->type;
  if (v.is_double()) return &float_type;
  if (v.is_small_int()) return &int_type;
  if (v.is_none()) return &none_type;
  if (v.is_bool()) return &bool_type;
  if (v.is_ellipsis()) return &ellipsis_type;
  return &not_implemented_type;
}

// The builtin called `name` (a function, type, exception or constant of the builtins namespace),
// or unbound when there is none. Defined with the builtin functions (builtin_functions.ipp).
COIL_DECL vm::value find_builtin(std::string_view name);

// Whether `type` is `base` or derives from it (through a second base too: ExceptionGroup is an
// Exception; only builtin types have one, so the recursion is one level deep).
inline bool is_subtype(const type_object* type, const type_object* base) {
  for (; type != nullptr; type = type->base) {
    if (type == base) return true;
    if (type->second_base != nullptr && is_subtype(type->second_base, base)) return true;
  }
  return false;
}

// Whether objects of `type` have the native coroutine layout (runtime/future_object.hpp) and are
// stepped by their step function: asyncio's own coroutines and the awaitables of async
// generators (which CPython does not count as coroutines: create_task() refuses them).
inline bool is_native_coroutine_type(const type_object* type) {
  return type == &native_coroutine_type || type == &async_generator_asend_type || type == &async_generator_athrow_type;
}

}  // namespace coil::runtime
