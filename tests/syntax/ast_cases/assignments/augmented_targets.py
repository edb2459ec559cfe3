total += item.price * item.quantity
counts[word] = counts.get(word, 0) + 1
self.history[-1] += delta
matrix[i][j] *= scale
