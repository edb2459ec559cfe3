try:
    pass
except (A, B):
    pass
except mod.Error:
    pass
except errors[0]:
    pass
except get_error():
    pass
except (A if flag else B) as e:
    pass
