"""CLI commands, one module per capability; each has ``register(subparsers)``."""
