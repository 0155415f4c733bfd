"""Ordered choices: the sentence must be assembled in the right order."""

from __future__ import annotations

from game.contest.ordered import Ordered, OrderedSpec

SPEC = OrderedSpec("Speak.", ("I, Kara,", "before the King,", "before the gods,"),
                   ("Name yourself first.", "The King next.", "Then the gods."),
                   speaker="King", seed=3)


def test_the_phrases_are_never_offered_in_the_right_order() -> None:
    for seed in range(20):
        spec = OrderedSpec(SPEC.prompt, SPEC.parts, SPEC.corrections, seed=seed)
        assert Ordered(spec).offered != SPEC.parts


def test_the_right_order_is_done_in_one_try() -> None:
    rules = Ordered(SPEC)
    for part in SPEC.parts:
        rules.pick(part)
    assert rules.done and rules.tries == 1 and rules.spoken == " ".join(SPEC.parts)


def test_a_wrong_order_is_corrected_for_the_first_part_out_of_place() -> None:
    rules = Ordered(SPEC)
    for part in ("I, Kara,", "before the gods,", "before the King,"):
        rules.pick(part)
    assert not rules.done and rules.tries == 1
    assert rules.correction == "The King next." and rules.picked == []
    rules.pick("I, Kara,")
    assert rules.correction is None  # the next pick clears it


def test_the_next_part_is_marked_after_two_wrong_tries_and_undo_takes_one_back() -> None:
    rules = Ordered(SPEC)
    for _ in range(2):
        for part in reversed(SPEC.parts):
            rules.pick(part)
    assert rules.hint == "I, Kara,"
    rules.pick("I, Kara,")
    assert rules.hint == "before the King,"
    rules.undo()
    assert rules.picked == [] and rules.hint == "I, Kara,"
