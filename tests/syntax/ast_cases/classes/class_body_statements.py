class Config:
    """Settings."""
    DEBUG = False
    if DEBUG:
        LEVEL = "debug"
    else:
        LEVEL = "info"
    for _name in ("a", "b"):
        pass
    del _name
    values = [i for i in range(3)]
