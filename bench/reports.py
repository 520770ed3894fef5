"""Report build times on an encrypted vault.

    .venv/bin/python bench/reports.py [--rows 5000] [--deals 20000] [--interactions 2000] [--keep DIR]

Prints: a 5,000-row follow-ups report (with the embedded CJK font, Babel formatting, the shared
template) against a plain reportlab table of the same rows in the same font — the ratio is what
the template costs; the pipeline report over 20,000 deals; the dossier of a client with 2,000
interactions (issue goals: <= 3 s each). Data are bulk-inserted (no audit trail: bench only).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table

from crm_desktop.core.models import Contact, Deal, Interaction, InteractionParticipant, Reminder, Stage
from crm_desktop.core.reports import build_dossier, build_followups, build_pipeline, fonts
from crm_desktop.core.reports.fmt import Fmt
from crm_desktop.core.reports.followup_figures import followup_figures
from crm_desktop.core.services.uow import ReadSession, UnitOfWork
from crm_desktop.core.vault import Vault

TODAY = date(2024, 6, 12)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰",
         "Wei", "Ming", "Anna", "David"]
ORGS = ["中国银行", "工商银行", "Acme Capital", "港灣基建", "Blue Sky Energy", "华夏信托", "Pacific Ports"]


def seed(vault: Vault, rows: int, deals: int, interactions: int) -> int:
    rnd = random.Random(1)
    t0 = time.perf_counter()
    with UnitOfWork(vault, "bench.seed", undoable=False) as uow:
        s = uow.session
        stages = [st for st in s.query(Stage).order_by(Stage.position) if not (st.is_won or st.is_lost)]
        n_contacts = max(rows // 2, 100)
        s.execute(Contact.__table__.insert(), [
            {"uid": f"c{i}", "kind": "person", "display_name": rnd.choice(SURNAMES) + rnd.choice(GIVEN),
             "tier": "ABC"[i % 3], "source": "bench", "created_at": datetime(2023, 1, 1, tzinfo=UTC),
             "updated_at": datetime(2023, 1, 1, tzinfo=UTC)} for i in range(n_contacts)])
        contact_ids = [c for (c,) in s.query(Contact.id)]
        start = datetime(2023, 6, 1, tzinfo=UTC)
        s.execute(Deal.__table__.insert(), [
            {"uid": f"d{i}", "name": f"{rnd.choice(ORGS)} 项目融资 #{i}",
             "client_id": rnd.choice(contact_ids),
             "amount": Decimal(rnd.randrange(100_000, 500_000_000)) / 100,
             "currency": rnd.choice(("CNY", "CNY", "USD", "HKD", "EUR")), "stage_id": rnd.choice(stages).id,
             "expected_close": TODAY + timedelta(days=rnd.randrange(-60, 400)),
             "status": "open", "fee_retainer": Decimal(50000), "fee_success_percent": Decimal("1.25"),
             "created_at": start, "updated_at": start} for i in range(deals)])
        deal_ids = [d for (d,) in s.query(Deal.id)]
        s.execute(Reminder.__table__.insert(), [
            {"uid": f"r{i}", "text": f"跟进 follow up on term sheet #{i} — 发送修订版条款清单并确认放款时间",
             "due_at": datetime(2024, 6, 11, 9, tzinfo=UTC) - timedelta(hours=i), "tz": "Asia/Shanghai",
             "status": "open", "contact_id": rnd.choice(contact_ids), "deal_id": rnd.choice(deal_ids),
             "created_at": start, "updated_at": start} for i in range(rows)])
        client = contact_ids[0]
        body = ("会议纪要：双方讨论了项目融资结构、担保安排与提款计划。银行倾向于十年期贷款，"
                "利率参考LPR加点。Next steps: send the revised term sheet; "
                "confirm the security package.\n\n") * 3
        s.execute(Interaction.__table__.insert(), [
            {"uid": f"i{i}", "kind": rnd.choice(("meeting", "call", "email", "note")),
             "occurred_at": start + timedelta(hours=6 * i), "subject": f"第 {i} 次沟通 meeting {i}",
             "body": body, "created_at": start, "updated_at": start} for i in range(interactions)])
        first = s.query(Interaction.id).order_by(Interaction.id).first()[0]
        s.execute(InteractionParticipant.__table__.insert(), [
            {"interaction_id": first + i, "contact_id": client} for i in range(interactions)])
    print(f"seeded {rows:,} reminders, {deals:,} deals, {interactions:,} interactions "
          f"in {time.perf_counter() - t0:.1f} s")
    return client


def plain_table(vault: Vault, out: Path) -> tuple[Timer, int]:
    """The same rows, already as strings, in a bare SimpleDocTemplate + Table (same font)."""
    font = fonts.register()
    with ReadSession(vault) as s:
        fig = followup_figures(s, today=TODAY, tz=UTC)
    f = Fmt("en", UTC)
    data = [["Due", "Days late", "Contact", "Deal", "Reminder"]] + [
        [f.short_datetime(r.due_at), str(r.days_overdue), r.contact or "", r.deal or "", r.text]
        for r in fig.overdue]
    with Timer() as t:
        doc = SimpleDocTemplate(str(out), pagesize=A4, initialFontName=font)
        table = Table(data, repeatRows=1, style=[("FONT", (0, 0), (-1, -1), font, 8)])
        doc.build([table])
    return t, len(data) - 1


class Timer:
    """Wall and CPU seconds: on a busy machine the CPU time is the steadier figure."""

    def __enter__(self) -> Timer:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu

    def __str__(self) -> str:
        return f"{self.wall:.2f} s (cpu {self.cpu:.2f} s)"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--deals", type=int, default=20000)
    ap.add_argument("--interactions", type=int, default=2000)
    ap.add_argument("--keep", help="write the PDFs into this folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        vault = Vault.create(Path(tmp) / "bench.crm", "bench")
        try:
            client = seed(vault, args.rows, args.deals, args.interactions)
            fonts.register()  # once per process: not part of any one report
            with Timer() as ours:
                r = build_followups(vault, folder / "followups.pdf", today=TODAY, lang="zh_CN")
            plain, n = plain_table(vault, folder / "plain.pdf")
            print(f"follow-ups report, {r.rows:,} rows, {r.pages} pages: {ours}")
            print(f"plain reportlab table, {n:,} rows: {plain}; ratio {ours.cpu / plain.cpu:.2f}x (cpu)")
            with Timer() as t:
                r = build_pipeline(vault, folder / "pipeline.pdf", today=TODAY, date_from=date(2024, 1, 1))
            print(f"pipeline report, {args.deals:,} deals, {r.pages} pages: {t}")
            with Timer() as t:
                r = build_dossier(vault, folder / "dossier.pdf", contact_id=client, today=TODAY)
            print(f"dossier, {args.interactions:,} interactions, {r.pages} pages: {t}")
        finally:
            vault.close()


if __name__ == "__main__":
    main()
