# A return/break/continue that leaves an inner try runs the outer finally on its way out; an
# exception raised by that finally body propagates: the inner except clauses never see it.
def fail(tag):
    raise ValueError("from finally " + tag)


def from_body():
    try:
        try:
            return 1
        except ValueError:
            print("wrongly caught (body)")
    finally:
        fail("body")


def from_else():
    try:
        try:
            pass
        except ValueError:
            print("wrongly caught (except)")
        else:
            return 2
    finally:
        fail("else")


def from_clause():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            try:
                return 3
            except ValueError:
                print("wrongly caught (clause)")
    finally:
        fail("clause")


def through_inner_finally():
    try:
        try:
            try:
                return 4
            except ValueError:
                print("wrongly caught (nested)")
        finally:
            print("inner finally runs first")
    finally:
        fail("nested")


def break_out():
    for i in range(3):
        try:
            try:
                break
            except ValueError:
                print("wrongly caught (break)")
        finally:
            fail("break " + str(i))


def continue_out():
    for n in range(3):
        try:
            try:
                continue
            except* ValueError:
                print("wrongly caught (continue)")
        finally:
            print("finally", n)
            if n == 1:
                fail("continue")


for f in [from_body, from_else, from_clause, through_inner_finally, break_out, continue_out]:
    try:
        print(f.__name__, f())
    except ValueError as e:
        print(f.__name__, "raised:", e, "| context:", repr(e.__context__))
