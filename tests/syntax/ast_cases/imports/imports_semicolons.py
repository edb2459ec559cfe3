import os; import sys
from a import b; from c import d as e
import x; x.y()
