"""The window: Qt Widgets only. Views call ``desktop.services``, never SQL."""
