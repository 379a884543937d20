"""The window's panes: one widget per file, each retranslating itself on a language change."""
