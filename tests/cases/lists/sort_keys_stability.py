# sorted/list.sort: stability, multi-key sorts, reverse, key functions and errors.
people = [("ana", 31, "NYC"), ("bo", 25, "LA"), ("cy", 31, "LA"), ("di", 25, "NYC"), ("ed", 40, "SF")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_city = sorted(people, key=lambda p: p[2])
print([p[0] for p in sorted(by_city, key=lambda p: p[1])])
print(sorted(people, key=lambda p: (p[2], -p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums, sorted(nums, reverse=True), sorted(nums, key=lambda n: -n) == sorted(nums, reverse=True))
data = [3, 1, 2]
result = data.sort()
print(result, data, sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted([(1, 2), (1,), (0, 5, 5)]))
for bad in ([1, "a", 2], [None, 1], [{"a": 1}, {"b": 2}]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x: x / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
