"""Person mentions of one article, and their clustering into the people of the article.

The passes that find them, in order, are listed in `pipeline.py`; clustering is in `cluster.py`."""
from accord.analyse.people.cluster import cluster_people
from accord.analyse.people.lexicon import ROLE_PRIORITY
from accord.analyse.people.pipeline import PEOPLE_PASSES, find_people

__all__ = ["PEOPLE_PASSES", "ROLE_PRIORITY", "cluster_people", "find_people"]
