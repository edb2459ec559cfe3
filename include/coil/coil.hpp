// coil: a sandboxed interpreter for a practical subset of Python, for C++ programs and Asio servers.
// Including this header is all a user needs; see DESIGN.md § 3 for the contract.
#pragma once

#include <coil/config.hpp>
#include <coil/error.hpp>
#include <coil/exception.hpp>
#include <coil/externals.hpp>
#include <coil/check.hpp>
#include <coil/program.hpp>
#include <coil/run.hpp>
#include <coil/run_options.hpp>
#include <coil/value.hpp>
