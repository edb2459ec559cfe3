import numpy as np
import os.path as osp
import a as b, c.d as e, f
