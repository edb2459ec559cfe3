# CPython normalizes identifiers to NFKC: fullwidth letters, the micro sign, ligatures.
ｗｉｄｔｈ = 1
µ = 2
ﬁle = 3
print(width, μ, file)
