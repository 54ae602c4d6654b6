"""Event mentions of one article: triggers, their arguments, within-article coreference.

The rules here are language-independent; every word they look for comes from
`lang/<code>/events.toml` and `lang/<code>/topics.toml`. The passes, in order, are listed in
`pipeline.py`:

1. each sentence's triggers give candidates (a plural meeting trigger listing
   several counterparts gives one meeting per counterpart);
2. each candidate gets its date, sides, host, place, people and topics from its
   sentence and the sentences that carry on talking about it (its segment), one
   pass per concern (`arguments.py`);
3. candidates telling one event are merged (headline, lead and body of one
   visit are one event), never two the article keeps apart (other dates,
   other hosts, other counterparts);
4. meetings, agreements and ceremonies held during a visit become part of it.
"""
from accord.analyse.events.article import Context
from accord.analyse.events.pipeline import EVENT_PASSES, extract_events

__all__ = ["Context", "EVENT_PASSES", "extract_events"]
