import módulo
from paquete import función as fn
