# Closures that refer to themselves or to each other: recursion through enclosing scopes.
def make_tree_sum():
    def total(node):
        if isinstance(node, int):
            return node
        return sum(total(child) for child in node)
    return total
tree_sum = make_tree_sum()
print(tree_sum([1, [2, 3], [[4], 5], []]))
def parity():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even, is_odd
even, odd = parity()
print(even(10), odd(7), even(3))
def make_flatten(depth_limit):
    seen_depths = []
    def flatten(xs, depth=0):
        seen_depths.append(depth)
        out = []
        for x in xs:
            if isinstance(x, list) and depth < depth_limit:
                out.extend(flatten(x, depth + 1))
            else:
                out.append(x)
        return out
    return flatten, seen_depths
flatten, depths = make_flatten(1)
print(flatten([1, [2, [3, [4]]], 5]), max(depths))
def permutations(items):
    result = []
    def build(prefix, rest):
        if not rest:
            result.append(prefix)
        for i in range(len(rest)):
            build(prefix + [rest[i]], rest[:i] + rest[i + 1:])
    build([], items)
    return result
print(permutations([1, 2, 3]), len(permutations(list("abcd"))))
def countdown(n):
    def step(k):
        return [] if k < 0 else [k] + step(k - 1)
    return step(n)
print(countdown(5))
