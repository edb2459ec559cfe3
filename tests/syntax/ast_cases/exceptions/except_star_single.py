try:
    pass
except* Exception as eg:
    handle(eg)
