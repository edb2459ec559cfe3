// Activation records. A frame is a code object in progress: its registers (locals, temporaries
// and cells), the index of the next instruction and the frame to return to.
//
// Frames of ordinary calls are carved LIFO out of the interpreter's frame stack (`frame_stack`),
// so a Python call allocates nothing from the heap; the dispatch loop pushes one per call and
// never recurses on the C++ stack for Python-to-Python calls.
#pragma once

#include <coil/vm/code.hpp>
#include <coil/vm/value.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <vector>

namespace coil::runtime {
struct function_object;
struct generator_object;
}

namespace coil::vm {

struct frame {
  const code_object* code = nullptr;
  runtime::function_object* function = nullptr;  // null for the module body
  frame* caller = nullptr;
  std::uint32_t pc = 0;               // the next instruction
  std::uint16_t return_register = 0;  // where the caller wants the result
  bool returns_to_native = false;     // the execute() call that started it returns with it
  std::uint16_t register_count = 0;
  runtime::generator_object* generator = nullptr;  // set for a generator's own frame (not on the frame stack)

  value* registers() { return reinterpret_cast<value*>(this + 1); }
  std::uint32_t current_instruction() const { return pc == 0 ? 0 : pc - 1; }
};
static_assert(sizeof(frame) % alignof(value) == 0);

// A LIFO allocator for frames: chunks of memory that are reused once the frames in them return.
class frame_stack {
 public:
  frame* push(const code_object* code) {
    const std::size_t bytes = sizeof(frame) + code->register_count * sizeof(value);
    if (chunks_.empty() || chunks_[current_].size - top_ < bytes) next_chunk(bytes);
    auto* memory = chunks_[current_].memory.get() + top_;
    auto* f = ::new (memory) frame();
    f->code = code;
    f->register_count = code->register_count;
    value* registers = f->registers();
    for (std::uint16_t i = 0; i < code->register_count; ++i) registers[i] = value::unbound();
    marks_.push_back({current_, top_});
    top_ += bytes;
    ++depth_;
    return f;
  }
  void pop() {
    auto mark = marks_.back();
    marks_.pop_back();
    current_ = mark.chunk;
    top_ = mark.offset;
    --depth_;
  }
  std::size_t depth() const { return depth_; }

 private:
  struct chunk {
    std::unique_ptr<std::byte[]> memory;
    std::size_t size = 0;
  };
  struct mark {
    std::size_t chunk = 0;
    std::size_t offset = 0;
  };
  void next_chunk(std::size_t bytes) {
    if (!chunks_.empty() && current_ + 1 < chunks_.size() && chunks_[current_ + 1].size >= bytes) {
      ++current_;
    } else {
      const std::size_t size = std::max<std::size_t>(bytes, 64 * 1024);
      chunks_.insert(chunks_.begin() + static_cast<std::ptrdiff_t>(chunks_.empty() ? 0 : current_ + 1),
                     chunk{std::make_unique_for_overwrite<std::byte[]>(size), size});
      if (chunks_.size() > 1) ++current_;
    }
    top_ = 0;
  }

  std::vector<chunk> chunks_;
  std::vector<mark> marks_;
  std::size_t current_ = 0;
  std::size_t top_ = 0;
  std::size_t depth_ = 0;
};

}  // namespace coil::vm
