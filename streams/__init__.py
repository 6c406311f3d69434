"""geoevents: Faust stream processor and the pure extraction engine it runs."""

__version__ = "0.1.0"
