# BaseExceptionGroup: groups holding BaseExceptions that are not Exceptions.
def run(label, body):
    try:
        body()
        print(label, "-> nothing escaped")
    except Exception as e:
        print(label, "-> Exception:", repr(e))
    except BaseException as e:
        print(label, "-> BaseException only:", type(e).__name__, repr(e))

def base_group():
    raise BaseExceptionGroup("base", [SystemExit(2), ValueError("v")])
run("mixed group", base_group)

def split_off_the_exceptions():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v"), GeneratorExit()])
    except* ValueError as e:
        print("  clause got", type(e).__name__, repr(e))
run("rest of a mixed group", split_off_the_exceptions)

def handle_the_base_part():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
    except* KeyboardInterrupt as e:
        print("  clause got", type(e).__name__, repr(e))
run("ExceptionGroup left", handle_the_base_part)

def catch_everything():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v"), SystemExit(0)])
    except* BaseException as e:
        print("  clause got", type(e).__name__, repr(e))
run("except* BaseException", catch_everything)

def new_base_exception_from_clause():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise SystemExit("bye")
run("SystemExit raised in a clause", new_base_exception_from_clause)

def wrap_naked_base():
    try:
        raise SystemExit(4)
    except* SystemExit:
        raise
run("naked SystemExit re-raised", wrap_naked_base)

print(repr(BaseExceptionGroup("m", [SystemExit()]).subgroup(Exception)))
print(repr(BaseExceptionGroup("m", [SystemExit(), BaseExceptionGroup("n", [ValueError(), KeyboardInterrupt()])]).subgroup(Exception)))
print(type(BaseExceptionGroup("m", [SystemExit(), ValueError()]).derive([ValueError()])).__name__)
