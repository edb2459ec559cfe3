try:
    data = load()
except FileNotFoundError:
    data = {}
except PermissionError as exc:
    print(f"denied: {exc}")
    raise
except Exception:  # broad
    import traceback
    traceback.print_exc()
