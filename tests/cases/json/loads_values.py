# json.loads of every JSON form: literals, numbers, strings, arrays, objects, whitespace.
import json

texts = ["null", "true", "false", "0", "-0", "7", "-12", "123456789012345678901234567890", "1.5", "-0.0", "2.5e3",
         "2.5E-3", "1e400", "-1e400", "1e-400", "0.1", "1E+2", "\"\"", "\"text\"", "[]", "{}", "[1, 2, 3]",
         "{\"a\": 1, \"b\": [true, false, null]}", " \t\n\r 42 \r\n\t ", "[ ]", "{ }", "[[[]]]", "{\"\": \"\"}",
         "NaN", "Infinity", "-Infinity", "[NaN, Infinity, -Infinity]", "1.0", "100000000000000000000.0",
         "123456789.123456789", "4.9e-324", "[0, -0, 0.0, -0.0]", "{\"a\": 1, \"a\": 2}", "{\"b\": 1, \"a\": 2, \"b\": 3}"]
for text in texts:
    value = json.loads(text)
    print(repr(text), "->", repr(value), type(value).__name__)
print(json.loads("[" + ", ".join(str(i) for i in range(30)) + "]"))
print(json.loads('{"outer": {"inner": {"list": [1, {"x": "y"}]}}}')["outer"]["inner"]["list"][1]["x"])
print(json.loads("12345678901234567890123") + 1)
print(json.loads("9007199254740993.0"), json.loads("0.30000000000000004"))
print(json.loads(" [1,\n2,\n3]\n"))
print(json.loads(json.dumps({"round": [1.1, 2.2, 3.3]})))
