"""Shared fixtures. Store: `store_url` / `store` run a test on SQLite and, when
ACCORD_TEST_PG_URL is set (see .ci/start-postgres.sh), on PostgreSQL; each test gets an empty
database (a file in tmp_path, or a schema of its own that is dropped afterwards)."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from hypothesis import settings

from accord.store import Store, open_store

# CI (scripts/test.sh) runs the property tests on a fixed sequence of examples, so a submission is
# judged on the same inputs every time; run pytest directly to explore new ones.
settings.register_profile("ci", derandomize=True, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

PG_URL_ENV = "ACCORD_TEST_PG_URL"


def _with_search_path(url: str, schema: str) -> str:
    # libpq passes `options` to the server: every connection made with this URL, also in a
    # child process, works inside the test's own schema.
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'accord.db'}"
        return
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"{PG_URL_ENV} is not set (start one with .ci/start-postgres.sh)")
    import psycopg

    schema = f"accord_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield _with_search_path(base, schema)
    finally:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.close()


# -- the in-process web tests (tests/web/) ---------------------------------------------------------
@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The web tests' store, one per module: the web record (tests/web_record.py), the samples and a
    hostile article."""
    from tests.web_record import build

    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'accord.db'}"
    build(url)
    return url


@pytest.fixture
def client(record: str) -> Iterator[object]:
    """The web application on `record`, addressed as the loopback server it is by default."""
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from accord.web.app import Settings, create_app
    from accord.web.security import Guard

    with TestClient(create_app(Settings(db=record, guard=Guard())), base_url="http://127.0.0.1:8000") as c:
        yield c
