pass
if x:
    pass
while False:
    pass
for _ in ():
    pass
def f():
    pass
class C:
    pass
