"""Composition root of the window: logging → settings → language → databases → main window.

Until the window lands (issue 3) it prints the catalogue summary.
"""

from __future__ import annotations

import sys

from desktop.cli import main as cli_main


def main(argv: list[str]) -> int:
    return cli_main([*argv, "stats"]) if "--help" not in argv else cli_main(["--help"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
