from math import *
from os.path import *
