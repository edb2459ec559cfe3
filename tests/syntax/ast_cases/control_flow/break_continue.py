for line in lines:
    if not line:
        continue
    if line == "END":
        break
    for ch in line:
        if ch == "#":
            break
        continue
