class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


def validate(record):
    if "id" not in record:
        raise ValidationError("id", "missing")
    return True
