# String literal forms: escapes, raw strings, named and numeric escapes, implicit concatenation.
print("tab:\t|", "newline:\\n", "quote:\"", 'apostrophe:\'', "backslash:\\")
print("\x41\x42", "\u00e9", "\U0001F600", "\101\102", "\0" == "\x00")
print(r"raw \n stays", r"C:\path\to\file", len(r"\n"), len("\n"), r"\\" == "\\\\")
print("implicit " "concatenation " 'mixes quotes', ("across "
      "lines"))
print("""triple
quoted""", '''single
triple''')
multi = """\
no leading newline
  keeps indentation
"""
print(repr(multi))
print(repr("\a\b\f\v\r"), repr("\x7f\x80\xff"), repr("\u2028"), repr("\ud7ff"))
print(len("\u2603"), ord("\u2603"), "\u00e9" == "é", "\xe9" == "\u00e9")
name = "x"
print(f"{name!r:>5}", rf"\d{name}", f"{{literal braces}}", f"{'nested'!s}", f"{3 + 4 = }", f"{name = !r}")
print(repr('it\'s'), repr("say \"hi\""), repr("both ' and \""), repr('\\'))
