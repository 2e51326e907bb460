"""Services of the year end: they write, record who did what, and are atomic."""
