class Outer:
    class Inner:
        class Innermost:
            value = 1
        def method(self):
            return Outer.Inner.Innermost.value
    inner = Inner()
