// Self-containing containers print as [...], {...} or (...) at the point of recursion, as
// CPython's Py_ReprEnter/Py_ReprLeave arrange: the containers whose repr is being built are
// listed, and a repr that meets one of them again prints the placeholder instead of recursing.
//
// The list is per thread: a repr runs start to finish within one call on one thread (nothing in
// it can suspend the execution), and only object identities are kept, never dereferenced.
#pragma once

#include <coil/vm/object.hpp>

#include <algorithm>
#include <vector>

namespace coil::runtime {
namespace repr_recursion_detail {

inline std::vector<const vm::object*>& objects_in_repr() {
  thread_local std::vector<const vm::object*> objects;
  return objects;
}

// Marks `o` as being printed for its lifetime; `reentered()` when it already was (then nothing
// is marked and the caller prints its placeholder).
class repr_recursion_guard {
 public:
  explicit repr_recursion_guard(const vm::object* o) {
    auto& objects = objects_in_repr();
    reentered_ = std::find(objects.begin(), objects.end(), o) != objects.end();
    if (!reentered_) objects.push_back(o);
  }
  ~repr_recursion_guard() {
    if (!reentered_) objects_in_repr().pop_back();
  }
  repr_recursion_guard(const repr_recursion_guard&) = delete;
  repr_recursion_guard& operator=(const repr_recursion_guard&) = delete;
  bool reentered() const { return reentered_; }

 private:
  bool reentered_ = false;
};

}  // namespace repr_recursion_detail
}  // namespace coil::runtime
