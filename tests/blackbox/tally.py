"""The category table: every check is one row of `tried`, counted `correct` when it held."""
results = {}
failures = []


def record(category, ok, what):
    tried, correct = results.get(category, (0, 0))
    results[category] = (tried + 1, correct + (1 if ok else 0))
    if not ok:
        failures.append(f"{category}: {what}")
    return ok


def table():
    lines = [f"{'category':<28} | tried | correct | failed"]
    for category, (tried, correct) in results.items():
        lines.append(f"{category:<28} | {tried:>5} | {correct:>7} | {tried - correct:>6}")
    return "\n".join(lines)


def all_correct():
    return all(t == c for t, c in results.values()) and not failures
