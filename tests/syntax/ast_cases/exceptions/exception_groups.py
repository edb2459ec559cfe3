def run():
    errors = []
    for task in tasks:
        try:
            task()
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("failures", errors)
