for attempt in range(3):
    try:
        result = call()
    except TimeoutError:
        continue
    except Exception as error:
        last = error
        break
    else:
        break
    finally:
        attempts = attempt + 1
