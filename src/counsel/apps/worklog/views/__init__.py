"""Views of work registration: thin — check input with a form, call one service, render."""
