def größe(länge, breite):
    return länge * breite


π = 3.14159
名前 = "テスト"
αβγ = [π, größe(2, 3)]
def ƒ(x): return x
