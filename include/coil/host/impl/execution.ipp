// Definitions for host/execution.hpp.
#pragma once

#include <coil/compiler/compiled_program.hpp>
#include <coil/exception.hpp>
#include <coil/host/execution.hpp>
#include <coil/host/value_conversion.hpp>
#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/external_function_object.hpp>
#include <coil/runtime/str_object.hpp>

#include <cstdio>

namespace coil::host {

COIL_DECL call_outcome outcome_of_exception(std::uint64_t call_id, std::exception_ptr e) {
  host_exception_text text = describe_host_exception(std::move(e));
  call_outcome out;
  out.call_id = call_id;
  out.failed = true;
  out.type = std::move(text.type);
  out.message = std::move(text.message);
  return out;
}

COIL_DECL execution::execution(const program& p, const externals& tools, run_options options)
    : program_(p), tools_(tools), options_(std::move(options)) {
  const auto& compiled = *program_.compiled();
  vm::interpreter_limits limits;
  if (options_.limits.max_duration) {
    limits.deadline = std::chrono::steady_clock::now() + *options_.limits.max_duration;
    limits.max_duration = options_.limits.max_duration;
  }
  limits.max_memory = options_.limits.max_memory;
  limits.max_allocations = options_.limits.max_allocations;
  if (options_.limits.max_recursion_depth) limits.max_recursion_depth = *options_.limits.max_recursion_depth;
  vm::interpreter::output_function output;
  if (options_.on_output) {
    output = [this](bool is_error, std::string_view text) { options_.on_output(is_error ? stream::err : stream::out, text); };
  }
  interpreter_ = std::make_unique<vm::interpreter>(compiled.image(), limits, std::move(output));
  interpreter_->set_host(this);
  vm::interpreter& in = *interpreter_;
  for (std::size_t i = 0; i < tools_.size(); ++i) {
    const std::string& name = tools_.at(i).name;
    if (!in.has_global(name)) continue;
    auto* f = in.heap().make<runtime::external_function_object>(&runtime::external_function_type);
    f->index = i;
    vm::value v = vm::value::from_object(f);
    in.set_global(name, v);
    f->name = in.make_str(name);
  }
  for (const auto& [name, input] : options_.inputs) {
    if (!in.has_global(name)) continue;
    vm::value v = from_host(in, input);
    if (v.is_raised()) {
      input_failed_ = true;  // the run ends at once with this exception
      return;
    }
    in.set_global(name, v);
  }
}

COIL_DECL bool execution::advance() {
  if (input_failed_) {
    result_ = vm::value::raised();
    return true;
  }
  return interpreter_->advance(result_);
}

COIL_DECL result<coil::value> execution::outcome() {
  if (result_.is_raised()) return tl::unexpected(to_public_error(*interpreter_, *program_.compiled()));
  auto converted = to_host(*interpreter_, result_);
  if (converted || converted.error().type == "RecursionError") return converted;
  // A value with no host form (a function, an exception, a task...) arrives as its repr(): the
  // script ran to its end as CPython would, and what it ended with is still shown.
  vm::value text = interpreter_->repr(result_);
  if (text.is_raised()) {
    interpreter_->take_pending_exception();
    return converted;
  }
  return to_host(*interpreter_, text);
}

COIL_DECL void execution::deliver(call_outcome outcome) {
  vm::interpreter& in = *interpreter_;
  if (outcome.failed) {
    vm::value e = make_host_exception(in, outcome.type, outcome.message);
    in.settle_host_call(outcome.call_id, e, true);
  } else {
    deliver_result(outcome.call_id, outcome.result);
  }
}

COIL_DECL void execution::deliver_result(std::uint64_t call_id, const coil::value& result) {
  vm::interpreter& in = *interpreter_;
  vm::value v = from_host(in, result);
  if (v.is_raised()) in.settle_host_call(call_id, in.take_pending_exception(), true);
  else in.settle_host_call(call_id, v, false);
}

COIL_DECL void execution::expire() {
  interpreter_->terminate_for_duration();
  result_ = vm::value::raised();
}

COIL_DECL vm::value execution::call_external(vm::interpreter& in, std::size_t index, const runtime::call_arguments& args) {
  const external_function& fn = tools_.at(index);
  if (fn.direct != nullptr && args.keyword_values.empty()) {
    // The fast path; when it declines, nothing has run and the general path below takes over.
    if (!fn.is_async) {
      vm::value r = fn.direct->call(in, args.positional);
      if (!r.is_unbound()) return r;
    } else {
      asio::awaitable<coil::value> running;
      bool started = false;
      try {
        started = fn.direct->start(in, args.positional, running);
      } catch (...) {
        started = false;
      }
      if (started) {
        std::uint64_t call_id = 0;
        vm::value future = in.new_host_future(call_id);
        new_calls_.push_back(started_call{call_id, bound_call{}, std::move(running)});
        return future;
      }
    }
  }
  host_arguments arguments;
  arguments.positional.reserve(args.positional.size());
  for (vm::value v : args.positional) {
    auto converted = to_host(in, v);
    if (!converted) return in.raise_type_error(fn.name + "(): " + converted.error().message);
    arguments.positional.push_back(std::move(*converted));
  }
  for (std::size_t i = 0; i < args.keyword_values.size(); ++i) {
    auto converted = to_host(in, args.keyword_values[i]);
    if (!converted) return in.raise_type_error(fn.name + "(): " + converted.error().message);
    arguments.keywords.emplace_back(std::string(static_cast<runtime::str_object*>(args.keyword_names[i].as_object())->view()),
                                    std::move(*converted));
  }
  auto raise_from = [&](std::exception_ptr e) { return raise_host_exception(in, std::move(e)); };
  bound_call call;
  try {
    call = fn.bind(std::move(arguments));
  } catch (...) {
    return raise_from(std::current_exception());
  }
  if (!fn.is_async) {
    coil::value r;
    try {
      r = call.run_sync();
    } catch (...) {
      return raise_from(std::current_exception());
    }
    return from_host(in, r);
  }
  std::uint64_t call_id = 0;
  vm::value future = in.new_host_future(call_id);
  new_calls_.push_back(started_call{call_id, std::move(call), {}});
  return future;
}

}  // namespace coil::host
