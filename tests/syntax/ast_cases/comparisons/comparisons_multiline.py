result = (
    first_value
    <= second_value
    < third_value
)
check = (a
         is not
         b)
member = (x
          not in
          y)
