# Nested try blocks: which handler runs, the state of variables, and exceptions in handlers.
def process(step):
    trail = []
    try:
        trail.append("outer try")
        try:
            trail.append("inner try")
            if step == 1:
                raise ValueError("v")
            if step == 2:
                raise KeyError("k")
            if step == 3:
                raise TypeError("t")
            trail.append("inner ok")
        except ValueError:
            trail.append("inner caught ValueError")
        except KeyError:
            trail.append("inner caught KeyError, raising IndexError")
            raise IndexError("converted")
        else:
            trail.append("inner else")
        finally:
            trail.append("inner finally")
        trail.append("after inner")
    except IndexError as e:
        trail.append(f"outer caught IndexError({e}) context={type(e.__context__).__name__}")
    except TypeError:
        trail.append("outer caught TypeError")
    finally:
        trail.append("outer finally")
    return trail
for step in range(4):
    print(step, process(step))
def cleanup_order():
    order = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise RuntimeError(i)
            finally:
                order.append(f"inner {i}")
        except RuntimeError as e:
            order.append(f"caught {e}")
            continue
        finally:
            order.append(f"outer {i}")
    return order
print(cleanup_order())
