"""Views of the bonus declarations: thin — a form, one service call, a page."""
