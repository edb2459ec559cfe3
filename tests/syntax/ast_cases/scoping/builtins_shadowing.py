def f(list, dict, str):
    len = 3
    print = None
    return list, dict, str, len
