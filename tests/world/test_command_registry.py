"""Command arguments are typed: each use is converted once, or refused with a reason."""

from __future__ import annotations

import pytest

from game.world.commands import ArgError, Names, build_registry
from game.world.model import Facing


@pytest.fixture(scope="module")
def registry():
    return build_registry()


def problem(registry, name: str, *args: str, **kwargs: str) -> str:
    with pytest.raises(ArgError) as err:
        registry.bind(name, args, kwargs)
    return str(err.value)


def test_arguments_become_typed_values(registry) -> None:
    move = registry.bind("move", ("Lena", "3", "4.5"), {"speed": "2", "wait": "false"})
    assert move.value("to") == (3.0, 4.5)
    assert move.value("speed") == 2.0 and move.value("wait") is False
    by_spawn = registry.bind("move", ("Lena", "vase_spot"), {})
    assert by_spawn.value("to") == "vase_spot" and by_spawn.value("speed") == 1.0
    assert registry.bind("shake", (), {}).value("strength") == 3
    assert registry.bind("shake", ("2", "0.6"), {}).value("seconds") == 0.6
    assert registry.bind("face", ("Kara", "up"), {}).value("toward") == (0, Facing.UP)
    assert registry.bind("face", ("Kara", "Lena"), {}).value("toward") == (1, "Lena")
    assert registry.bind("meter", ("$lena_trust", "Trust"), {}).value("flag") == "lena_trust"


@pytest.mark.parametrize(("call", "expected"), [
    (("shake", "abc"), "<<shake>>: STRENGTH must be a number, got 'abc'"),
    (("shake", "2.5"), "<<shake>>: STRENGTH must be a whole number, got '2.5'"),
    (("wait", "1e12"), "<<wait>>: SECONDS must be between 0 and 30 seconds, got '1e12'"),
    (("wait", "nan"), "<<wait>>: SECONDS must be a number, got 'nan'"),
    (("wait", "-1"), "<<wait>>: SECONDS must be between 0 and 30 seconds, got '-1'"),
    (("fade_out", "inf"), "<<fade_out>>: SECONDS must be a number, got 'inf'"),
    (("move", "Lena", "3", "1e400"), "<<move>>: Y must be a finite number, got '1e400'"),
    (("wait",), "<<wait>> takes SECONDS, got 0 arguments"),
    (("move", "Lena"), "<<move>> takes WHO X Y or WHO SPAWN, got 1 argument"),
    (("camera_reset", "now"), "<<camera_reset>> takes no arguments, got 1 argument"),
    (("wiat", "1"), "unknown command 'wiat'"),
])
def test_bad_arguments_are_refused_with_a_reason(registry, call, expected) -> None:
    assert problem(registry, *call) == expected


def test_options_are_typed_and_unknown_ones_named(registry) -> None:
    assert problem(registry, "camera", "Kara", speed="fast") == (
        "<<camera>>: speed must be a number, got 'fast'")
    assert problem(registry, "camera", "28", "17", speed="0") == (
        "<<camera>>: speed must be between 0.25 and 16 pixels a step, got '0'")
    assert problem(registry, "move", "Lena", "3", "4", sped="2") == (
        "<<move>> has no option 'sped' (options: speed, wait)")
    assert problem(registry, "move", "Lena", "3", "4", wait="maybe") == (
        "<<move>>: wait must be true or false, got 'maybe'")


def test_static_check_uses_what_the_registries_know(registry) -> None:
    names = Names(known={"character": frozenset({"kara", "lena", "player"}),
                         "spawn": frozenset({"vase_spot"}), "music": frozenset({"palace"}),
                         "lighting": frozenset({"day", "night"}),
                         "emote": frozenset({"!", "heart"})},
                  flag_types={"lena_trust": "int", "knelt": "bool"})
    check = registry.check
    assert check("move", ("Lena", "vase_spot"), {}, names) == []
    assert check("move", ("Batman", "vase_spot"), {}, names) == [
        "<<move>>: character 'Batman' is not in assets/data/characters.json nor an NPC on "
        "any map"]
    assert check("move", ("Lena", "nowhere"), {}, names) == [
        "<<move>>: 'nowhere' is neither a Spawn on any map nor a character"]
    assert check("emote", ("Kara", "heart"), {}, names) == []
    assert check("emote", ("Kara", "wink"), {}, names) == [  # emotes are data (emotes.json)
        "<<emote>>: emote 'wink' is not a known emote name"]
    assert check("music", ("none",), {}, names) == []
    assert check("music", ("disco",), {}, names) == [
        "<<music>>: music 'disco' is not a known music name"]
    assert check("lighting", ("noon",), {}, names) == [
        "<<lighting>>: lighting 'noon' is not a known lighting name"]
    assert check("meter", ("knelt", "Knelt"), {}, names) == [
        "<<meter>>: flag '$knelt' is bool, but FLAG needs int"]
    assert check("watch", ("Kara", "40", "nope"), {}, names) == [
        "<<watch>>: flag '$nope' is not declared in assets/data/flags.json"]
    # {interpolated} values come at run time: only the shape is checked
    assert check("wait", ("{$pause}",), {}, names, literal=False) == []
    assert check("wait", (), {}, names, literal=False) == [
        "<<wait>> takes SECONDS, got 0 arguments"]


def test_every_declaration_matches_its_handler(registry) -> None:
    import inspect

    for cmd in registry:
        accepted = list(inspect.signature(cmd.handler).parameters)[1:]
        keys = {p.key for form in cmd.forms for p in form} | {o.key for o in cmd.options}
        assert keys == set(accepted), cmd.name
