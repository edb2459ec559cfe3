# Groups nested deeper than 10: CPython stops at "... (max_group_depth is 10)".
group = ValueError("leaf")
for level in range(12):
    group = ExceptionGroup("level %d" % level, [TypeError(level), group])
print(repr(group.exceptions[0]))
raise group
