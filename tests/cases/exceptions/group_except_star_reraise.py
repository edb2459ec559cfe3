# What no clause handles, and what a clause re-raises with a bare raise, leaves together as part
# of the original group.
def run(body):
    try:
        body()
        print("  nothing escaped")
    except BaseException as e:
        print("  escaped:", type(e).__name__, repr(e))
        return e

def unhandled():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("  handled the ValueError")
run(unhandled)

def bare_reraise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
run(bare_reraise)

def reraise_all():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
e = run(reraise_all)
print("  same leaves:", e.exceptions[0].args, e.exceptions[1].args)

def reraise_nested():
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("h", [TypeError(2), ValueError(5)])])
    except* TypeError:
        raise
    except* ValueError:
        print("  ValueErrors handled")
run(reraise_nested)

def everything_handled():
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("h", [TypeError(2)])])
    except* ValueError:
        pass
    except* TypeError:
        pass
run(everything_handled)

# The rest keeps the cause and context of the original.
def with_cause():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from KeyError("cause")
    except* ValueError:
        pass
e = run(with_cause)
print("  cause:", repr(e.__cause__))

# BaseExceptionGroup leftovers keep their class.
def base_rest():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as v:
        print("  got", repr(v))
result = run(base_rest)
