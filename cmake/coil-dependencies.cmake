# Imported targets for coil's dependencies, used by the build and by the installed package config.
# Debian's libasio-dev and libexpected-dev ship no CMake configs, so the headers are found by path.
include_guard(GLOBAL)
find_package(Threads REQUIRED)

if(NOT TARGET coil::asio)
  find_path(COIL_ASIO_INCLUDE_DIR asio.hpp REQUIRED DOC "standalone Asio (Debian: libasio-dev)")
  add_library(coil::asio INTERFACE IMPORTED)
  set_target_properties(coil::asio PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${COIL_ASIO_INCLUDE_DIR}")
endif()

if(NOT TARGET coil::tl_expected)
  find_path(COIL_TL_EXPECTED_INCLUDE_DIR tl/expected.hpp REQUIRED DOC "tl::expected (Debian: libexpected-dev)")
  add_library(coil::tl_expected INTERFACE IMPORTED)
  set_target_properties(coil::tl_expected PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${COIL_TL_EXPECTED_INCLUDE_DIR}")
endif()
