try:
    run_all()
except* ValueError:
    pass
except* (TypeError, KeyError) as group:
    for exc in group.exceptions:
        print(exc)
else:
    ok()
finally:
    done()
