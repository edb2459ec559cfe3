x = "global"


class C:
    x = "class"
    y = [x for _ in range(1)]

    def method(self):
        return x
