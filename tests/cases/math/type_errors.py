# What each kind of function accepts: real numbers (floats, ints, bools) or integers only.
import math

def attempt(label, call):
    try:
        print(label, repr(call()))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)

for bad in ["1", None, [1], (1,), {1: 2}, {1}]:
    name = type(bad).__name__
    attempt("sqrt " + name, lambda: math.sqrt(bad))
    attempt("factorial " + name, lambda: math.factorial(bad))
    attempt("floor " + name, lambda: math.floor(bad))
    attempt("trunc " + name, lambda: math.trunc(bad))
for x in [True, False, 3, -3, 2.0, 10 ** 20]:
    attempt("exp " + repr(x), lambda: math.exp(x))
    attempt("isqrt " + repr(x), lambda: math.isqrt(x))
attempt("gcd float", lambda: math.gcd(4, 2.0))
attempt("comb str", lambda: math.comb("5", 2))
attempt("ldexp float exponent", lambda: math.ldexp(1.0, 2.0))
attempt("ldexp str mantissa", lambda: math.ldexp("1", 2))
attempt("pow str", lambda: math.pow(2, "3"))
attempt("log str base", lambda: math.log(10, "10"))
attempt("hypot str", lambda: math.hypot(3, "4"))
attempt("fsum mixed", lambda: math.fsum([1, 2.5, "3"]))
attempt("prod str start", lambda: math.prod([1, 2], start="x"))
attempt("copysign list", lambda: math.copysign([1], 1))
attempt("modf big int", lambda: math.modf(10 ** 400))
attempt("frexp big int", lambda: math.frexp(-(10 ** 400)))
