"""Follow-up reminders at office hours in the contact's own time zone: some overdue, some done,
some recurring (RRULE)."""

from __future__ import annotations

from datetime import UTC, timedelta
from zoneinfo import ZoneInfo

from crm_desktop.core.models import Reminder

from .script import in_language
from .texts import REMINDERS
from .world import TIME_ZONES, World
from .writer import Writer

_TIMES = ((9, 30), (10, 0), (11, 0), (14, 0), (16, 30))


def write(w: World, out: Writer, count: int) -> None:
    r = w.rng
    people = len(w.p_name)
    for k in range(count):
        # The first few cycle through every kind, so a small demo has recurring ones too.
        en, zh, rrule = REMINDERS[k] if k < len(REMINDERS) else r.choice(REMINDERS)
        deal_index = r.randrange(len(w.deal_ids)) if w.deal_ids and r.random() < 0.6 else None
        person = r.randrange(people)
        if deal_index is not None:
            project = w.deal_project[deal_index]
            client_people = w.org_people[w.deal_client[deal_index]]
            if client_people:  # someone at the client
                person = r.choice(client_people)
        else:
            project = r.choice(w.projects) if w.projects else ("项目", "the project", "CN")
        lang = w.p_lang[person]
        text = (en if lang == "en" else in_language(zh, lang)).format(
            p=w.p_name[person], proj=project[1] if lang == "en" else in_language(project[0], lang))
        tz = TIME_ZONES[w.p_region[person]][0]
        days = -r.uniform(1, 30) if k == 0 else r.uniform(-45, 60)  # the first one is overdue
        hour, minute = r.choice(_TIMES)
        local = (w.now + timedelta(days=days)).astimezone(ZoneInfo(tz))
        due = local.replace(hour=hour, minute=minute, second=0, microsecond=0).astimezone(UTC)
        done = due < w.now and rrule is None and k > 0 and r.random() < 0.3
        created = min(due - timedelta(days=r.uniform(3, 40)), w.now)
        out.add(Reminder, {
            "uid": w.uid(), "created_at": created, "updated_at": created, "text": text, "due_at": due,
            "tz": tz, "rrule": rrule, "status": "done" if done else "open", "snoozed_from": None,
            "done_at": min(due + timedelta(hours=r.uniform(1, 30)), w.now) if done else None,
            "contact_id": w.person_base + person,
            "deal_id": w.deal_ids[deal_index] if deal_index is not None else None, "series_uid": None})
