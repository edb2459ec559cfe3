# Unpacking "key=value" pairs where one entry has two "=" signs: ValueError ends the run.
raw = "host=db;port=5432;opts=a=b;user=app"
settings = {}
for part in raw.split(";"):
    print("parsing", part)
    key, value = part.split("=")
    settings[key] = value
print(settings)
