# Names in default arguments, lambdas and nested functions are resolved at different times.
def defaults_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket
print(defaults_evaluated_once(1), defaults_evaluated_once(2), defaults_evaluated_once(3, []))
def safer(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safer(1), safer(2))
base = 10
def uses_default(x=base):
    return x
base = 20
print(uses_default(), base)
def uses_global():
    return base
print(uses_global())
g = lambda: base * 2
base = 3
print(g())
def counter_defaults(n, _cache={}):
    _cache[n] = _cache.get(n, 0) + 1
    return dict(_cache)
print(counter_defaults("a"), counter_defaults("b"), counter_defaults("a"))
print(defaults_evaluated_once.__defaults__, uses_default.__defaults__, safer.__defaults__)
