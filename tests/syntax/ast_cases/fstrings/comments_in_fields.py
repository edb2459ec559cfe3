f"{x # a comment inside a multi-line replacement field
}"
f"""{
    a  # first
    + b  # second
}"""
