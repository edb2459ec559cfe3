for a in x:
    for b in a:
        for c in b:
            for d in c:
                for e in d:
                    for f in e:
                        for g in f:
                            for h in g:
                                if h:
                                    while h:
                                        h -= 1
                                else:
                                    pass
