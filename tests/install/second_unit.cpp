// A second translation unit that includes coil too: linking it with main.cpp proves the
// header-only definitions do not collide.
#include <coil/coil.hpp>

#include <string>

std::string report_for(std::string_view source) {
  coil::compile_options options;
  options.script_name = "agent.py";
  auto checked = coil::check_syntax(source, options);
  return checked ? std::string("ok") : checked.error().display();
}
