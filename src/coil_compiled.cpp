// The one translation unit that compiles coil's implementation for the project's own tests,
// examples and benchmarks (separate compilation mode, see include/coil/impl/src.hpp).
#include <coil/impl/src.hpp>
