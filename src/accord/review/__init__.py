"""Review: analysts' corrections of the record, kept as data beside it and applied on every relink."""
from accord.review.corrections import KINDS, Correction, ReviewError

__all__ = ["KINDS", "Correction", "ReviewError"]
