"""``warta`` command: dispatch to subcommands, turn library errors into one-line messages."""

from __future__ import annotations

import argparse
import logging
import sys

from .. import __version__
from ..errors import WartaError
from . import evaluate, export, extract, ingest, kb, models, serve, spark, validate_petrarch

COMMANDS = {"extract": extract, "eval": evaluate, "ingest": ingest, "export": export, "models": models,
            "spark": spark, "kb": kb, "serve": serve, "validate-petrarch": validate_petrarch}


QUIET_LIBRARIES = ("trafilatura", "htmldate", "courlan")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="warta", description="Code Indonesian and English news as CAMEO events, with evidence.")
    parser.add_argument("--version", action="version", version=f"warta {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS.values():
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="warta: %(levelname)s: %(message)s")
    if not args.verbose:  # the HTML readers' own chatter ("discarding data: None"): the bad record says it
        for name in QUIET_LIBRARIES:
            logging.getLogger(name).setLevel(logging.ERROR)
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args) or 0)
    except WartaError as err:
        print(f"warta: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("warta: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
