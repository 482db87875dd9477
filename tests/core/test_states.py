"""The lifecycle table: every move checked, refused with a reason code, and by role."""
import pytest

from frontdesk.core import states
from frontdesk.core.errors import Refused


def ticket(status, type_="repair", owner="u1"):
    return {"status": status, "type": type_, "first_responder_id": owner}


def test_every_move_is_between_known_states():
    for m in states.MOVES:
        assert m.source in states.STATES and m.target in states.STATES
        assert m.roles <= {"receptionist", "supervisor", "engineer", "admin"}


def test_nothing_leaves_cancelled():
    assert not [m for m in states.MOVES if m.source == "cancelled"]


def test_full_repair_loop_is_allowed_for_the_desk():
    path = ["registered", "dispatched", "in_progress", "done", "verified", "notified"]
    for a, b in zip(path, path[1:]):
        states.check_move(ticket(a), b, "receptionist", actor_id="u1")
    states.check_move(ticket("notified"), "closed", "receptionist", rating="satisfied")


@pytest.mark.parametrize("source, target, role, code", [
    ("registered", "done", "receptionist", "not_allowed"),
    ("registered", "closed", "receptionist", "repair_loop_required"),
    ("done", "notified", "receptionist", "verify_required"),
    ("notified", "closed", "receptionist", "rating_required"),
    ("registered", "dispatched", "engineer", "role"),
    ("closed", "reopened", "receptionist", "role"),
    ("registered", "registered", "admin", "same_state"),
    ("registered", "flying", "admin", "unknown_state"),
])
def test_refusals_carry_a_reason_code(source, target, role, code):
    with pytest.raises(Refused) as err:
        states.check_move(ticket(source), target, role, actor_id="u1")
    assert err.value.code == code
    assert err.value.data["source"] == source and err.value.data["target"] == target


def test_unsatisfied_callback_reopens_instead_of_closing():
    with pytest.raises(Refused) as err:
        states.check_move(ticket("notified"), "closed", "receptionist", rating="unsatisfied")
    assert err.value.code == "unsatisfied_reopens"
    states.check_move(ticket("notified"), "reopened", "receptionist", rating="unsatisfied")


def test_only_owner_or_supervisor_cancels():
    with pytest.raises(Refused) as err:
        states.check_move(ticket("registered", owner="someone"), "cancelled", "receptionist", actor_id="u1")
    assert err.value.code == "cancel_not_owner"
    states.check_move(ticket("registered", owner="someone"), "cancelled", "supervisor", actor_id="u9")


def test_inquiry_closes_at_intake_and_complaint_skips_verification():
    states.check_move(ticket("registered", "inquiry"), "closed", "receptionist")
    states.check_move(ticket("done", "complaint"), "notified", "receptionist")


def test_allowed_targets_match_check_move():
    for status in states.STATES:
        for role in ("receptionist", "supervisor", "engineer", "admin"):
            allowed = states.allowed_targets(ticket(status), role, "u1", rating="satisfied")
            for target in states.STATES:
                try:
                    states.check_move(ticket(status), target, role, actor_id="u1", rating="satisfied")
                    ok = True
                except Refused:
                    ok = False
                assert ok == (target in allowed), (status, role, target)


def test_clock_stops_at_done_for_repairs_and_when_told_for_others():
    assert states.stops_clock("repair", "done") and not states.stops_clock("repair", "in_progress")
    assert states.stops_clock("complaint", "notified") and not states.stops_clock("complaint", "done")
    assert not states.stops_clock("repair", "cancelled")
