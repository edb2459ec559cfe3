class Secret:
    __slots__ = ("__value",)

    def __init__(self):
        self.__value = 1
        self._protected = 2

    def __reveal(self):
        return self.__value
