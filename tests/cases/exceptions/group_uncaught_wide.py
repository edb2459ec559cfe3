# A group with more than 15 sub-exceptions: CPython shows 15 and counts the rest.
errors = [ValueError(i) for i in range(18)]
print(len(errors))
raise ExceptionGroup("wide", errors)
