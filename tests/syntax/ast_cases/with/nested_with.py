with a:
    with b:
        with c as x:
            use(x)
