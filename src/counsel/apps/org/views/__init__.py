"""Master data pages: streets, communities, firms, lawyers, engagements, years, history."""
