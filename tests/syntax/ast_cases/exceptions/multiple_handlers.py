try:
    value = int(text)
except ValueError:
    value = 0
except (TypeError, OverflowError) as error:
    value = -1
    log(error)
except Exception as e:
    raise RuntimeError("unexpected") from e
