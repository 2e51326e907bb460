"""Views of the year end: thin — a form, one service call or selector, a page."""
