"""Check a batch of expense claims against the policy and flag the ones a person must review.
Plain synchronous code: the only host function is a currency converter.

Host functions:
    def convert(amount: float, currency: str, to: str) -> float
Inputs: claims (list of dicts with "employee", "category", "amount", "currency", "date").
"""
from dataclasses import dataclass, field

LIMITS_EUR = {"meals": 60, "travel": 800, "lodging": 220, "software": 150}
RECEIPT_NEEDED_ABOVE_EUR = 25


@dataclass
class Verdict:
    employee: str
    approved: list[dict] = field(default_factory=list)
    flagged: list[tuple[dict, str]] = field(default_factory=list)

    @property
    def approved_total(self) -> float:
        return sum(claim["amount_eur"] for claim in self.approved)


def check(claim: dict) -> str | None:
    match claim:
        case {"category": category} if category not in LIMITS_EUR:
            return f"unknown category {category!r}"
        case {"amount_eur": amount, "category": category} if amount > LIMITS_EUR[category]:
            return f"{category} over the limit ({amount:.2f} > {LIMITS_EUR[category]})"
        case {"amount_eur": amount, "receipt": False} if amount > RECEIPT_NEEDED_ABOVE_EUR:
            return "receipt missing"
        case _:
            return None


verdicts: dict[str, Verdict] = {}
for claim in claims:
    eur = claim["amount"] if claim["currency"] == "EUR" else convert(claim["amount"], claim["currency"], to="EUR")
    claim = {**claim, "amount_eur": round(eur, 2), "receipt": claim.get("receipt", True)}
    verdict = verdicts.setdefault(claim["employee"], Verdict(claim["employee"]))
    if (reason := check(claim)) is None:
        verdict.approved.append(claim)
    else:
        verdict.flagged.append((claim, reason))

for name, verdict in sorted(verdicts.items()):
    print(f"{name}: {len(verdict.approved)} approved ({verdict.approved_total:.2f} EUR), {len(verdict.flagged)} flagged")
    for claim, reason in verdict.flagged:
        print(f"    {claim['date']} {claim['category']:<9} {claim['amount']:>8.2f} {claim['currency']}: {reason}")

{name: [reason for _, reason in v.flagged] for name, v in verdicts.items() if v.flagged}
