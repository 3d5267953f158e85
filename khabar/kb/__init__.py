"""The actor knowledge base: canonical actors, aliases, agent nouns, country adjectives, roles."""
from khabar.kb.base import KnowledgeBase, load_kb, user_kb_paths
from khabar.kb.files import read_actor_file
from khabar.kb.keys import alias_key, lemma, lemma_key, token_key, word_key
from khabar.kb.records import Agent, DatedCode, KBActor

__all__ = ["Agent", "DatedCode", "KBActor", "KnowledgeBase", "alias_key", "lemma", "lemma_key", "load_kb",
           "read_actor_file", "token_key", "user_kb_paths", "word_key"]
