"""The pipeline contract: registered stages, requirement checks, JSON round trip, offsets."""
from __future__ import annotations

import json

import pytest

import khabar
from khabar.doc import Document
from khabar.errors import PipelineError
from khabar.pipeline import DEFAULT_STAGES, STAGE_MODULES, Pipeline, create_stage, load_pipeline


def test_registry_snapshot():
    assert DEFAULT_STAGES == ("tokenize", "ner", "actors", "geo", "dates", "affiliations", "events")
    assert set(DEFAULT_STAGES) == set(STAGE_MODULES)
    for name in DEFAULT_STAGES:
        stage = create_stage(name)
        assert stage.name == name
        assert stage.assigns, name


def test_requirements_are_checked_when_building():
    with pytest.raises(PipelineError, match="requires"):
        Pipeline([create_stage("ner")])
    with pytest.raises(PipelineError, match="unknown stage"):
        load_pipeline(["tokenize", "nonsense"])


def test_stage_subset_runs_in_order(seed_text):
    doc = load_pipeline(["tokenize"])(seed_text, id="x")
    assert doc.done == ["tokenize"]
    assert doc.tokens and doc.sentences and not doc.events


def test_json_round_trip_keeps_every_layer(seed_doc):
    data = seed_doc.to_dict()
    again = Document.from_dict(json.loads(json.dumps(data, ensure_ascii=False))).to_dict()
    assert again == data


def test_every_span_matches_the_text(seed_doc):
    text = seed_doc.text
    for e in seed_doc.entities:
        assert text[e.start:e.end] == e.text
    for a in seed_doc.actors:
        for m in a.mentions:
            assert text[m.start:m.end] == m.text
    for ev in seed_doc.events:
        assert text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
    for t in seed_doc.times:
        assert text[t.start:t.end] == t.text


def test_extract_one_liner():
    doc = khabar.extract("التقى وزير الخارجية الإيراني نظيره العراقي في بغداد أمس.", date="2020-03-01")
    assert doc.date == "2020-03-01"
    assert [doc.text[s.start:s.end] for s in doc.sentences] == [doc.text]
