# Unknown escapes keep their backslash (with a SyntaxWarning in 3.12).
"\d+"
"\w\s"
"C:\path\to"
"\q"
