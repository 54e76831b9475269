"""Readers (files, JSONL, stdin) and writers (JSONL) of articles and results."""
