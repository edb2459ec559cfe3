if (match := pattern.match(line)) is not None:
    groups = match.groups()
elif (m := other.search(line)):
    groups = m.groups()
else:
    groups = ()
