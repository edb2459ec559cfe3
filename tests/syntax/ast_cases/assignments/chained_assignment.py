a = b = c = d = []
x = y = z = compute()
first = second = (1, 2)
obj.a = obj.b = 0
i, j = k, l = 0, 1
