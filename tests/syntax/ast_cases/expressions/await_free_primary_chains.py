result = client.get("url").json()["data"][0].strip().lower()
matrix[i][j] = matrix[j][i]
getattr(obj, "name")(1)(2)(3)
(lambda: 1)()
[1, 2, 3][0]
"abc"[1:]
{"a": 1}["a"]
(1, 2)[::-1]
