"""KHCĐS: the digital-transformation plan program for Vietnamese local government.

The package is importable without Qt: only ``desktop.views`` and ``desktop.app``
import PySide6.
"""

__version__ = "0.1.0"
APP_NAME = "KHCĐS"
APP_ID = "khcds"
