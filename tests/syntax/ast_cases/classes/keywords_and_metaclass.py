class Meta(type):
    pass
class A(metaclass=Meta):
    pass
class B(A, metaclass=Meta, flag=True):
    pass
class C(*bases, **options):
    pass
class D(Base[int], Generic[T]):
    pass
