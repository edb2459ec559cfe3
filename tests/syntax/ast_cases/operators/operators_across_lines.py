total = (first
         + second
         - third)
flag = (a and
        b or
        c)
value = base \
    * factor \
    + offset
