// Generator objects: a suspended frame of a generator function plus how its current resumption
// wants results delivered. The frame lives in memory the generator owns (from the heap's
// resource, so it is counted); while the generator runs, the frame is linked into the
// interpreter's frame chain like any other, so the dispatch loop runs it without C++ recursion
// when a for loop or `yield from` resumes it.
#pragma once

#include <coil/vm/frame.hpp>
#include <coil/vm/heap.hpp>

#include <cstdint>
#include <memory_resource>

namespace coil::runtime {

// Who resumed the generator, and so where its next yield or return goes.
enum class resumer_kind : std::uint8_t {
  native,    // next(), send(), throw() from native code: a nested dispatch loop returns the result
  for_iter,  // a for loop in the caller frame: a yield stores the item, a return jumps to the exit
  delegate,  // `yield from` in the caller generator frame: a yield passes through it, a return
             // becomes the value of its `yield from`
};

enum class generator_state : std::uint8_t { created, suspended, running, finished };

struct generator_object : vm::object {
  static constexpr const char* layout_name = "generator";
  explicit generator_object(std::pmr::memory_resource* memory) : memory_resource(memory) {}
  ~generator_object() { release_frame(); }

  vm::frame* frame = nullptr;  // null once finished
  std::size_t frame_bytes = 0;
  std::pmr::memory_resource* memory_resource;
  generator_state state = generator_state::created;
  resumer_kind resumer = resumer_kind::native;
  std::uint16_t result_register = 0;  // for_iter: where the caller wants each item; delegate: the
                                      // register of the caller's `yield from` result
  std::uint32_t exit_target = 0;      // for_iter: the caller's instruction to go to when finished
  std::uint16_t send_register = 0;    // where a sent value goes when the generator resumes
  bool delegating = false;            // suspended in a `yield from` (frame->pc is that instruction)
  bool awaited = false;               // a coroutine some `await` or task has taken (awaiting twice is an error)
  vm::value name = vm::value::none();
  vm::value qualname = vm::value::none();
  // The exception being handled is the generator's own (CPython keeps one per frame): while
  // suspended inside an `except` block it is kept here, and while it runs, `outer_handled` keeps
  // its resumer's, which comes back when it yields, returns or raises.
  vm::value handled = vm::value::none();
  vm::value outer_handled = vm::value::none();

  // Called as the generator's frame is linked into the frame chain (resumed).
  void enter(vm::value& interpreter_handled) {
    outer_handled = interpreter_handled;
    if (!handled.is_none()) interpreter_handled = handled;
    handled = vm::value::none();
  }
  // Called as it leaves the chain; `suspended`: it yielded (and may be inside an except block).
  void leave(vm::value& interpreter_handled, bool suspended) {
    handled = suspended && interpreter_handled.raw_bits() != outer_handled.raw_bits() ? interpreter_handled : vm::value::none();
    interpreter_handled = outer_handled;
    outer_handled = vm::value::none();
  }

  void release_frame() {
    if (frame == nullptr) return;
    frame->~frame();
    memory_resource->deallocate(frame, frame_bytes, alignof(vm::frame));
    frame = nullptr;
  }
  void trace(vm::tracer& t) {
    t.visit(name);
    t.visit(qualname);
    t.visit(handled);
    t.visit(outer_handled);
    if (frame == nullptr) return;
    t.visit(reinterpret_cast<vm::object*>(frame->function));
    for (std::uint16_t i = 0; i < frame->register_count; ++i) t.visit(frame->registers()[i]);
  }
};

}  // namespace coil::runtime
