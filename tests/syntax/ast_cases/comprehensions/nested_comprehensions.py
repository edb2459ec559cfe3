matrix = [[i * j for j in range(5)] for i in range(5)]
flat = [v for row in matrix for v in row]
transpose = [[row[i] for row in matrix] for i in range(len(matrix[0]))]
pairs = {(i, j) for i in range(3) for j in range(i)}
index = {word: {c for c in word} for word in words}
