# str.split(sep) and rsplit(sep): empty pieces are kept, maxsplit counts from each end.
rows = ["a,b,c", "a,,b,", ",", "", "no separator", ",,,"]
for row in rows:
    print(repr(row), row.split(","), row.rsplit(","))
path = "usr/local/lib/python3.12/site-packages"
for n in [-1, 0, 1, 2, 10]:
    print(n, path.split("/", n), path.rsplit("/", n))
print("a::b::c".split("::"), "a:::b".split("::"), "a:::b".rsplit("::"))
print("aaaa".split("aa"), "aaaaa".split("aa"), "aaaaa".rsplit("aa"))
print("key = value = more".split(" = ", 1), "key = value = more".rsplit(" = ", 1))
print("α→β→γ".split("→"), "α→β→γ".rsplit("→", 1), "α→β→γ".split("β"))
print("日本語、中文、한국어".split("、"), "x😀y😀z".split("😀"))
print("ab".split("abc"), "abc".split("abc"), "abcabc".split("abc"))
print("1 2 3".split(" "), " 1  2 ".split(" "), " 1  2 ".rsplit(" ", 1))
print("a,b,c".split(sep=","), "a,b,c".split(",", maxsplit=1))
print("a,b,c".rsplit(maxsplit=1, sep=","), "a,b,c".split(sep=",", maxsplit=-1))
print("line1\nline2\n".split("\n"), "x\r\ny".split("\r\n"))
csv = "name;age;city"
fields = csv.split(";")
print(fields[0], [fields[1], fields[2]], len(fields))
print("a.b.c".split(".", True), "a.b.c".rsplit(".", False))
print("a-b".split("-", -2**40), "a-b".rsplit("-", 2**62))
