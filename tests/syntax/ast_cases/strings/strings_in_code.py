def greet(name):
    """Return a greeting for `name`."""
    return "Hello, " + name + "!"


class Report:
    '''A small report.'''

    title = "Quarterly"
    footer = 'Page %d of %d'
