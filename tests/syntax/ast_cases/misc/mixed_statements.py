import sys
x = 1
if x: print(x)
for i in range(x): pass
while False: break
with open("f") as f: pass
try: pass
except: pass
class C: pass
def f(): return
del x
assert True
global g
raise SystemExit
