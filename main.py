"""Daleel's entry point: a command → the command line; no command → the window."""

import sys


def main(argv: list[str]) -> int:
    from desktop.cli import COMMANDS

    if any(arg in COMMANDS for arg in argv):
        from desktop.cli import main as cli_main

        return cli_main(argv)
    import gc

    gc.disable()  # until the window shows its first results: see desktop.app.collect_after_start
    from desktop.app import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
