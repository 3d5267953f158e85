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
    layered over the shipped knowledge base (env KHABAR_KB adds more). ``romanizer``: how
    unknown people get English names: ``dictionary`` (default; the package's 86k-name dictionary
    and spelling rules) or ``neural`` (adds its seq2seq model: better foreign names, half the speed)."""

    name = "actors"
    requires: tuple[str, ...] = ("entities",)
    assigns: tuple[str, ...] = ("actors",)

    def __init__(self, kb: str | Sequence[str] | None = None, romanizer: str = "dictionary") -> None:
        files = [kb] if isinstance(kb, str) else list(kb or [])
        self.resolver = Resolver(load_kb(user_kb_paths(files)), romanizer)

    def __call__(self, doc: Document) -> Document:
        return self.resolver(doc)
