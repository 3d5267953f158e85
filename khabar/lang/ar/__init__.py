"""Arabic text handling: normalisation for matching, clitics, tokens and sentences.

The raw text is never modified: every function here either returns a separate matching view
or spans with character offsets into the original string.
"""
from khabar.lang.ar.normalize import normalize, normalize_name, normalize_token, strip_diacritics
from khabar.lang.ar.clitics import CONJUNCTIONS, split_proclitics
from khabar.lang.ar.tokenize import COMMAS, QUOTES, tokenize
from khabar.lang.ar.sentences import split_sentences

__all__ = ["COMMAS", "CONJUNCTIONS", "QUOTES", "normalize", "normalize_name", "normalize_token", "strip_diacritics", "split_proclitics", "tokenize", "split_sentences"]
