"""frontdesk demo: fill a realistic demo centre (creating the centre and its staff on an empty database)."""
from __future__ import annotations

import sys

from frontdesk.cli import UsageError, creating_db


def register(sub) -> None:
    p = sub.add_parser(
        "demo", help="fill a realistic demo centre",
        description="Fill a believable demo centre: buildings, households, years of tickets with their timelines "
                    "and standard answers. On an empty database it first creates 阳光花园物业服务中心 and its staff "
                    "(admin, zhuguan, qiantai1, qiantai2, gongcheng1, gongcheng2; password demo1234); on a "
                    "database that has a centre it adds to it.")
    p.add_argument("--units", type=int, default=600, help="how many units (default 600)")
    p.add_argument("--years", type=float, default=2, help="how many years of tickets up to now (default 2)")
    p.add_argument("--seed", type=int, default=None, help="the same seed builds the same centre (default: random)")
    p.add_argument("--quiet", action="store_true", help="no progress on standard error")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.units < 1:
        raise UsageError("--units must be at least 1")
    if args.years < 0:
        raise UsageError("--years must not be negative")
    from frontdesk.demo import build

    last = [-1.0]
    live = sys.stderr.isatty()       # one updating line on a terminal, a line per tenth in a log

    def report(fraction: float, message: str) -> None:
        if args.quiet or fraction - last[0] < (0.01 if live else 0.1) and fraction < 1.0:
            return
        last[0] = fraction
        if live:
            print(f"\r\033[K{fraction * 100:5.1f}%  {message}", end="" if fraction < 1.0 else "\n",
                  file=sys.stderr, flush=True)
        else:
            print(f"{fraction * 100:5.1f}%  {message}", file=sys.stderr, flush=True)

    with creating_db(args) as db:
        made = build(db, units=args.units, years=args.years, seed=args.seed, report=report)
    print(f"demo centre: {made['units']:,} units, {made['people']:,} people, {made['tickets']:,} tickets, "
          f"{made['events']:,} events, {made['survey_responses']:,} survey forms, {made['standard_answers']} "
          f"standard answers in {made['seconds']:.1f} s "
          f"(seed {made['seed']})")
    if made["centre_created"]:
        print("logins (password demo1234): admin, zhuguan, qiantai1, qiantai2, gongcheng1, gongcheng2")
    return 0
