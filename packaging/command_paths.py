"""The source's command tree, for packaging/check.sh to compare the built program with.

`python packaging/command_paths.py` prints every command path ("", "ticket", "ticket new", ...), one per line;
with `--helps` it prints, for each, a "== frontdesk PATH" line and that command's --help (in one process: the
same text `frontdesk PATH --help` prints)."""
import argparse
import contextlib
import io
import sys

from frontdesk.cli import build_parser


def paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    yield prefix
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from paths(sub, prefix + (name,))


def helps() -> str:
    out = io.StringIO()
    for path in paths(build_parser()):
        out.write(f"== frontdesk {' '.join(path)}\n")
        text = io.StringIO()
        with contextlib.redirect_stdout(text), contextlib.suppress(SystemExit):
            build_parser().parse_args([*path, "--help"])
        out.write(text.getvalue())
    return out.getvalue()


if __name__ == "__main__":
    if "--helps" in sys.argv[1:]:
        sys.stdout.write(helps())
    else:
        for p in paths(build_parser()):
            print(" ".join(p))
