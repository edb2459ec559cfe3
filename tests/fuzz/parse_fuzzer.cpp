// libFuzzer target for the front end: any bytes go through the lexer, the parser and the AST
// dump (coil::check_syntax, coil::dump_ast). Each must end in a result or a syntax error; a
// crash, a sanitizer report, a leak, a hang or an out-of-memory is a finding. Built in
// header-only mode as one translation unit so the whole front end carries the fuzzer's
// coverage instrumentation (tests/fuzz/CMakeLists.txt); run by scripts/fuzz. It includes only
// the front end's public header, so nothing else of coil is compiled into it.
#include <coil/check.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  auto checked = coil::check_syntax(source);
  auto dumped = coil::dump_ast(source);
  // Both entry points parse the same text: they must agree on whether it is valid.
  if (checked.has_value() != dumped.has_value()) std::abort();
  if (!checked) {
    const coil::error& e = checked.error();
    if (e.what != coil::error::kind::syntax || e.type.empty() || e.display().empty()) std::abort();
  }
  return 0;
}
