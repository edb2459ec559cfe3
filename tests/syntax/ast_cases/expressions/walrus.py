if (n := len(data)) > 10:
    print(n)
while (chunk := read()) != "":
    process(chunk)
print(y := 5)
values = [y := f(x), y ** 2]
f(a := 1, b := 2)
(z := 3)
