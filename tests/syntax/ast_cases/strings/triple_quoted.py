'''triple single'''
"""triple double"""
"""multi
line
string"""
'''contains ' and " and '' and ""'''
"""ends with quote\""""
x = """
    indented
        more
"""
doc = """\
no leading newline"""
