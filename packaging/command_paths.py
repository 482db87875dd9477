"""Print every command path of the source's `frontdesk` (one per line: "", "ticket", "ticket new", ...), so that
packaging/check.sh can compare each `--help` of the built program with the source's."""
import argparse

from frontdesk.cli import build_parser


def paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    yield prefix
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from paths(sub, prefix + (name,))


if __name__ == "__main__":
    for p in paths(build_parser()):
        print(" ".join(p))
