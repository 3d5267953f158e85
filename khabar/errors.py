"""Exceptions with coded messages. Library code raises these; only ``khabar.cli`` prints.

Codes: E1xx input, E2xx data files (lexicons, user dictionaries, models), E3xx pipeline,
E4xx store and batch.
"""
from __future__ import annotations


class KhabarError(Exception):
    """Base class: every error khabar raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")


class LocatedError(KhabarError):
    """An error about one named thing (a file, an input) and, where known, a line of it."""

    def __init__(self, where: str, message: str, line: int | None = None) -> None:
        self.where = where
        self.line = line
        super().__init__(f"{where}:{line}: {message}" if line is not None else f"{where}: {message}")


class InputError(LocatedError):
    """Input that cannot be read as a document: names the input and, for JSONL, the line."""

    code = "E100"


class DataError(LocatedError):
    """A malformed data file (user dictionary, lexicon, model): names the file and line."""

    code = "E200"


class PipelineError(KhabarError):
    """A pipeline that cannot run: unknown stage or a stage whose requirements are not met."""

    code = "E300"


class StoreError(KhabarError):
    """The store cannot be opened, migrated or written."""

    code = "E400"
