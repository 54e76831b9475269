"""Scoring against gold annotations, exactly as ../shared/ANNOTATION.md defines it."""

from .runner import EvaluationReport, evaluate_gold_file
from .scoring import LEVELS, LevelScore, score_level

__all__ = ["LEVELS", "EvaluationReport", "LevelScore", "evaluate_gold_file", "score_level"]
