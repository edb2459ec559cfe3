try:
    try:
        inner()
    except KeyError:
        raise
    finally:
        note()
except Exception:
    try:
        recover()
    except Exception:
        pass
