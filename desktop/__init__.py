"""Daleel (دليل): an offline knowledge base for cash and voucher assistance."""

__version__ = "0.1.0"
