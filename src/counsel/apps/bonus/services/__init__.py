"""Services of the bonus declarations (R9–R10): each writes, records who did what, and is
atomic. `declaration` holds the lawyer's part, `review` the community's and the office's."""
