# An uncaught BaseExceptionGroup, raised from a function.
def stop():
    raise BaseExceptionGroup("stopping", [SystemExit(1), KeyboardInterrupt()])

stop()
