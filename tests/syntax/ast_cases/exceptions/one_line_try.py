try: x = 1
except: x = 2
try: pass
except E: pass
else: pass
finally: pass
