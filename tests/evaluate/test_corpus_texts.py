"""scripts/corpus_texts.py: a saved copy of a page restores an annotated text only when its sha256 matches,
whatever the stored copy's ` date` line became in the annotated text; nothing else is written."""
from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from tests.paths import ROOT


@pytest.fixture()
def tool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("corpus_texts", ROOT / "scripts" / "corpus_texts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    monkeypatch.setattr(module, "CORPUS", tmp_path)
    return module


def _annotate(tmp_path: Path, name: str, text: str) -> Path:
    part = tmp_path / "dev"
    part.mkdir(exist_ok=True)
    (part / f"{name}.gold.json").write_text(json.dumps({
        "doc": f"{name}.txt", "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "events": []}))
    return part / f"{name}.txt"


BODY = "Президент Узбекистана Шавкат Мирзиёев принял в Самарканде президента Франции.\nСтороны обсудили торговлю.\n"


@pytest.mark.parametrize("annotated", [
    BODY,                                   # the date line dropped
    " date 2023-11-01 \n" + BODY,           # kept
    "\n" + BODY,                            # only the date dropped, its line end kept
])
def test_a_copy_restores_the_text_in_the_form_annotated(tool, tmp_path: Path, annotated: str) -> None:  # noqa: ANN001
    target = _annotate(tmp_path, "ru_fr_uz_x", annotated)
    saved = tmp_path / "copy.json"
    saved.write_text(json.dumps({"results": [{"url": "https://example.org/a", "excerpt": " date 2023-11-01 \n" + BODY}]}))
    tool.match([str(saved)])
    assert target.read_text(encoding="utf-8") == annotated


def test_a_copy_with_other_text_restores_nothing(tool, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    target = _annotate(tmp_path, "ar_cn_eg_x", "استقبل الرئيس الصيني شي جين بينغ الرئيس عبد الفتاح السيسي.\n")
    saved = tmp_path / "copy.txt"
    saved.write_text("استقبل الرئيس الصيني شي جينبينغ الرئيس عبد الفتاح السيسي.\n", encoding="utf-8")
    tool.match([str(saved)])
    assert not target.exists()
    tool.missing([])
    assert "ar_cn_eg_x.gold.json" in capsys.readouterr().out
