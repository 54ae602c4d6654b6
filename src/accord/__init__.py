"""accord: a linked, source-grounded record of bilateral and parliamentary diplomacy."""

__version__ = "0.1.0"
