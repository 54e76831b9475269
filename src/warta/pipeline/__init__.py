"""Pipeline components, one module each; :mod:`warta.pipeline.pipeline` runs them in order."""
