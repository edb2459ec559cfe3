from __future__ import annotations
import __main__
from __main__ import __doc__ as doc
