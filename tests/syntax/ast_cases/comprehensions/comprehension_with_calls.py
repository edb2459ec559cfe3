names = [user.name.title() for user in db.query(User).all() if user.active]
sizes = {path: os.path.getsize(path) for path in paths}
chars = sorted({c.lower() for c in text if c.isalpha()})
