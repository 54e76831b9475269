"""Runners: the same pipeline over a whole corpus, in local worker processes or on Apache Spark."""
