"""The actor registry (Popolo): people, organizations, posts and memberships with names in every script."""
from accord.registry.popolo import PopoloError
from accord.registry.registry import Registry

__all__ = ["PopoloError", "Registry"]
