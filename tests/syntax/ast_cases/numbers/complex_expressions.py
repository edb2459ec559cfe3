1 + 2j
3 - 4j
-1j
(1+2j) * (3-4j)
z = complex(1, 2) + 0j
