# Label issues from their titles and bodies with keyword rules, then summarize by label and age.
issues = [
    {"n": 101, "title": "Crash when saving file", "body": "Traceback ... segfault", "age": 2},
    {"n": 102, "title": "Add dark mode", "body": "Feature request for UI theme", "age": 40},
    {"n": 103, "title": "Docs typo in README", "body": "small fix", "age": 5},
    {"n": 104, "title": "Slow startup", "body": "takes 10s, performance regression", "age": 12},
    {"n": 105, "title": "Error: cannot login", "body": "exception raised on auth", "age": 1},
    {"n": 106, "title": "Question about API", "body": "how do I paginate?", "age": 90},
]
rules = {
    "bug": ["crash", "error", "exception", "traceback", "segfault"],
    "enhancement": ["add", "feature", "request"],
    "docs": ["docs", "readme", "typo"],
    "performance": ["slow", "performance", "regression"],
    "question": ["question", "how do i", "?"],
}
def labels_for(issue):
    text = (issue["title"] + " " + issue["body"]).lower()
    return sorted(label for label, words in rules.items() if any(w in text for w in words)) or ["needs-triage"]
by_label = {}
for issue in issues:
    labels = labels_for(issue)
    for label in labels:
        by_label.setdefault(label, []).append(issue)
    print(f"#{issue['n']} {issue['title']:<24} {labels}")
for label in sorted(by_label, key=lambda l: (-len(by_label[l]), l)):
    group = by_label[label]
    oldest = max(group, key=lambda i: i["age"])
    print(f"{label:<12} {len(group)} issue(s), oldest #{oldest['n']} ({oldest['age']}d), stale: {[i['n'] for i in group if i['age'] > 30]}")
