@route("/users/<id>", methods=["GET", "POST"])
def user(id):
    return id


@retry(times=3, delay=0.5, exceptions=(IOError, TimeoutError))
def fetch():
    pass
