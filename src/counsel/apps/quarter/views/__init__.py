"""Views of the quarter: thin — check input with a form, call one service, render."""
