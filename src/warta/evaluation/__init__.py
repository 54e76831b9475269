"""Scoring against gold annotations, exactly as ../shared/ANNOTATION.md defines it."""

from .scoring import LEVELS, LevelScore, score_level
from .runner import EvaluationReport, evaluate_gold_file

__all__ = ["LEVELS", "LevelScore", "score_level", "EvaluationReport", "evaluate_gold_file"]
