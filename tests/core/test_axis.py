"""One value axis for every chart (core/axis.py): round steps, whole steps for counts, every value held."""
import random

import pytest

from frontdesk.core import axis


@pytest.mark.parametrize("raw,step", [(0.3, 1), (1, 1), (3, 5), (5, 5), (10, 10), (10.5, 20), (196, 200), (1234, 2000)])
def test_whole_steps_are_1_2_5_times_a_power_of_ten_and_never_below_1(raw, step):
    assert axis.nice_step(raw) == step and isinstance(axis.nice_step(raw), int)


def test_an_axis_holds_every_value_on_round_ticks_and_a_count_is_never_cut_into_fractions():
    rng = random.Random(5)
    for _ in range(2000):
        whole = rng.random() < 0.5
        values = ([rng.randint(0, rng.choice((3, 12, 80, 4000))) for _ in range(rng.randint(1, 9))] if whole else
                  [round(rng.uniform(-5, 5) * 10 ** rng.randint(-3, 3), 4) for _ in range(rng.randint(1, 9))])
        bottom, top, step = axis.axis(min(values), max(values), whole=whole, pad=0.08)
        assert bottom <= min(values) and max(values) <= top and bottom < top
        marks = axis.ticks(bottom, top, step)
        assert 2 <= len(marks) <= 12, (values, marks)
        if whole:
            assert bottom >= 0 and all(text.lstrip("-").isdigit() for _, text in marks), (values, marks)
        texts = [t for _, t in marks]
        assert len(set(texts)) == len(texts), (values, marks)          # no two ticks read the same
