type if = int
