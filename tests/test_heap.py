"""The window freezes its start-up heap so that full collections no longer walk it (frontdesk/heap.py)."""
import gc
import weakref

from frontdesk import heap


class _Node:
    pass


def test_what_start_up_made_is_out_of_the_collectors_walk_and_later_garbage_is_still_collected():
    made_at_start = [object()]
    try:
        frozen = heap.freeze_startup()
        assert frozen > 1000 and gc.get_freeze_count() == frozen
        assert not any(o is made_at_start for o in gc.get_objects())     # the collector no longer walks it
        cycle = _Node()
        cycle.me = cycle                                                 # garbage only the collector frees
        gone = weakref.ref(cycle)
        assert any(o is cycle for o in gc.get_objects())                 # the day's objects are still walked
        del cycle
        gc.collect()
        assert gone() is None                                            # and their garbage is freed
    finally:
        gc.unfreeze()
