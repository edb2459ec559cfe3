x = 1
y = "open
