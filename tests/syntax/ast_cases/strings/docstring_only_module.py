"""This module has only a docstring.

It spans several lines and has 'quotes' and "double quotes".
"""
