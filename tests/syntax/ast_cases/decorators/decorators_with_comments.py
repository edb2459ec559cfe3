@first  # comment after decorator

# blank line and comment between decorators
@second
# right before def
def f():
    pass
