// Start-up cost in nanoseconds: what a host pays to turn a tiny script into a result. For two
// sources, `1 + 2` and a 20-line script that defines and calls a function
// (startup/function_script.py), it times compile alone, run_sync of a precompiled program alone
// (a fresh interpreter per run, as a server gets per request) and both together.
//
//   coil_startup_benchmark [--python PYTHON] [Google Benchmark flags, e.g. --benchmark_repetitions=5]
//
// With --python, it then runs cpython_startup_time.py (compile() and exec() of the same sources
// in that Python) and prints a table of coil against CPython, with the ratio. With repetitions
// the medians are compared, else the single measurement.
#include <coil/coil.hpp>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#ifndef COIL_BENCHMARK_SOURCE_DIR
#error "COIL_BENCHMARK_SOURCE_DIR must name the benchmarks/ folder (set by benchmarks/CMakeLists.txt)"
#endif

namespace {

struct script {
  std::string name;
  std::string source;
  std::string expected_repr;  // of run_sync's result: checked once so a broken build cannot look fast
};

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

coil::run_options quiet_options() {
  coil::run_options options;
  options.on_output = [](coil::stream, std::string_view) {};
  return options;
}

void register_benchmarks(const script& s) {
  benchmark::RegisterBenchmark(("compile/" + s.name).c_str(), [&s](benchmark::State& state) {
    for (auto _ : state) {
      auto p = coil::compile(s.source);
      benchmark::DoNotOptimize(p);
    }
  })->Unit(benchmark::kNanosecond);
  benchmark::RegisterBenchmark(("run/" + s.name).c_str(), [&s](benchmark::State& state) {
    auto p = coil::compile(s.source);
    if (!p) {
      state.SkipWithError("compile failed");
      return;
    }
    for (auto _ : state) {
      auto r = coil::run_sync(*p, quiet_options());
      benchmark::DoNotOptimize(r);
    }
  })->Unit(benchmark::kNanosecond);
  benchmark::RegisterBenchmark(("compile_and_run/" + s.name).c_str(), [&s](benchmark::State& state) {
    for (auto _ : state) {
      auto p = coil::compile(s.source);
      auto r = coil::run_sync(*p, quiet_options());
      benchmark::DoNotOptimize(r);
    }
  })->Unit(benchmark::kNanosecond);
}

// Prints as usual and remembers each benchmark's time per iteration (the median aggregate when
// there are repetitions) for the comparison with CPython.
class recording_reporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      if (run.error_occurred) continue;
      const double ns = run.GetAdjustedRealTime() * benchmark::GetTimeUnitMultiplier(benchmark::kNanosecond) /
                        benchmark::GetTimeUnitMultiplier(run.time_unit);
      const std::string name = run.run_name.str();
      if (run.run_type == Run::RT_Aggregate) {
        if (run.aggregate_name == "median") medians_[name] = ns;
      } else {
        singles_[name] = ns;
      }
    }
  }
  std::optional<double> nanoseconds(const std::string& name) const {
    if (auto m = medians_.find(name); m != medians_.end()) return m->second;
    if (auto s = singles_.find(name); s != singles_.end()) return s->second;
    return std::nullopt;
  }

 private:
  std::map<std::string, double> medians_;
  std::map<std::string, double> singles_;
};

std::string shell_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

int compare_with_cpython(const std::string& python, const recording_reporter& reporter) {
  const std::string command = shell_quote(python) + " " +
                              shell_quote(std::string(COIL_BENCHMARK_SOURCE_DIR) + "/cpython_startup_time.py");
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return 1;
  std::string out;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  if (::pclose(pipe) != 0) {
    std::cerr << "the CPython reference failed: " << command << "\n";
    return 1;
  }
  std::istringstream lines(out);
  std::string version;
  std::vector<std::pair<std::string, double>> cpython;
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("python=")) version = line.substr(7);
    else if (auto at = line.find(" ns="); at != std::string::npos)
      cpython.emplace_back(line.substr(0, at), std::strtod(line.c_str() + at + 4, nullptr));
  }
  std::printf("\n%-28s%14s%20s%14s\n", "start-up (ns per call)", "coil", ("CPython " + version).c_str(), "coil/CPython");
  for (const auto& [name, cpython_ns] : cpython) {
    auto coil_ns = reporter.nanoseconds(name);
    if (!coil_ns) continue;
    std::printf("%-28s%14.0f%20.0f%14.3f\n", name.c_str(), *coil_ns, cpython_ns, *coil_ns / cpython_ns);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string python;
  std::vector<char*> rest{argv[0]};
  for (int i = 1; i < argc; ++i) {
    std::string flag = argv[i];
    if (flag == "--python" && i + 1 < argc) python = argv[++i];
    else if (flag.starts_with("--python=")) python = flag.substr(9);
    else rest.push_back(argv[i]);
  }
  int rest_count = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_count, rest.data());
  if (benchmark::ReportUnrecognizedArguments(rest_count, rest.data())) return 2;

  auto function_source = read_file(std::string(COIL_BENCHMARK_SOURCE_DIR) + "/startup/function_script.py");
  if (!function_source) {
    std::cerr << "cannot read startup/function_script.py\n";
    return 2;
  }
  static const std::vector<script> scripts{{"one_plus_two", "1 + 2", "3"}, {"function", *function_source, "(65, 15, 6)"}};
  for (const script& s : scripts) {
    auto p = coil::compile(s.source);
    auto r = p ? coil::run_sync(*p, quiet_options()) : coil::result<coil::value>(tl::unexpected(p.error()));
    if (!r || r->repr() != s.expected_repr) {
      std::cerr << s.name << ": expected " << s.expected_repr << ", got "
                << (r ? r->repr() : r.error().display()) << "\n";
      return 1;
    }
    register_benchmarks(s);
  }

  recording_reporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return python.empty() ? 0 : compare_with_cpython(python, reporter);
}
