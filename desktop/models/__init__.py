"""The domain: ORM tables, periods, enums, templates and the unit directory (no Qt)."""
