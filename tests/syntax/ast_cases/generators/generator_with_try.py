def managed():
    resource = acquire()
    try:
        yield resource
    except GeneratorExit:
        pass
    finally:
        release(resource)
