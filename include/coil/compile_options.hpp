// Options for turning source text into a program (coil::compile, coil::check_syntax).
#pragma once

#include <string>
#include <vector>

namespace coil {

struct compile_options {
  std::string script_name = "main.py";  // the file name tracebacks and syntax errors show
  std::vector<std::string> inputs;      // names the host will bind as globals at run time
};

}  // namespace coil
