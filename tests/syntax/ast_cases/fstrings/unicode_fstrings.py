f"héllo {name}"
f"{名前}さん"
f"😀 {x} 😀"
f"{'ü'}"
