" x ".strip()
"a,b".split(",")
", ".join(["a", "b"])
"{} {}".format(1, 2)
"abc".upper().lower()
'%s' % 'x'
