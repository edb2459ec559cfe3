// What a run may use and how far it may go: inputs bound as globals, resource limits, the
// virtual filesystem, and where print() output goes.
#pragma once

#include <coil/value.hpp>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace coil {

struct limits {
  std::optional<std::chrono::milliseconds> max_duration;  // wall clock from start, waits on host calls included
  std::optional<std::size_t> max_memory;                  // live heap bytes of the execution
  std::optional<std::size_t> max_allocations;             // heap allocations over the run
  std::optional<std::size_t> max_recursion_depth;         // Python frames (default 1000)
};

enum class stream { out, err };

class os_access;  // the virtual filesystem and environment (a later issue); null: none

struct run_options {
  std::vector<std::pair<std::string, value>> inputs;  // bound as globals before the script starts
  coil::limits limits;
  std::shared_ptr<os_access> os;
  // print() output; null: run_sync writes to stdout/stderr.
  std::function<void(stream, std::string_view)> on_output;
};

}  // namespace coil
