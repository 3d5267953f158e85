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


class InputError(KhabarError):
    """Input that cannot be read as a document: names the input and, for JSONL, the line."""

    code = "E100"

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


class DataError(KhabarError):
    """A malformed data file (user dictionary, lexicon, model): names the file and line."""

    code = "E200"

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class PipelineError(KhabarError):
    """A pipeline that cannot run: unknown stage or a stage whose requirements are not met."""

    code = "E300"


class StoreError(KhabarError):
    """The store cannot be opened, migrated or written."""

    code = "E400"
