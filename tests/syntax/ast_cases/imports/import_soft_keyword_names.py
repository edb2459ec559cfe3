import match
import type
from case import match as type
from typing import TypeAlias as type_alias
