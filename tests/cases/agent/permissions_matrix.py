# Role-based permissions with set algebra: effective rights, missing rights and a matrix printout.
roles = {
    "viewer": {"read"},
    "editor": {"read", "write", "comment"},
    "admin": {"read", "write", "comment", "delete", "invite"},
    "auditor": {"read", "export"},
}
users = {"ana": ["admin"], "bo": ["viewer", "auditor"], "cy": ["editor"], "di": [], "ed": ["editor", "auditor"]}
all_rights = sorted(set().union(*roles.values()))
effective = {u: set().union(*(roles[r] for r in rs)) if rs else set() for u, rs in users.items()}
print(f"{'user':<5}" + "".join(f"{r[:6]:>8}" for r in all_rights))
for user in sorted(users):
    print(f"{user:<5}" + "".join(f"{'x' if r in effective[user] else '.':>8}" for r in all_rights))
required = {"publish": {"read", "write"}, "cleanup": {"delete"}, "report": {"read", "export"}}
for task, needs in required.items():
    able = sorted(u for u, rights in effective.items() if needs <= rights)
    print(f"{task:<8} needs {sorted(needs)} -> {able}")
print("only admins can:", sorted(roles["admin"] - set().union(*(v for k, v in roles.items() if k != "admin"))))
print("shared by every role:", sorted(set.intersection(*roles.values())))
print("users without rights:", [u for u, r in effective.items() if not r])
