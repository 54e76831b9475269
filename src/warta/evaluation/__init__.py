"""Scoring against gold annotations, exactly as ../shared/ANNOTATION.md defines it."""

from .constructions import ConstructionScore, check_suite_row, construction_scores, format_construction_table
from .runner import EvaluationReport, evaluate_gold_file
from .scoring import LEVELS, LevelScore, score_level

__all__ = ["LEVELS", "ConstructionScore", "EvaluationReport", "LevelScore", "check_suite_row",
           "construction_scores", "evaluate_gold_file", "format_construction_table", "score_level"]
