// The Catch2 runner for coil_tests.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
