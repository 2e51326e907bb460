"""Selectors of the quarter: they read, scope by the user, and return plain data."""
