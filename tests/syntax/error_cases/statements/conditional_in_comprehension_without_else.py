x = [x for x in y if z else w]
