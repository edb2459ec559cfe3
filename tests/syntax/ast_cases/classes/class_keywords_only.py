class A(x=1):
    pass
class B(**kw):
    pass
class C(*bases):
    pass
class D(A, *more, y=2, **kw):
    pass
