"""Sync with the city by file: signed export packages, template packages, city mode (no Qt)."""
