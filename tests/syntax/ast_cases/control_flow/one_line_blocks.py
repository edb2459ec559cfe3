if x: pass
if x: a = 1; b = 2
while x: x -= 1
for i in r: print(i)
if a: pass
elif b: pass
else: pass
