"""The firm's pipeline on a real vault: add, reorder, rename, probabilities, delete."""

from __future__ import annotations

import pytest

from crm_desktop.core.errors import NotFound, ValidationError
from crm_desktop.core.services import deals, stages, undo
from crm_desktop.core.vault import Vault

DEFAULT = ["Lead", "Mandate", "Due diligence", "Term sheet", "Credit approval", "Financial close", "Lost"]


def names(vault: Vault) -> list[str]:
    return [s.name for s in stages.list_stages(vault)]


def test_new_vault_has_default_pipeline_in_order(vault: Vault) -> None:
    listed = stages.list_stages(vault)
    assert [s.name for s in listed] == DEFAULT
    assert [s.position for s in listed] == list(range(7))
    close, lost = listed[5], listed[6]
    assert close.is_won and close.probability == 100 and lost.is_lost and lost.probability == 0


def test_add_at_end_and_at_position(vault: Vault) -> None:
    end = stages.add(vault, "On hold", probability=5)
    assert end.position == 7 and names(vault)[-1] == "On hold"
    mid = stages.add(vault, "Teaser sent", probability="15%", position=1)
    assert mid.position == 1
    assert names(vault)[:3] == ["Lead", "Teaser sent", "Mandate"]
    assert [s.position for s in stages.list_stages(vault)] == list(range(9))


def test_move_renumbers_the_others(vault: Vault) -> None:
    lost = stages.list_stages(vault)[6]
    stages.move(vault, lost.id, 0)
    assert names(vault) == ["Lost", *DEFAULT[:6]]
    stages.move(vault, lost.id, 99)  # past the end: last
    assert names(vault) == DEFAULT
    assert [s.position for s in stages.list_stages(vault)] == list(range(7))


def test_reorder_is_undoable(vault: Vault) -> None:
    term = stages.list_stages(vault)[3]
    stages.move(vault, term.id, 1)
    assert names(vault)[1] == "Term sheet"
    undo.undo(vault)
    assert names(vault) == DEFAULT


def test_names_are_unique_regardless_of_case(vault: Vault) -> None:
    with pytest.raises(ValidationError) as err:
        stages.add(vault, "lead")
    assert err.value.field == "name"
    mandate = stages.list_stages(vault)[1]
    with pytest.raises(ValidationError) as err:
        stages.rename(vault, mandate.id, " Term Sheet ")
    assert err.value.field == "name"
    assert stages.rename(vault, mandate.id, "委托").name == "委托"
    assert stages.rename(vault, mandate.id, "委托").name == "委托"  # its own name is no clash
    assert names(vault)[1] == "委托"


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"name": " "}, "name"),
    ({"name": "x", "probability": 101}, "probability"),
    ({"name": "x", "probability": -1}, "probability"),
    ({"name": "x", "probability": "half"}, "probability"),
    ({"name": "x", "is_won": True, "is_lost": True}, "is_lost"),
])
def test_add_validation_names_the_field(vault: Vault, kwargs: dict, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        stages.add(vault, **kwargs)
    assert err.value.field == field
    assert names(vault) == DEFAULT


def test_set_probability_changes_open_deals_default(vault: Vault) -> None:
    lead = stages.list_stages(vault)[0]
    d = deals.add(vault, name="Solar", amount="1000", currency="USD")
    assert d.probability == 10
    stages.set_probability(vault, lead.id, 20)
    again = deals.get(vault, d.id)
    assert again.probability == 20 and str(again.weighted_amount) == "200"


def test_delete_only_when_no_deal_uses_it(vault: Vault) -> None:
    listed = stages.list_stages(vault)
    d = deals.add(vault, name="Toll road", stage="Mandate")
    assert stages.list_stages(vault)[1].deals == 1
    with pytest.raises(ValidationError) as err:
        stages.delete(vault, listed[1].id)
    assert err.value.field == "stage"
    deals.delete(vault, d.id)  # in the trash it can still come back: still blocks
    with pytest.raises(ValidationError, match="trash"):
        stages.delete(vault, listed[1].id)
    stages.delete(vault, listed[0].id)  # Lead: the deal was only in Mandate
    assert names(vault) == DEFAULT[1:]
    assert [s.position for s in stages.list_stages(vault)] == list(range(6))


def test_delete_stage_a_deal_passed_through_and_undo(vault: Vault) -> None:
    d = deals.add(vault, name="Port", stage="Lead")
    deals.move(vault, d.id, "Mandate")
    lead = stages.list_stages(vault)[0]
    stages.delete(vault, lead.id)
    assert [e.stage for e in deals.get(vault, d.id).stage_history] == ["Mandate"]
    undo.undo(vault)
    assert names(vault) == DEFAULT
    assert [e.stage for e in deals.get(vault, d.id).stage_history] == ["Lead", "Mandate"]


def test_bad_ids_are_not_found(vault: Vault) -> None:
    for call in (lambda: stages.rename(vault, 999, "x"), lambda: stages.move(vault, 999, 0),
                 lambda: stages.set_probability(vault, 999, 5), lambda: stages.delete(vault, 999)):
        with pytest.raises(NotFound):
            call()
