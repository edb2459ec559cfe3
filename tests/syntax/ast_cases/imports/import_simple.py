import os
import os.path
import a.b.c
import json, re, sys
