f"{x # a comment inside a debug field
= }"
