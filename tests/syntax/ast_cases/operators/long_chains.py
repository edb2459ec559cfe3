total = a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p
product = a * b * c * d * e * f
mixed = a + b - c * d / e // f % g ** h
bits = a | b | c | d & e & f ^ g ^ h
