"""Reading documents from files, folders and streams, with clear errors for bad input.

Readers yield :class:`Record`: either a Document or the InputError that one input (a file, a
JSONL line) raised, so a batch reports the bad item and goes on with the rest.
"""
from khabar.ingest.files import estimate_count, iter_files, read_path, read_paths
from khabar.ingest.record import Record, check_text

__all__ = ["Record", "check_text", "estimate_count", "iter_files", "read_path", "read_paths"]
