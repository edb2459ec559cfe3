# A class surrounded by comments.
class Commented:  # trailing
    # leading comment inside the body

    x = 1  # attribute

    # between members
    def method(self):  # on the def line
        # inside method
        return self.x
    # after the last member
# after the class
