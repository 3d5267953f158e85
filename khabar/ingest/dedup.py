"""Duplicate detection: an exact content hash and MinHash signatures for near-duplicates.

Wire copies of one agency story differ by a byline, a dateline or a sentence, so exact hashing
misses them. Both checks work on a normalised view of the text (Arabic letter variants folded,
punctuation dropped, whitespace collapsed); near-duplicates are found by MinHash over word
5-grams with locality-sensitive hashing (bands of rows), so a store can look up candidates
with an index instead of comparing every pair.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass

import numpy as np

from khabar.lang.ar.normalize import normalize

SHINGLE = 5  # words per shingle
NUM_PERM = 64  # hash functions in a signature
BANDS = 16  # LSH bands of NUM_PERM // BANDS rows: candidates from Jaccard ~0.5 up
NEAR_DUPLICATE = 0.8  # estimated Jaccard at or above which a document is marked a near-duplicate
_PRIME = np.uint64(4_294_967_311)  # smallest prime above 2**32
_rng = np.random.default_rng(20261129)  # fixed: signatures must compare across runs and machines
_A = _rng.integers(1, 2**31, NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, 2**31, NUM_PERM, dtype=np.uint64)
_NON_WORD = re.compile(r"[^\w]+")


def normalise(text: str) -> str:
    """The view both checks compare: folded letters, no punctuation, single spaces, lower case."""
    return _NON_WORD.sub(" ", normalize(text)).strip().lower()


def content_hash(text: str) -> str:
    """SHA-1 of the normalised text: equal for copies that differ only in spacing or letter forms."""
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()


def signature(text: str) -> np.ndarray:
    """MinHash signature (NUM_PERM uint64 values) over the text's word 5-grams."""
    words = normalise(text).split()
    n = max(1, len(words) - SHINGLE + 1)
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(n)}
    hashes = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in shingles), dtype=np.uint64,
                         count=len(shingles))
    return ((np.outer(hashes, _A) + _B) % _PRIME).min(axis=0)


def bands(sig: np.ndarray) -> list[int]:
    """One signed 63-bit key per band: documents sharing any key are near-duplicate candidates."""
    rows = NUM_PERM // BANDS
    return [
        int.from_bytes(hashlib.blake2b(sig[b * rows:(b + 1) * rows].tobytes(), digest_size=8).digest(),
                       "big") >> 1
        for b in range(BANDS)
    ]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two documents' shingle sets."""
    return float(np.mean(a == b))


@dataclass(slots=True)
class Fingerprint:
    """What the store needs to detect duplicates, computed once (in a worker, for batches)."""

    content_hash: str
    signature: np.ndarray

    @classmethod
    def of(cls, text: str) -> "Fingerprint":
        return cls(content_hash(text), signature(text))

    def bands(self) -> list[int]:
        return bands(self.signature)

    def to_bytes(self) -> bytes:
        return self.signature.astype("<u8").tobytes()

    @staticmethod
    def signature_from_bytes(data: bytes) -> np.ndarray:
        return np.frombuffer(data, dtype="<u8")
