// The `math` module of CPython 3.12, whole: every function and constant, with CPython's results
// (bit for bit on floats), errors and messages. This file only assembles the module; the
// functions live in math_float_functions.ipp (C library wrappers and CPython's own float
// algorithms), math_sums.ipp (fsum, hypot, dist, sumprod, prod) and math_integer_functions.ipp
// (factorial, comb, perm, gcd, lcm, isqrt), over the argument rules of math_arguments.ipp.
#pragma once

#include <coil/modules/impl/math_arguments.ipp>
#include <coil/modules/impl/math_float_functions.ipp>
#include <coil/modules/impl/math_integer_functions.ipp>
#include <coil/modules/impl/math_sums.ipp>
#include <coil/modules/module_registry.hpp>
#include <coil/runtime/function_objects.hpp>

#include <limits>

namespace coil::modules {

inline value build_math_module(interpreter& in) {
  using namespace math_detail;
  // Immortal function objects, made once per process and shared by every execution; no owner
  // type, so they are plain builtins: <built-in function sin>, __qualname__ 'sin'.
  static const auto functions = runtime::make_methods("", {
#define COIL_MATH_LIBM_FUNCTION(name, can_overflow) {#name, math_##name},
#include <coil/modules/math_libm_functions.def>
      {"atan2", math_atan2},         {"ceil", math_ceil},           {"comb", math_comb},
      {"copysign", math_copysign},   {"degrees", math_degrees},     {"dist", math_dist},
      {"factorial", math_factorial}, {"floor", math_floor},         {"fmod", math_fmod},
      {"frexp", math_frexp},         {"fsum", math_fsum},           {"gamma", math_gamma},
      {"gcd", math_gcd},             {"hypot", math_hypot},         {"isclose", math_isclose},
      {"isfinite", math_isfinite},   {"isinf", math_isinf},         {"isnan", math_isnan},
      {"isqrt", math_isqrt},         {"lcm", math_lcm},             {"ldexp", math_ldexp},
      {"lgamma", math_lgamma},       {"log", math_log},             {"log10", math_log10},
      {"log2", math_log2},           {"modf", math_modf},           {"nextafter", math_nextafter},
      {"perm", math_perm},           {"pow", math_pow},             {"prod", math_prod},
      {"radians", math_radians},     {"remainder", math_remainder}, {"sumprod", math_sumprod},
      {"trunc", math_trunc},         {"ulp", math_ulp},
  });
  value module = new_module(in, "math");
  if (module.is_raised()) return module;
  auto root = in.root(module);
  if (!add_functions(in, module, functions)) return value::raised();
  const bool ok = set_member(in, module, "pi", value::from_double(math_detail::pi)) &&
                  set_member(in, module, "e", value::from_double(2.718281828459045235360287471352662498)) &&
                  set_member(in, module, "tau", value::from_double(6.283185307179586476925286766559005768)) &&
                  set_member(in, module, "inf", value::from_double(std::numeric_limits<double>::infinity())) &&
                  set_member(in, module, "nan", value::from_double(std::numeric_limits<double>::quiet_NaN()));
  return ok ? module : value::raised();
}

}  // namespace coil::modules
