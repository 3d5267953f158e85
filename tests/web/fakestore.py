"""A tiny in-memory stand-in for khabar.store.Store (tests only), following the interface in
docs/web.md, until the corpus store lands on main. It derives events from the documents with
khabar.formats.event_rows, as the real store does."""
from __future__ import annotations

from collections import Counter
from typing import Any

from khabar.doc import Document
from khabar.formats import event_rows


class FakeStore:
    def __init__(self) -> None:
        self.docs: dict[str, dict[str, Any]] = {}
        self.closed = False

    def add(self, doc: Document) -> bool:
        if doc.id in self.docs:
            return False
        self.docs[doc.id] = doc.to_dict()
        return True

    def _summary(self, d: dict[str, Any]) -> dict[str, Any]:
        return {"id": d["id"], "title": d.get("title"), "date": d.get("date"), "source": d.get("source"),
                "url": d.get("url"), "n_events": len(d["events"]), "n_entities": len(d["entities"])}

    def documents(self, limit: int = 50, offset: int = 0, q: str | None = None) -> list[dict[str, Any]]:
        found = [d for d in self.docs.values() if not q or q in d["text"] or q in (d.get("title") or "")]
        return [self._summary(d) for d in found][offset:offset + limit]

    def count_documents(self, q: str | None = None) -> int:
        return len(self.documents(limit=10**9, q=q))

    def document(self, doc_id: str) -> dict[str, Any] | None:
        return self.docs.get(doc_id)

    def _all_events(self) -> list[dict[str, Any]]:
        rows = []
        for d in self.docs.values():
            for i, (row, ev) in enumerate(zip(event_rows(d), d["events"])):
                rows.append({**row, "id": f"{d['id']}#{i}", "source_ids": ev["source"], "target_ids": ev["target"]})
        return rows

    def events(self, actor: str | None = None, type: str | None = None, since: str | None = None,
               until: str | None = None, country: str | None = None, limit: int = 100,
               offset: int = 0, min_confidence: float | None = None) -> list[dict[str, Any]]:
        rows = [r for r in self._all_events()
                if (not actor or actor in r["source_ids"] + r["target_ids"])
                and (min_confidence is None or r["confidence"] >= min_confidence)
                and (not type or r["type"] == type)
                and (not since or (r["date"] or "") >= since)
                and (not until or (r["date"] or "9999") <= until)
                and (not country or country in (r["source_country"] + ";" + r["target_country"]).split(";"))]
        return rows[offset:offset + limit]

    def count_events(self, **filters: Any) -> int:
        return len(self.events(**filters, limit=10**9))

    def _actors(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for d in self.docs.values():
            for a in d["actors"]:
                out.setdefault(a["id"], {k: v for k, v in a.items() if k != "mentions"})
        return out

    def actors(self, q: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        found = [self.actor(i) for i, a in self._actors().items()
                 if not q or q.lower() in (a["name_en"] or "").lower() or q in (a["name_ar"] or "")]
        return found[offset:offset + limit]  # type: ignore[return-value]

    def actor(self, actor_id: str) -> dict[str, Any] | None:
        base = self._actors().get(actor_id)
        if base is None:
            return None
        docs = {d["id"] for d in self.docs.values() if any(a["id"] == actor_id for a in d["actors"])}
        return {**base, "n_events": self.count_events(actor=actor_id), "n_documents": len(docs)}

    def actor_timeline(self, actor_id: str) -> list[dict[str, Any]]:
        counts = Counter((r["date"], r["type"]) for r in self.events(actor=actor_id, limit=10**9) if r["date"])
        return [{"date": d, "type": t, "count": n} for (d, t), n in sorted(counts.items())]

    def network(self, type: str | None = None, since: str | None = None, until: str | None = None,
                limit: int = 200) -> dict[str, Any]:
        counts: Counter[tuple[str, str, str]] = Counter()
        for r in self.events(type=type, since=since, until=until, limit=10**9):
            for s in r["source_ids"]:
                for t in r["target_ids"]:
                    counts[(s, t, r["type"])] += 1
        edges = [{"source": s, "target": t, "type": ty, "count": n} for (s, t, ty), n in counts.most_common(limit)]
        actors = self._actors()
        used = Counter(x for e in edges for x in (e["source"], e["target"]))
        nodes = [{k: actors[i].get(k) for k in ("id", "name_en", "name_ar", "country", "sector")} | {"count": n}
                 for i, n in used.items() if i in actors]
        return {"nodes": nodes, "edges": edges}

    def close(self) -> None:
        self.closed = True
