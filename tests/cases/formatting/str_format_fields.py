# Field names can index into arguments: [int] indexes sequences, [other] uses a str key.
data = {"name": "widget", "tags": ["new", "sale"], "dims": (3, 4, 5), "0": "str key"}
print("{0[name]} has tags {0[tags]}".format(data))
print("{0[tags][1]} {0[dims][2]}".format(data))
print("{d[name]:>10}|{d[dims][0]:03}".format(d=data))
print("{[1]} {[0]}".format("xy", [7, 8]))
matrix = [[1, 2, 3], [4, 5, 6]]
print("{m[1][2]} {m[0][0]} {m[1]}".format(m=matrix))
print("{0[0]}".format({0: "int key"}))

# Lookup errors come from the container.
for template, args in [("{0[5]}", [[1, 2]]), ("{0[x]}", [{"y": 1}]), ("{0[-1]}", [[1]]), ("{0[0]}", [5]),
                       ("{0[0][0]}", [[3]]), ("{0.missing}", [5]), ("{0[0]}", [data])]:
    try:
        print(template.format(*args))
    except (IndexError, KeyError, TypeError, AttributeError) as e:
        print(template, type(e), e)
