"""Event pass «occasion»: undated news of one kind happened on the one day the article gives that kind."""

from __future__ import annotations

from accord import edtf
from accord.analyse.events.article import interval_of
from accord.analyse.events.state import EventState


def date_by_occasion(st: EventState) -> None:
    """An article reports one occasion: what it tells as news without a date of its own («the two
    ministers also signed …») happened on the day it gives the news of that kind, when it gives exactly
    one such day within the week it reports on (GOLD.md's undated-news window). Only of the same kind:
    a signing dated does not date a visit (the day a leader posts about a visit is not the visit's)."""
    events, news_default = st.events, st.news_default
    if news_default is None:
        return
    window = interval_of(news_default)
    for kind in {e.type for e in events}:
        days = {e.when for e in events if e.type == kind and not e.recalled and e.when
                and edtf.precision_days(e.when) == 1 and edtf.within(interval_of(e.when), window)}
        if len(days) != 1 or kind == "proposal":
            continue
        day = days.pop()
        for e in events:
            if e.type == kind and e.when == news_default and not e.recalled:
                e.when = day
