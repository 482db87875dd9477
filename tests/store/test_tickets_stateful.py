"""Hypothesis drives random moves by random roles through the real store: no sequence reaches a state the
rules forbid, and every refused move leaves the ticket and its events exactly as they were."""
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from frontdesk.core import states
from frontdesk.core.errors import Refused
from frontdesk.store import people, staff, tickets, units
from frontdesk.store.db import connect

ROLES = ("receptionist", "supervisor", "engineer", "admin")


class TicketLifecycle(RuleBasedStateMachine):
    @initialize(type_=st.sampled_from(["repair", "complaint", "inquiry", "suggestion", "praise"]))
    def setup(self, type_):
        self.tmp = tempfile.TemporaryDirectory()
        self.db = connect(Path(self.tmp.name) / "c.db")
        self.users = {"admin": staff.init_centre(self.db, centre="测试中心", admin="admin", password="secret12")}
        for role in ("receptionist", "supervisor", "engineer"):
            self.users[role] = staff.create(self.db, username=role[:8], display_name=role, role=role, password=None)
        unit = units.add(self.db, "1-1-101")
        people.add(self.db, "张三", phones=["13800000001"], unit_id=unit["id"])
        category = {"repair": "水电", "complaint": "收费"}.get(type_, "其他")
        self.number = tickets.create(self.db, type=type_, category=category, description="测试",
                                     actor=self.users["receptionist"], unit="1-1-101")["number"]
        self.expected = "registered"

    def snapshot(self):
        row = next(self.db.query("SELECT * FROM tickets WHERE number = ?", [self.number]))
        events = self.db.execute("SELECT count(*) FROM ticket_events").fetchone()[0]
        audits = self.db.execute("SELECT count(*) FROM audit").fetchone()[0]
        return row, events, audits

    @rule(to=st.sampled_from(states.STATES), role=st.sampled_from(ROLES),
          rating=st.sampled_from([None, "satisfied", "basic", "unsatisfied"]))
    def try_move(self, to, role, rating):
        target = to
        before = self.snapshot()
        source = before[0]["status"]
        try:
            tickets.move(self.db, self.number, target, self.users[role], rating=rating)
        except Refused:
            assert self.snapshot() == before, "a refused move changed something"
            return
        move = next((m for m in states.MOVES if (m.source, m.target) == (source, target)), None)
        assert move is not None, f"{source}->{target} is not in the table"
        assert role in move.roles
        self.expected = target

    @invariant()
    def state_is_what_the_allowed_moves_made(self):
        if hasattr(self, "db"):
            assert self.db.execute("SELECT status FROM tickets WHERE number = ?",
                                   [self.number]).fetchone()[0] == self.expected

    def teardown(self):
        if hasattr(self, "db"):
            self.db.close()
            self.tmp.cleanup()


TicketLifecycle.TestCase.settings = settings(max_examples=25, stateful_step_count=20, deadline=None,
                                             suppress_health_check=[HealthCheck.too_slow])
test_ticket_lifecycle = TicketLifecycle.TestCase
