class C[T: ]:
    pass
