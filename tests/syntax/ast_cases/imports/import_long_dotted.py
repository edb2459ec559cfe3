import aaa.bbb.ccc.ddd.eee
from aaa.bbb.ccc import ddd
import   spaced . name
from spaced . module import thing
