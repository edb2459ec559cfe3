# finally: runs on return/break/continue/exception; a return in finally wins.
trace = []
def returns_in_try():
    try:
        trace.append("try")
        return "try value"
    finally:
        trace.append("finally")
print(returns_in_try(), trace)
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_control())
def nested():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(nested())
def else_clause(fail):
    log = []
    try:
        log.append("body")
        if fail:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(else_clause(False), else_clause(True))
def value_of_finally_counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
print(value_of_finally_counter())
