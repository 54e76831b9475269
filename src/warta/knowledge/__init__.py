"""The actor knowledge base: countries, organisations, role words, people with dated roles, media."""

from .kb import ActorEntry, KnowledgeBase, load_knowledge_base

__all__ = ["ActorEntry", "KnowledgeBase", "load_knowledge_base"]
