# A report built with %-formatting and dict-based placeholders.
stats = [
    {"host": "web-1", "cpu": 0.734, "mem": 2048, "up": 86400 * 3 + 3600},
    {"host": "web-2", "cpu": 0.05, "mem": 512, "up": 59},
    {"host": "db-primary", "cpu": 0.991, "mem": 16384, "up": 86400 * 40},
]

def uptime(seconds):
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return "%dd %02dh %02dm %02ds" % (days, hours, minutes, secs)

print("%-12s %6s %8s %s" % ("HOST", "CPU", "MEM(MB)", "UPTIME"))
for s in stats:
    flag = "!" if s["cpu"] > 0.9 else " "
    print("%-12s %5.1f%% %8d %s %s" % (s["host"], s["cpu"] * 100, s["mem"], uptime(s["up"]), flag))
print("%(host)s uses %(mem)d MB" % stats[2])
print("%s hosts, %.3f avg cpu, %x hex mem, %o oct mem" % (len(stats), sum(s["cpu"] for s in stats) / len(stats), stats[0]["mem"], stats[1]["mem"]))
print("%r %a %5s|%-5s|" % ("ok", "café", "ab", "cd"))
