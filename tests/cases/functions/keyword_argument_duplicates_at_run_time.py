# Duplicates the compiler cannot see are TypeErrors when the call runs.
def area(width, height=1):
    return width * height

for make_call in (lambda: area(2, width=3), lambda: area(width=2, **{"width": 3}),
                  lambda: area(**{"width": 2}, **{"width": 3}), lambda: area(*[1, 2], height=3)):
    try:
        print(make_call())
    except TypeError as e:
        print("TypeError:", e)
print(area(width=2, **{"height": 5}))
