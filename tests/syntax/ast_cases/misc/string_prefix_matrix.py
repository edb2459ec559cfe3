r"a" R"a" u"a" U"a" "a"
b"a" B"a" br"a" Br"a" bR"a" BR"a" rb"a" rB"a" Rb"a" RB"a"
f"a" F"a" fr"a" Fr"a" fR"a" FR"a" rf"a" rF"a" Rf"a" RF"a"
