if a:
 one_space = 1
 if b:
   three = 3
   if c:
            twelve = 12
 back = 1
if d:
        eight = 8
