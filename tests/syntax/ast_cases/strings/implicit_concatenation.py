"a" "b"
"a" 'b' """c""" '''d'''
("first part "
 "second part "
 "third part")
x = "abc" \
    "def"
b"a" b"b"
r"raw\n" "cooked\n"
