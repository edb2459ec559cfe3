config = {}


def setup():
    def load():
        global config
        config = {"loaded": True}
    load()
