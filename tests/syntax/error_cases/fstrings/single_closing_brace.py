f"abc}"
