# Compound interest, loan amortization and present value with math.pow/log and rounding.
import math
def future_value(principal, rate, years, per_year=12):
    return principal * (1 + rate / per_year) ** (per_year * years)

def monthly_payment(principal, annual_rate, years):
    r = annual_rate / 12
    n = years * 12
    return principal * r / (1 - (1 + r) ** -n)

def years_to_double(rate):
    return math.log(2) / math.log(1 + rate)

for rate in (0.01, 0.05, 0.07):
    print(f"{rate:.0%}: fv={future_value(1000, rate, 10):,.2f} double in {years_to_double(rate):.2f}y (rule of 72: {72 / (rate * 100):.1f})")
payment = monthly_payment(250_000, 0.045, 30)
print(f"payment {payment:,.2f}")
balance = 250_000.0
for month in range(1, 4):
    interest = balance * 0.045 / 12
    principal = payment - interest
    balance -= principal
    print(f"month {month}: interest {interest:,.2f} principal {principal:,.2f} balance {balance:,.2f}")
print(f"total paid {payment * 360:,.0f}, continuous {1000 * math.exp(0.05 * 10):.4f}")
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), math.fabs(-2), math.floor(2**60 + 0.0) == 2**60)
