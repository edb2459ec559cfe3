def level1():
    def level2():
        class Level3:
            def level4(self):
                for a in b:
                    while c:
                        if d:
                            with e:
                                try:
                                    match f:
                                        case g:
                                            if h:
                                                pass
                                except E:
                                    pass
                                finally:
                                    pass
