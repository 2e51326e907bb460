"""Services of the quarter (R4–R8, R18): each writes atomically and records who did what."""
