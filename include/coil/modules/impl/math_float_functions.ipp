// The floating-point functions of `math`: the C library wrappers (sin, exp, ...), and the ones
// CPython computes itself (gamma and lgamma with its Lanczos approximation, pow, fmod,
// remainder, atan2 and log's special cases). Results must be bit-identical to CPython 3.12 on
// the same platform: the wrappers call the same C library functions CPython calls, and the rest
// perform the same floating-point operations in the same order. The error rules follow CPython's:
// a NaN out of a non-NaN is "math domain error" (ValueError); an infinity out of finite input is
// "math range error" (OverflowError) where the function can overflow, a domain error where the
// infinity is a pole.
#pragma once

#include <coil/modules/impl/math_arguments.ipp>

#include <bit>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdint>
#include <limits>

namespace coil::modules::math_detail {

inline constexpr double pi = 3.141592653589793238462643383279502884;
inline constexpr double infinity = std::numeric_limits<double>::infinity();
inline constexpr double quiet_nan = std::numeric_limits<double>::quiet_NaN();

enum class float_error : std::uint8_t { none, domain, range };

struct float_outcome {
  double result = 0.0;
  float_error error = float_error::none;
};

inline value finish(interpreter& in, float_outcome outcome) {
  switch (outcome.error) {
    case float_error::domain: return domain_error(in);
    case float_error::range: return range_error(in);
    case float_error::none: break;
  }
  return value::from_double(outcome.result);
}

// CPython's rule for a one-argument C library function: NaN from non-NaN input is a domain
// error; an infinity from finite input is a range error when the function can overflow (exp)
// and a domain error otherwise (a pole, as atanh(1)).
inline value libm_result(interpreter& in, double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) return domain_error(in);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(in) : domain_error(in);
  return value::from_double(r);
}

// The two-argument counterpart (atan2, copysign, remainder).
inline value libm_result2(interpreter& in, double x, double y, double r) {
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(in);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return range_error(in);
  return value::from_double(r);
}

// --- gamma and lgamma: CPython's own Lanczos approximation (g = 6.0246..., 13 terms, the
// coefficients scaled so that the sum is a ratio of two polynomials), not the C library's ---

inline constexpr double lanczos_g = 6.024680040776729583740234375;
inline constexpr double lanczos_g_minus_half = 5.524680040776729583740234375;
inline constexpr double lanczos_numerator[13] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
inline constexpr double lanczos_denominator[13] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                                   45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                                   1925.0,     66.0,       1.0};
inline constexpr double log_pi = 1.144729885849400174143427351353058711647;

// The rational function, evaluated from the constant term for small x and from the leading
// term (in 1/x) for large x so that neither overflows.
inline double lanczos_sum(double x) {
  double numerator = 0.0, denominator = 0.0;
  if (x < 5.0) {
    for (int i = 12; i >= 0; --i) {
      numerator = numerator * x + lanczos_numerator[i];
      denominator = denominator * x + lanczos_denominator[i];
    }
  } else {
    for (int i = 0; i < 13; ++i) {
      numerator = numerator / x + lanczos_numerator[i];
      denominator = denominator / x + lanczos_denominator[i];
    }
  }
  return numerator / denominator;
}

// sin(pi * x), exact at integers and half-integers: the argument is reduced to [0, 2) first.
inline double sin_pi(double x) {
  const double y = std::fmod(std::fabs(x), 2.0);
  double r = 0.0;
  switch (static_cast<int>(std::round(2.0 * y))) {
    case 0: r = std::sin(pi * y); break;
    case 1: r = std::cos(pi * (y - 0.5)); break;
    case 2: r = std::sin(pi * (1.0 - y)); break;
    case 3: r = -std::cos(pi * (y - 1.5)); break;
    case 4: r = std::sin(pi * (y - 2.0)); break;
    default: break;
  }
  return std::copysign(1.0, x) * r;
}

inline float_outcome gamma_of(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return {x};
    return {quiet_nan, float_error::domain};
  }
  if (x == 0.0) return {std::copysign(infinity, x), float_error::domain};
  if (x == std::floor(x)) {
    if (x < 0.0) return {quiet_nan, float_error::domain};
    if (x <= 23.0) {
      double factorial = 1.0;  // (x-1)!, exact in a double up to 22!
      for (int i = 2; i < static_cast<int>(x); ++i) factorial *= i;
      return {factorial};
    }
  }
  const double ax = std::fabs(x);
  if (ax < 1e-20) {
    const double r = 1.0 / x;
    return {r, std::isinf(r) ? float_error::range : float_error::none};
  }
  if (ax > 200.0) {
    if (x < 0.0) return {0.0 / sin_pi(x)};
    return {infinity, float_error::range};
  }
  const double y = ax + lanczos_g_minus_half;
  double z;
  // z = (the rounding error of y) * g / y, computed so that the subtraction is exact.
  if (ax > lanczos_g_minus_half) {
    const double q = y - ax;
    z = q - lanczos_g_minus_half;
  } else {
    const double q = y - lanczos_g_minus_half;
    z = q - ax;
  }
  z = z * lanczos_g / y;
  double r;
  if (x < 0.0) {
    r = -pi / sin_pi(ax) / ax * std::exp(y) / lanczos_sum(ax);
    r -= z * r;
    if (ax < 140.0) {
      r /= std::pow(y, ax - 0.5);
    } else {
      const double half_power = std::pow(y, ax / 2.0 - 0.25);
      r /= half_power;
      r /= half_power;
    }
  } else {
    r = lanczos_sum(ax) / std::exp(y);
    r += z * r;
    if (ax < 140.0) {
      r *= std::pow(y, ax - 0.5);
    } else {
      const double half_power = std::pow(y, ax / 2.0 - 0.25);
      r *= half_power;
      r *= half_power;
    }
  }
  return {r, std::isinf(r) ? float_error::range : float_error::none};
}

inline float_outcome lgamma_of(double x) {
  if (!std::isfinite(x)) return {std::isnan(x) ? x : infinity};
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) return {infinity, float_error::domain};
    return {0.0};
  }
  const double ax = std::fabs(x);
  if (ax < 1e-20) return {-std::log(ax)};
  double r = std::log(lanczos_sum(ax)) - lanczos_g;
  r += (ax - 0.5) * (std::log(ax + lanczos_g - 0.5) - 1);
  if (x < 0.0) r = log_pi - std::log(std::fabs(sin_pi(ax))) - std::log(ax) - r;
  return {r, std::isinf(r) ? float_error::range : float_error::none};
}

// --- two-argument functions CPython defines itself ---

inline double atan2_of(double y, double x) {
  if (std::isnan(x) || std::isnan(y)) return quiet_nan;
  if (std::isinf(y)) {
    if (std::isinf(x)) return std::copysign(std::copysign(1.0, x) == 1.0 ? 0.25 * pi : 0.75 * pi, y);
    return std::copysign(0.5 * pi, y);
  }
  if (std::isinf(x) || y == 0.0) return std::copysign(std::copysign(1.0, x) == 1.0 ? 0.0 : pi, y);
  return std::atan2(y, x);
}

// IEEE 754 remainder: x - n*y with n the integer nearest x/y, ties to even.
inline double remainder_of(double x, double y) {
  if (std::isfinite(x) && std::isfinite(y)) {
    if (y == 0.0) return quiet_nan;
    const double ax = std::fabs(x), ay = std::fabs(y);
    const double m = std::fmod(ax, ay);
    const double complement = ay - m;
    double r;
    if (m < complement) r = m;
    else if (m > complement) r = -complement;
    else r = m - 2.0 * std::fmod(0.5 * (ax - m), ay);  // a tie: pick the even multiple
    return std::copysign(1.0, x) * r;
  }
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  if (std::isinf(x)) return quiet_nan;
  return x;
}

inline float_outcome pow_of(double x, double y) {
  if (!std::isfinite(x) || !std::isfinite(y)) {
    // C99's Annex F values, which CPython spells out rather than trust the platform.
    if (std::isnan(x)) return {y == 0.0 ? 1.0 : x};
    if (std::isnan(y)) return {x == 1.0 ? 1.0 : y};
    if (std::isinf(x)) {
      const bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0) return {odd_y ? x : std::fabs(x)};
      if (y == 0.0) return {1.0};
      return {odd_y ? std::copysign(0.0, x) : 0.0};
    }
    if (std::fabs(x) == 1.0) return {1.0};
    if (y > 0.0 && std::fabs(x) > 1.0) return {y};
    if (y < 0.0 && std::fabs(x) < 1.0) return {-y};
    return {0.0};
  }
  const double r = std::pow(x, y);
  if (std::isnan(r)) return {r, float_error::domain};  // a negative base to a non-integer power
  if (std::isinf(r)) return {r, x == 0.0 ? float_error::domain : float_error::range};
  return {r};
}

// --- the natives ---

// One native per line of math_libm_functions.def.
#define COIL_MATH_LIBM_FUNCTION(name, can_overflow)                       \
  inline value math_##name(interpreter& in, const call_arguments& args) { \
    if (!check_one(in, args, #name)) return value::raised();              \
    auto x = to_double(in, args.positional[0]);                          \
    if (!x) return value::raised();                                       \
    return libm_result(in, *x, std::name(*x), can_overflow);              \
  }
#include <coil/modules/math_libm_functions.def>

// One real argument through `f` (a float_outcome function).
template <float_outcome (*F)(double)>
inline value unary_outcome(interpreter& in, const call_arguments& args, std::string_view name) {
  if (!check_one(in, args, name)) return value::raised();
  auto x = to_double(in, args.positional[0]);
  if (!x) return value::raised();
  return finish(in, F(*x));
}
inline value math_gamma(interpreter& in, const call_arguments& args) { return unary_outcome<gamma_of>(in, args, "gamma"); }
inline value math_lgamma(interpreter& in, const call_arguments& args) { return unary_outcome<lgamma_of>(in, args, "lgamma"); }

// Two real arguments, converted in order (the first bad one is reported).
inline bool two_doubles(interpreter& in, const call_arguments& args, std::string_view name, double& x, double& y) {
  if (!check_positional(in, args, name, 2, 2)) return false;
  auto a = to_double(in, args.positional[0]);
  if (!a) return false;
  auto b = to_double(in, args.positional[1]);
  if (!b) return false;
  x = *a;
  y = *b;
  return true;
}

inline value math_atan2(interpreter& in, const call_arguments& args) {
  double y, x;
  if (!two_doubles(in, args, "atan2", y, x)) return value::raised();
  return libm_result2(in, y, x, atan2_of(y, x));
}
inline value math_copysign(interpreter& in, const call_arguments& args) {
  double x, y;
  if (!two_doubles(in, args, "copysign", x, y)) return value::raised();
  return libm_result2(in, x, y, std::copysign(x, y));
}
inline value math_remainder(interpreter& in, const call_arguments& args) {
  double x, y;
  if (!two_doubles(in, args, "remainder", x, y)) return value::raised();
  return libm_result2(in, x, y, remainder_of(x, y));
}
inline value math_fmod(interpreter& in, const call_arguments& args) {
  double x, y;
  if (!two_doubles(in, args, "fmod", x, y)) return value::raised();
  if (std::isinf(y) && std::isfinite(x)) return value::from_double(x);
  const double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(in);
  return value::from_double(r);
}
inline value math_pow(interpreter& in, const call_arguments& args) {
  double x, y;
  if (!two_doubles(in, args, "pow", x, y)) return value::raised();
  return finish(in, pow_of(x, y));
}

// --- logarithms: ints are taken exactly (log(10**400) works), through frexp when the int is
// beyond the double range ---

inline double log_of(double x) { return std::log(x); }
inline double log2_of(double x) { return std::log2(x); }
inline double log10_of(double x) { return std::log10(x); }

// CPython's m_log family: the logarithm with the domain decided here, not by the platform.
template <double (*Log)(double)>
inline float_outcome checked_log(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return {Log(x)};
    return {x == 0.0 ? -infinity : quiet_nan, float_error::domain};
  }
  if (std::isnan(x) || x > 0.0) return {x};
  return {quiet_nan, float_error::domain};
}

// log of any real argument; nullopt when raised.
template <double (*Log)(double)>
inline std::optional<double> log_value(interpreter& in, value v) {
  if (is_integer(v)) {
    big_int n = runtime::numeric_detail::to_big(v);
    if (n.sign() <= 0) {
      domain_error(in);
      return std::nullopt;
    }
    if (auto d = n.to_double()) return Log(*d);
    auto [mantissa, exponent] = n.frexp();
    return Log(mantissa) + Log(2.0) * static_cast<double>(exponent);
  }
  auto x = to_double(in, v);
  if (!x) return std::nullopt;
  // Every failure of a logarithm is a domain error, log(0.0) = -inf included: it cannot overflow.
  const float_outcome outcome = checked_log<Log>(*x);
  if (outcome.error != float_error::none) {
    domain_error(in);
    return std::nullopt;
  }
  return outcome.result;
}

inline value math_log(interpreter& in, const call_arguments& args) {
  if (!check_positional(in, args, "log", 1, 2)) return value::raised();
  auto numerator = log_value<log_of>(in, args.positional[0]);
  if (!numerator) return value::raised();
  if (args.positional.size() == 1) return value::from_double(*numerator);
  auto denominator = log_value<log_of>(in, args.positional[1]);
  if (!denominator) return value::raised();
  if (*denominator == 0.0)
    return in.raise_error(runtime::exception_type(runtime::exception_kind::zero_division_error), "float division by zero");
  return value::from_double(*numerator / *denominator);
}
template <double (*Log)(double)>
inline value one_log(interpreter& in, const call_arguments& args, std::string_view name) {
  if (!check_one(in, args, name)) return value::raised();
  auto r = log_value<Log>(in, args.positional[0]);
  return r ? value::from_double(*r) : value::raised();
}
inline value math_log2(interpreter& in, const call_arguments& args) { return one_log<log2_of>(in, args, "log2"); }
inline value math_log10(interpreter& in, const call_arguments& args) { return one_log<log10_of>(in, args, "log10"); }

// --- representation: frexp, ldexp, modf, nextafter, ulp ---

inline value math_frexp(interpreter& in, const call_arguments& args) {
  if (!check_one(in, args, "frexp")) return value::raised();
  auto x = to_double(in, args.positional[0]);
  if (!x) return value::raised();
  int exponent = 0;
  double mantissa = *x;
  if (std::isfinite(*x) && *x != 0.0) mantissa = std::frexp(*x, &exponent);
  value parts[2] = {value::from_double(mantissa), value::from_small_int(exponent)};
  return in.make_tuple(parts);
}

inline value math_ldexp(interpreter& in, const call_arguments& args) {
  if (!check_positional(in, args, "ldexp", 2, 2)) return value::raised();
  auto x = to_double(in, args.positional[0]);
  if (!x) return value::raised();
  value i = args.positional[1];
  if (!is_integer(i)) return in.raise_type_error("Expected an int as second argument to ldexp.");
  // An exponent beyond a C long saturates: only its sign matters then.
  std::int64_t exponent = 0;
  if (auto small = runtime::numeric_detail::to_int64(i)) exponent = *small;
  else exponent = runtime::numeric_detail::to_big(i).is_negative() ? INT64_MIN : INT64_MAX;
  double r;
  if (*x == 0.0 || !std::isfinite(*x)) r = *x;
  else if (exponent > INT_MAX) return range_error(in);
  else if (exponent < INT_MIN) r = std::copysign(0.0, *x);
  else {
    r = std::ldexp(*x, static_cast<int>(exponent));
    if (std::isinf(r)) return range_error(in);
  }
  return value::from_double(r);
}

inline value math_modf(interpreter& in, const call_arguments& args) {
  if (!check_one(in, args, "modf")) return value::raised();
  auto x = to_double(in, args.positional[0]);
  if (!x) return value::raised();
  double fraction, integral;
  if (std::isinf(*x)) {
    fraction = std::copysign(0.0, *x);
    integral = *x;
  } else if (std::isnan(*x)) {
    fraction = integral = *x;
  } else {
    fraction = std::modf(*x, &integral);
  }
  value parts[2] = {value::from_double(fraction), value::from_double(integral)};
  return in.make_tuple(parts);
}

// nextafter(x, y, steps): `steps` representable doubles from x towards y, never past y. Doubles
// of one sign are ordered like their bit patterns, so stepping is integer arithmetic on the bits.
inline double step_towards(double x, double y, std::uint64_t steps) {
  if (steps == 0 || std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  const auto bx = std::bit_cast<std::uint64_t>(x), by = std::bit_cast<std::uint64_t>(y);
  if (bx == by) return x;
  constexpr std::uint64_t sign_bit = std::uint64_t{1} << 63;
  const std::uint64_t ax = bx & ~sign_bit, ay = by & ~sign_bit;
  if ((bx ^ by) & sign_bit) {  // through zero: ax steps down to it, then ay steps up
    if (ax + ay <= steps) return y;
    if (ax < steps) return std::bit_cast<double>((by & sign_bit) | (steps - ax));
    return std::bit_cast<double>(bx - steps);
  }
  if (ax > ay) return ax - ay >= steps ? std::bit_cast<double>(bx - steps) : y;
  return ay - ax >= steps ? std::bit_cast<double>(bx + steps) : y;
}

inline value math_nextafter(interpreter& in, const call_arguments& args) {
  static constexpr std::string_view names[] = {"x", "y", "steps"};
  value bound[3];
  if (!parse_clinic(in, args, {"nextafter", names, 2, 2, 2}, bound)) return value::raised();
  auto x = to_double(in, bound[0]);
  if (!x) return value::raised();
  auto y = to_double(in, bound[1]);
  if (!y) return value::raised();
  if (bound[2].is_unbound() || bound[2].is_none()) return value::from_double(std::nextafter(*x, *y));
  auto steps = to_index(in, bound[2]);
  if (!steps) return value::raised();
  if (steps->is_negative()) return in.raise_value_error("steps must be a non-negative integer");
  std::uint64_t count = UINT64_MAX;  // more steps than there are doubles: saturate
  if (steps->bit_length() <= 64) count = steps->limb_count() == 0 ? 0 : steps->limbs()[0];
  return value::from_double(step_towards(*x, *y, count));
}

inline value math_ulp(interpreter& in, const call_arguments& args) {
  if (!check_one(in, args, "ulp")) return value::raised();
  auto x = to_double(in, args.positional[0]);
  if (!x) return value::raised();
  double d = *x;
  if (std::isnan(d)) return value::from_double(d);
  d = std::fabs(d);
  if (std::isinf(d)) return value::from_double(d);
  const double above = std::nextafter(d, infinity);
  if (std::isinf(above)) return value::from_double(d - std::nextafter(d, -infinity));  // the largest double
  return value::from_double(above - d);
}

// --- rounding to int: floor, ceil, trunc ---

inline value int_from_double(interpreter& in, double d) {
  if (std::isnan(d)) return in.raise_value_error("cannot convert float NaN to integer");
  if (std::isinf(d)) return overflow_error(in, "cannot convert float infinity to integer");
  if (std::fabs(d) < 0x1p47) return value::from_small_int(static_cast<std::int64_t>(d));
  return in.make_big_int(*big_int::from_double(d));
}

// An int argument is returned as an int (its __floor__/__ceil__/__trunc__): bools become 0 or 1.
inline value int_itself(value v) {
  if (v.is_bool()) return value::from_small_int(v.is_true() ? 1 : 0);
  return v;
}

template <double (*Round)(double)>
inline value round_to_int(interpreter& in, const call_arguments& args, std::string_view name) {
  if (!check_one(in, args, name)) return value::raised();
  value v = args.positional[0];
  if (is_integer(v)) return int_itself(v);
  auto x = to_double(in, v);
  if (!x) return value::raised();
  return int_from_double(in, Round(*x));
}
inline double floor_of(double x) { return std::floor(x); }
inline double ceil_of(double x) { return std::ceil(x); }
inline value math_floor(interpreter& in, const call_arguments& args) { return round_to_int<floor_of>(in, args, "floor"); }
inline value math_ceil(interpreter& in, const call_arguments& args) { return round_to_int<ceil_of>(in, args, "ceil"); }

inline value math_trunc(interpreter& in, const call_arguments& args) {
  if (!check_one(in, args, "trunc")) return value::raised();
  value v = args.positional[0];
  if (is_integer(v)) return int_itself(v);
  if (v.is_double()) return int_from_double(in, std::trunc(v.as_double()));
  return in.raise_type_error("type " + type_name(in, v) + " doesn't define __trunc__ method");
}

// --- predicates and conversions ---

template <bool (*Test)(double)>
inline value predicate(interpreter& in, const call_arguments& args, std::string_view name) {
  if (!check_one(in, args, name)) return value::raised();
  auto x = to_double(in, args.positional[0]);
  if (!x) return value::raised();
  return value::from_bool(Test(*x));
}
inline bool finite_test(double x) { return std::isfinite(x); }
inline bool inf_test(double x) { return std::isinf(x); }
inline bool nan_test(double x) { return std::isnan(x); }
inline value math_isfinite(interpreter& in, const call_arguments& args) { return predicate<finite_test>(in, args, "isfinite"); }
inline value math_isinf(interpreter& in, const call_arguments& args) { return predicate<inf_test>(in, args, "isinf"); }
inline value math_isnan(interpreter& in, const call_arguments& args) { return predicate<nan_test>(in, args, "isnan"); }

inline value math_degrees(interpreter& in, const call_arguments& args) {
  if (!check_one(in, args, "degrees")) return value::raised();
  auto x = to_double(in, args.positional[0]);
  if (!x) return value::raised();
  return value::from_double(*x * (180.0 / pi));
}
inline value math_radians(interpreter& in, const call_arguments& args) {
  if (!check_one(in, args, "radians")) return value::raised();
  auto x = to_double(in, args.positional[0]);
  if (!x) return value::raised();
  return value::from_double(*x * (pi / 180.0));
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
inline value math_isclose(interpreter& in, const call_arguments& args) {
  static constexpr std::string_view names[] = {"a", "b", "rel_tol", "abs_tol"};
  value bound[4];
  if (!parse_clinic(in, args, {"isclose", names, 0, 2, 2}, bound)) return value::raised();
  auto a = to_double(in, bound[0]);
  if (!a) return value::raised();
  auto b = to_double(in, bound[1]);
  if (!b) return value::raised();
  double relative = 1e-09, absolute = 0.0;
  if (!bound[2].is_unbound()) {
    auto r = to_double(in, bound[2]);
    if (!r) return value::raised();
    relative = *r;
  }
  if (!bound[3].is_unbound()) {
    auto r = to_double(in, bound[3]);
    if (!r) return value::raised();
    absolute = *r;
  }
  if (relative < 0.0 || absolute < 0.0) return in.raise_value_error("tolerances must be non-negative");
  if (*a == *b) return value::from_bool(true);  // also equal infinities
  if (std::isinf(*a) || std::isinf(*b)) return value::from_bool(false);
  const double difference = std::fabs(*b - *a);
  return value::from_bool(difference <= std::fabs(relative * *b) || difference <= std::fabs(relative * *a) ||
                          difference <= absolute);
}

}  // namespace coil::modules::math_detail
