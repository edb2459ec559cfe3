// text_error names and messages, expanded from text_errors.def.
#pragma once

#include <coil/runtime/text/text_error.hpp>

namespace coil::runtime::text {

COIL_DECL std::string_view python_type(text_error error) noexcept {
  switch (error) {
#define COIL_TEXT_ERROR(name, type, message) \
  case text_error::name:                     \
    return type;
#include <coil/runtime/text/text_errors.def>
  }
  return "SystemError";
}

COIL_DECL std::string_view python_message(text_error error) noexcept {
  switch (error) {
#define COIL_TEXT_ERROR(name, type, message) \
  case text_error::name:                     \
    return message;
#include <coil/runtime/text/text_errors.def>
  }
  return "";
}

}  // namespace coil::runtime::text
