# Agent-style parsing of "key=value" configuration text into a dict.
config_text = """
# service configuration
name = coil-runner
Port=8080
  timeout_ms =  2500
debug = TRUE
tags = fast, safe ,  sandboxed
empty =
url = https://example.com/path?a=1&b=2
; an ini-style comment
bad line without equals
ÜNÏCODE_KEY = vålue ✓
"""
settings = {}
problems = []
line_number = 0
for raw in config_text.splitlines():
    line_number += 1
    line = raw.strip()
    if not line or line.startswith(("#", ";")):
        continue
    key, sep, val = line.partition("=")
    if not sep:
        problems.append(str(line_number) + ": " + line)
        continue
    settings[key.strip().lower()] = val.strip()
print(settings)
print(problems)
port = int(settings["port"]) if settings["port"].isdigit() else None
timeout = int(settings["timeout_ms"])
debug = settings["debug"].casefold() in ("1", "true", "yes")
tags = [t.strip() for t in settings["tags"].split(",") if t.strip()]
scheme, _, rest = settings["url"].partition("://")
host, _, query_path = rest.partition("/")
path, _, query = query_path.partition("?")
params = {}
for pair in query.split("&"):
    k, _, v = pair.partition("=")
    params[k] = v
print(port, timeout, debug, tags)
print(scheme, host, path, params)
print(settings.get("empty") == "", settings["ünïcode_key"], len(settings["ünïcode_key"]))
env_lines = ["PATH=/usr/bin:/bin", "HOME=/home/agent", "EMPTY=", "NOVALUE", "X=a=b"]
env = {}
for entry in env_lines:
    if "=" in entry:
        k, v = entry.split("=", 1)
        env[k] = v
print(env, env["PATH"].split(":"), env["X"].rsplit("=", 1))
