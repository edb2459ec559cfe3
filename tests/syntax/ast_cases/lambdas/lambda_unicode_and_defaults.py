área = lambda ancho, alto=1.0: ancho * alto
make = lambda n=[]: n
neg = lambda x=-1: x
