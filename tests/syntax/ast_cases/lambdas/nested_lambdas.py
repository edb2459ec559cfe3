lambda x: lambda y: lambda z: x + y + z
compose = lambda f, g: lambda x: f(g(x))
curry = lambda f: lambda a: lambda b: f(a, b)
