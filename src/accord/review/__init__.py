"""Review: analysts' corrections of the record, kept as data beside it and applied on every relink."""
from accord.review.corrections import KINDS, Conflict, Correction, NotFound, ReviewError

__all__ = ["KINDS", "Conflict", "Correction", "NotFound", "ReviewError"]
