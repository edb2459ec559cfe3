# header
import os  # trailing
# before def
def f(  # after paren
    a,  # after a
    # own line in params
    b=1,  # after b
):  # after close
    # first in body
    x = [  # open list
        1,  # one
    ]  # close list
    # between
    return x  # return
    # after return
# between top-level
class C:  # class
    # body comment
    pass
    # trailing body comment
# end
