"""crm stage list | add | rename | move | probability | delete: the firm's pipeline."""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.services import stages
from crm_desktop.core.services.stages import StageOut

from .output import out, print_json, table
from .parsing import group, id_or_name, leaf

_POSITION = "Positions count from 1 (the first stage); `--json` shows the stored 0-based position."


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    g = group(sub, "stage", "the pipeline's stages")
    leaf(g, "list", "list the stages in pipeline order", common, _list)
    add = leaf(g, "add", "add a stage; prints its id", common, _add, _POSITION)
    add.add_argument("name")
    add.add_argument("--probability", default="0", metavar="PERCENT",
                     help="the default win probability of deals in it (0-100)")
    add.add_argument("--position", type=int, metavar="N", help="where it goes (default: last)")
    outcome = add.add_mutually_exclusive_group()
    outcome.add_argument("--won", action="store_true", help="deals here are won")
    outcome.add_argument("--lost", action="store_true", help="deals here are lost")
    rename = leaf(g, "rename", "rename a stage", common, _rename)
    rename.add_argument("stage", type=id_or_name, help="the stage's id or name")
    rename.add_argument("name", help="its new name")
    move = leaf(g, "move", "move a stage to another position", common, _move, _POSITION)
    move.add_argument("stage", type=id_or_name, help="the stage's id or name")
    move.add_argument("position", type=int, help="its new position (1 = first)")
    prob = leaf(g, "probability", "set a stage's default win probability", common, _probability)
    prob.add_argument("stage", type=id_or_name, help="the stage's id or name")
    prob.add_argument("percent")
    rm = leaf(g, "delete", "delete a stage no deal is in", common, _delete)
    rm.add_argument("stage", type=id_or_name, help="the stage's id or name")


def resolve(vault: Any, stage: int | str) -> StageOut:
    """A stage by id or (case-insensitive) name, as the user typed it."""
    for s in stages.list_stages(vault):
        if s.id == stage or (isinstance(stage, str) and s.name.lower() == stage.strip().lower()):
            return s
    raise ValidationError("stage", f"no stage '{stage}'")


def _done(ctx: Any, stage: StageOut, text: str) -> None:
    if ctx.json:
        print_json(stage)
    else:
        out(text)


def _list(ctx: Any, args: argparse.Namespace) -> None:
    rows = stages.list_stages(ctx.vault)
    if ctx.json:
        print_json({"stages": rows})
        return
    table(["#", "ID", "Name", "Probability", "Outcome", "Deals"],
          [(s.position + 1, s.id, s.name, f"{s.probability}%",
            "won" if s.is_won else "lost" if s.is_lost else "", s.deals) for s in rows],
          right=[0, 1, 3, 5])


def _position(value: int | None) -> int | None:
    if value is None:
        return None
    if value < 1:
        raise ValidationError("position", "counts from 1")
    return value - 1


def _add(ctx: Any, args: argparse.Namespace) -> None:
    s = stages.add(ctx.vault, args.name, args.probability, _position(args.position),
                   is_won=args.won, is_lost=args.lost)
    _done(ctx, s, str(s.id))


def _rename(ctx: Any, args: argparse.Namespace) -> None:
    old = resolve(ctx.vault, args.stage)
    s = stages.rename(ctx.vault, old.id, args.name)
    _done(ctx, s, f"Renamed stage {old.name} to {s.name}.")


def _move(ctx: Any, args: argparse.Namespace) -> None:
    s = stages.move(ctx.vault, resolve(ctx.vault, args.stage).id, _position(args.position) or 0)
    _done(ctx, s, f"Stage {s.name} is now at position {s.position + 1}.")


def _probability(ctx: Any, args: argparse.Namespace) -> None:
    s = stages.set_probability(ctx.vault, resolve(ctx.vault, args.stage).id, args.percent)
    _done(ctx, s, f"Stage {s.name}: {s.probability}%.")


def _delete(ctx: Any, args: argparse.Namespace) -> None:
    s = resolve(ctx.vault, args.stage)
    stages.delete(ctx.vault, s.id)
    if ctx.json:
        print_json({"deleted": s.id})
    else:
        out(f"Deleted stage {s.name}.")
