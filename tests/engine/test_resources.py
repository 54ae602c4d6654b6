"""The engines hand the caller's resources to every analysis: in-process, in a process pool, on Ray."""
from __future__ import annotations

import json

import pytest

from accord.analyse.resources import Resources
from accord.engine.local import local_analyser, pool_analyser
from accord.model import Document
from accord.resolve.actors import Resolved

# «Си» is a common Russian word, so only a registry that knows «Си Дунмин» (a made-up official) finds him.
TEXT = "В июле 2024 года Председатель Си Дунмин посетил Астану. Визит Си Дунмина длился два дня."


@pytest.fixture
def resources(tmp_path) -> Resources:
    popolo = {"persons": [{"id": "cn-xi-dongming", "name": "Xi Dongming", "country": "CN",
                           "other_names": [{"name": "Си Дунмин", "lang": "ru"}]}],
              "organizations": [], "posts": [], "memberships": []}
    path = tmp_path / "cn.popolo.json"
    path.write_text(json.dumps(popolo, ensure_ascii=False), encoding="utf-8")
    return Resources.load([str(path)])


def _names(results) -> set[str]:
    (analysis,) = list(results)
    assert not isinstance(analysis, Exception), analysis
    if isinstance(analysis, Resolved):  # a pool's workers resolve the people as well
        analysis = analysis.analysis
    return {p.name for p in analysis.people}


def _doc() -> Document:
    return Document(doc="t", text=TEXT, lang="ru", published="2026-01-26")


def test_in_process_analysis_reads_the_given_registry(resources: Resources) -> None:
    assert "Си Дунмин" in _names(local_analyser(resources)([_doc()]))
    assert "Си Дунмин" not in _names(local_analyser()([_doc()]))


def test_pool_workers_receive_the_registry_once(resources: Resources) -> None:
    run = pool_analyser(1, resources)
    try:
        assert "Си Дунмин" in _names(run([_doc()]))
        # and the workers resolve him with that registry: the stored events name its actor
        (done,) = list(run([_doc()]))
        assert isinstance(done, Resolved)
        assert [a.id for a in done.people] == ["cn-xi-dongming"]
        assert any("cn-xi-dongming" in e.people for e in done.analysis.events)
    finally:
        run.pool.shutdown()


def test_resources_loaded_from_the_same_files_are_equal(resources: Resources) -> None:
    again = Resources.load(list(resources.registry_paths))
    assert again == resources and hash(again) == hash(resources)
    assert Resources.load([]) is Resources.default() != resources
