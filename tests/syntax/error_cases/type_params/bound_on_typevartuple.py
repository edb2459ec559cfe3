type X[*Ts: int] = Ts
