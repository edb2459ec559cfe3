try:
    f = open_file()
except OSError:
    f = None
else:
    process(f)
finally:
    cleanup()
try:
    pass
finally:
    pass
