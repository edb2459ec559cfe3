# leading comment
x = 1  # trailing comment
# between
y = (  # comment after paren
    2  # comment inside
)  # comment after close
z = [
    1,  # first
    # standalone inside list
    2,
]
