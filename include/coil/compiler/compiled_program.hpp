// What the compiler produces: the code objects of one script, the immortal constants they refer
// to (strings, big ints, tuples of names) and the table of global names. It is immutable once
// built and shared by every execution of the program, on any thread: nothing in it is ever
// written by the interpreter (its objects have byte_size 0, which the collector never marks).
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/int_object.hpp>
#include <coil/runtime/sequence_objects.hpp>
#include <coil/runtime/str_object.hpp>
#include <coil/vm/code.hpp>
#include <coil/vm/interpreter.hpp>

#include <cstring>
#include <memory>
#include <memory_resource>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace coil::compiler {

class compiled_program {
 public:
  compiled_program() = default;
  compiled_program(const compiled_program&) = delete;
  compiled_program& operator=(const compiled_program&) = delete;
  ~compiled_program() {
    for (auto* i : big_ints_) i->~int_object();
  }

  const vm::program_image& image() const { return image_; }
  std::vector<std::string>& global_names() { return image_.global_names; }
  std::vector<vm::value>& builtins() { return image_.builtins; }
  std::string source_line(int line) const {
    if (line <= 0 || static_cast<std::size_t>(line) >= line_starts_.size()) return {};
    const std::size_t start = line_starts_[static_cast<std::size_t>(line) - 1];
    std::size_t end = line_starts_[static_cast<std::size_t>(line)] - 1;  // before the '\n'
    if (end > start && source_[end - 1] == '\r') --end;
    return source_.substr(start, end - start);
  }
  std::string script_name;

  // --- building (the compiler only) ---
  vm::code_object* new_code() {
    codes_.push_back(std::make_unique<vm::code_object>());
    codes_.back()->type = &runtime::code_type;
    return codes_.back().get();
  }
  void set_module(const vm::code_object* module) { image_.module = module; }
  // Keeps the text for error lines: one copy and the offsets where lines start (with one past the
  // end as the last), rather than a string per line.
  void set_source(std::string_view source) {
    source_ = source;
    line_starts_.clear();
    std::size_t start = 0;
    while (start <= source.size()) {
      line_starts_.push_back(start);
      auto end = source.find('\n', start);
      if (end == std::string_view::npos) end = source.size();
      start = end + 1;
    }
    line_starts_.push_back(source.size() + 1);
  }

  // An immortal str, shared by equal texts.
  vm::value str_constant(std::string_view text) {
    auto found = strings_.find(text);
    if (found != strings_.end()) return found->second;
    void* memory = arena_.allocate(sizeof(runtime::str_object) + text.size() + 1, alignof(std::max_align_t));
    auto* s = ::new (memory) runtime::str_object();
    s->type = &runtime::str_type;
    s->byte_length = static_cast<std::uint32_t>(text.size());
    if (!text.empty()) std::memcpy(s->data(), text.data(), text.size());
    runtime::finish_str(s);
    s->cached_hash = runtime::str_hash(s->view(), s->ascii);  // shared between threads: never written later
    vm::value v = vm::value::from_object(s);
    strings_.emplace(s->view(), v);  // the key views the str's own bytes, which live as long as the map
    return v;
  }
  // An immortal tuple (e.g. the keyword names of a call).
  vm::value tuple_constant(const std::vector<vm::value>& items) {
    void* memory = arena_.allocate(sizeof(runtime::tuple_object) + items.size() * sizeof(vm::value), alignof(std::max_align_t));
    auto* t = ::new (memory) runtime::tuple_object();
    t->type = &runtime::tuple_type;
    t->size = static_cast<std::uint32_t>(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) t->items()[i] = items[i];
    return vm::value::from_object(t);
  }
  // An immortal int beyond the small-int range.
  vm::value big_int_constant(runtime::big_int i) {
    void* memory = arena_.allocate(sizeof(runtime::int_object), alignof(std::max_align_t));
    auto* o = ::new (memory) runtime::int_object(std::move(i));
    o->type = &runtime::int_type;
    big_ints_.push_back(o);
    return vm::value::from_object(o);
  }

 private:
  vm::program_image image_;
  std::vector<std::unique_ptr<vm::code_object>> codes_;
  std::pmr::monotonic_buffer_resource arena_;
  std::unordered_map<std::string_view, vm::value> strings_;
  std::vector<runtime::int_object*> big_ints_;
  std::string source_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace coil::compiler
