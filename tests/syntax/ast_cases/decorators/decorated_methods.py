class Service:
    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    @staticmethod
    @cache
    def compute(x):
        return x * 2

    @classmethod
    def create(cls, *args):
        return cls(*args)
