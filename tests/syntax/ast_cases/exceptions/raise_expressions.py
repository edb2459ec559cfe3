raise errors[0]
raise make_error(code=1)
raise ValueError("a" "b") from cause
raise (ValueError if x else TypeError)("msg")
