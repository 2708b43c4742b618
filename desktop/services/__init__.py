"""Use cases over the store: what the CLI and the window call (no Qt, no printing)."""
