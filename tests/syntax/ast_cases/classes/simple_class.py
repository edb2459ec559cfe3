class A:
    pass
class B():
    pass
class C(A):
    pass
class D(A, B):
    x = 1
