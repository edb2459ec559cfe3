# break, continue and return may not leave an except* clause: a SyntaxError before anything runs.
print("never printed")
for attempt in range(3):
    try:
        raise ExceptionGroup("g", [ValueError(attempt)])
    except* ValueError:
        break
