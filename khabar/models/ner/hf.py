"""Optional NER backend: a Hugging Face token-classification model from a local directory.

``backend="hf:/path/to/model"`` (or ``KHABAR_NER_BACKEND=hf:/path``) loads the model and its
tokenizer with ``local_files_only=True``: nothing is downloaded. Each word is labelled by its first
sub-word; the model's label names are mapped to khabar's BIO tags by :func:`bio_tag`. Needs the
``hf`` extra (``pip install 'khabar[hf]'``); runs on ``$KHABAR_NER_DEVICE`` (default ``cpu``).
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from khabar.errors import DataError
from khabar.models.ner.base import Tagger
from khabar.models.ner.data import ANERCORP_TYPES, LABELS, WOJOOD_TYPES

# model type names -> khabar labels: ANERcorp's and Wojood's names plus the long English ones;
# any other type (DATE, NORP, MONEY ...) becomes O
HF_TYPES = {**ANERCORP_TYPES, **WOJOOD_TYPES, "PERSON": "PER", "ORGANIZATION": "ORG",
            "ORGANISATION": "ORG", "LOCATION": "LOC"}
# BIOES / BILOU prefixes -> BIO: a single-word entity starts one, an end continues one
PREFIXES = {"B": "B", "S": "B", "U": "B", "I": "I", "E": "I", "L": "I"}
TAGS = ["O"] + [f"{p}-{label}" for label in LABELS for p in "BI"]
BATCH_SIZE = 32


def bio_tag(raw: str) -> str:
    """khabar's BIO tag for a model label: ``B-PERS`` -> ``B-PER``, ``S-GPE`` -> ``B-LOC``, ``B-DATE`` -> ``O``.

    A bare type (IO scheme, ``PER``) continues an entity, which starts one when none is open.
    """
    m = re.fullmatch(r"(?:([BIESLU])[-_])?([A-Za-z]+)", raw.strip())
    if not m:
        return "O"
    prefix, label = PREFIXES[m.group(1).upper()] if m.group(1) else "I", HF_TYPES.get(m.group(2).upper())
    return f"{prefix}-{label}" if label else "O"


class HfTagger(Tagger):
    """A local token-classification model with its fast tokenizer; tags sentences in batches."""

    def __init__(self, path: Path, device: str | None = None, batch_size: int = BATCH_SIZE) -> None:
        self.path = path
        self.batch_size = batch_size
        self.device = device or os.environ.get("KHABAR_NER_DEVICE") or "cpu"
        torch, transformers = _import(path)
        if not (path / "config.json").is_file():
            raise DataError(str(path), "no Hugging Face model here (no config.json): give the directory "
                            "that save_pretrained() wrote")
        try:
            self.tokenizer = transformers.AutoTokenizer.from_pretrained(str(path), local_files_only=True)
            model = transformers.AutoModelForTokenClassification.from_pretrained(str(path), local_files_only=True)
        except (OSError, ValueError, KeyError) as err:
            raise DataError(str(path), f"cannot load the Hugging Face NER model: {err}") from err
        if not self.tokenizer.is_fast:
            raise DataError(str(path), "the tokenizer must be a fast one (tokenizer.json or a convertible vocab)")
        self._torch = torch
        self.model = model.to(self.device).eval()
        # raw label probabilities summed into khabar's tags (B-GPE and B-LOC both count for B-LOC)
        id2label = model.config.id2label
        to_tag = torch.zeros(len(id2label), len(TAGS))
        for i in range(len(id2label)):
            to_tag[i, TAGS.index(bio_tag(id2label[i]))] = 1.0
        self._to_tag = to_tag.to(self.device)
        limit = min(self.tokenizer.model_max_length, getattr(model.config, "max_position_embeddings", 512))
        self.max_pieces = limit - self.tokenizer.num_special_tokens_to_add()

    def tag_document(self, sentences: list[list[str]], window: int | None = None, scores: bool = True
                     ) -> tuple[list[list[str]], list[list[float]]]:
        """Tags and probabilities for each sentence; ``window`` is unused (no document features).

        Sentences longer than the model's input are tagged in consecutive windows of whole words.
        A word the tokenizer gives no sub-word (or that truncation cut off) is ``O``.
        """
        out_tags = [["O"] * len(words) for words in sentences]
        out_probs = [[0.0] * len(words) for words in sentences]
        windows = self._windows(sentences)
        windows.sort(key=lambda w: w[2] - w[1])  # similar lengths batch with little padding
        for b in range(0, len(windows), self.batch_size):
            batch = windows[b:b + self.batch_size]
            tags, probs = self._run([sentences[k][start:end] for k, start, end in batch])
            for (k, start, end), t, p in zip(batch, tags, probs):
                out_tags[k][start:end] = t
                out_probs[k][start:end] = p
        return out_tags, (out_probs if scores else [[] for _ in sentences])

    def _windows(self, sentences: list[list[str]]) -> list[tuple[int, int, int]]:
        """(sentence, first word, end word) pieces whose sub-words fit the model's input."""
        keep = [k for k, words in enumerate(sentences) if words]
        if not keep:
            return []
        enc = self.tokenizer([sentences[k] for k in keep], is_split_into_words=True,
                             add_special_tokens=False, truncation=False, verbose=False)
        windows: list[tuple[int, int, int]] = []
        for row, k in enumerate(keep):
            counts = [0] * len(sentences[k])
            for w in enc.word_ids(row):
                if w is not None:
                    counts[w] += 1
            start, used = 0, 0
            for i, n in enumerate(counts):
                if used + n > self.max_pieces and i > start:
                    windows.append((k, start, i))
                    start, used = i, 0
                used += n
            windows.append((k, start, len(counts)))
        return windows

    def _run(self, batch: list[list[str]]) -> tuple[list[list[str]], list[list[float]]]:
        enc = self.tokenizer(batch, is_split_into_words=True, truncation=True, padding=True,
                             max_length=self.max_pieces + self.tokenizer.num_special_tokens_to_add(),
                             return_tensors="pt")
        with self._torch.inference_mode():
            logits = self.model(**{k: v.to(self.device) for k, v in enc.items()}).logits
            probs, best = (logits.softmax(-1) @ self._to_tag).max(-1)
        probs, best = probs.cpu().tolist(), best.cpu().tolist()
        tags = [["O"] * len(words) for words in batch]
        scores = [[0.0] * len(words) for words in batch]
        for row in range(len(batch)):
            seen: set[int] = set()
            for pos, w in enumerate(enc.word_ids(row)):
                if w is None or w in seen:
                    continue
                seen.add(w)
                tags[row][w] = TAGS[best[row][pos]]
                scores[row][w] = probs[row][pos]
        return tags, scores


def _import(path: Path) -> tuple[Any, Any]:
    """torch and transformers, or a DataError saying how to install them."""
    try:
        import torch
        import transformers
    except ImportError as err:
        raise DataError(str(path), "the Hugging Face NER backend needs transformers and torch: "
                        "pip install 'khabar[hf]'") from err
    return torch, transformers
