from os import path
from os import path, sep
from os.path import join as pjoin, exists
from collections import (
    OrderedDict,
    defaultdict as dd,
    Counter,
)
from typing import (Any)
from a import (b, c,)
