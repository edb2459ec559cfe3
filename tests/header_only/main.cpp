// Built without COIL_SEPARATE_COMPILATION: proves the header-only mode compiles, links and runs.
#include <coil/coil.hpp>

#include <cstdio>

int main() {
  auto ok = coil::check_syntax("x = [i * i for i in range(3)]\n");
  auto bad = coil::check_syntax("x = (1,\n");
  if (!ok || bad || bad.error().type != "SyntaxError") {
    std::puts("header-only mode: unexpected result");
    return 1;
  }
  std::puts("header-only mode: ok");
  return 0;
}
