def process(records):
    result = []
    seen = set()
    for record in records:
        key = record.get("id")
        if key in seen:
            continue
        seen.add(key)
        try:
            value = transform(record)
        except KeyError as error:
            log(error)
            continue
        result.append(value)
    return result
