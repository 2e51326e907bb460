"""The home page of each role: what is due now, what is late, links to the work.

Each area contributes cards through `counsel.web.home.cards` (a `home.py` module in the
app, discovered like `nav.py`)."""
