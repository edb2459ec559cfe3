def f():
	return 1

if True:
	if True:
		pass
