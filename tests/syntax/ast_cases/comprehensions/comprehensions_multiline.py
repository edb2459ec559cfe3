result = [
    transform(item)
    for group in groups
    if group.active
    for item in group.items
    if item.valid
]
lookup = {
    key: value
    for key, value in source.items()
}
