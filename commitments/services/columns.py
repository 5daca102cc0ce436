"""Text cut to fit its column: the engine and the outside world can say more than a column holds."""

from django.db import models


def fit(model: type[models.Model], field: str, value: str | None) -> str:
    """`value` ("" for None) cut to the max_length of `model.field`, so the limit lives in the model alone."""
    max_length = model._meta.get_field(field).max_length
    return (value or "")[:max_length]
