// sys.stdout and sys.stderr: writable text streams whose output goes to the host's output
// callback (run_options::on_output), never to a real file.
#pragma once

#include <coil/vm/heap.hpp>

namespace coil::runtime {

struct stream_object : vm::object {
  static constexpr const char* layout_name = "text_stream";
  bool is_error = false;
  void trace(vm::tracer&) {}
};

}  // namespace coil::runtime
