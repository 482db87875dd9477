"""python -m bench.build PATH UNITS YEARS SEED: build a demo centre and print its summary as JSON (the
benchmark runs it in a child process, so its own memory and caches stay those of the measures)."""
from __future__ import annotations

import json
import sys


def main(argv: list[str]) -> int:
    from frontdesk.demo import build
    from frontdesk.store.db import connect
    path, units, years, seed = argv[0], int(argv[1]), float(argv[2]), int(argv[3])
    last = [-1.0]

    def report(fraction: float, message: str) -> None:
        if fraction - last[0] >= 0.05 or fraction >= 1.0:
            last[0] = fraction
            print(f"  {fraction * 100:3.0f}%  {message}", file=sys.stderr, flush=True)

    db = connect(path)
    made = build(db, units=units, years=years, seed=seed, report=report)
    db.close()
    print(json.dumps(made, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
