"""The exchange format (EXCHANGE.md): JSON and XLSX in and out, errors with their place."""
