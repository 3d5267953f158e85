"""khabar: Arabic news to structured political event data.

>>> import khabar
>>> doc = khabar.extract("التقى وفد من حركة حماس في بيروت بالأمين العام لحركة الجهاد الإسلامي")
>>> [e.label for e in doc.entities]  # doctest: +SKIP
"""
import logging

from khabar.doc import Actor, Affiliation, Document, Entity, Event, Mention, Sentence, Token
from khabar.errors import KhabarError
from khabar.pipeline import Pipeline, extract, load_pipeline

__all__ = [
    "Actor", "Affiliation", "Document", "Entity", "Event", "Mention", "Sentence", "Token",
    "KhabarError", "Pipeline", "extract", "load_pipeline",
]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
