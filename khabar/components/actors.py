"""Stage ``actors``: resolve entities to canonical actors, add untagged actor mentions, link
surnames and الحركة-type references (khabar.kb.resolve does the work)."""
from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Document
from khabar.kb import load_kb, user_kb_paths
from khabar.kb.resolve import Resolver
from khabar.pipeline import register


@register("actors")
class ActorsStage:
    """Fills ``doc.actors`` and each entity's ``actor_id``. ``kb``: user actor files (YAML/CSV)
    layered over the shipped knowledge base (env KHABAR_KB adds more)."""

    name = "actors"
    requires: tuple[str, ...] = ("entities",)
    assigns: tuple[str, ...] = ("actors",)

    def __init__(self, kb: str | Sequence[str] | None = None) -> None:
        files = [kb] if isinstance(kb, str) else list(kb or [])
        self.resolver = Resolver(load_kb(user_kb_paths(files)))

    def __call__(self, doc: Document) -> Document:
        return self.resolver(doc)
