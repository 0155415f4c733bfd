"""How each pose bends the standing body: kneel, sit, lie, bow, salute, hold, raise...

A pose is a `Body`: how far the torso drops, where the head goes (a bow tips it
forward), and replacement drawers for the legs and arms, plus an optional overlay
(the blanket of `lie`). `tools.art.characters.compose` draws every character's body
with it, so one recipe poses the whole cast. Which sheet row and directions a pose
has is data (`assets/data/poses.json`); the drawing is here, keyed by the pose's name.
Coordinates are those of the frame (side views face left; the right row is mirrored).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


class Grid(Protocol):
    def put(self, x: int, y: int, ch: str) -> None: ...
    def span(self, x0: int, y: int, letters: str) -> None: ...


Drawer = Callable[[Grid, str, int], None]  # (canvas, view, y) -> None
Shadow = tuple[tuple[int, int, int], ...]  # (x, width, y) spans of floor shadow


@dataclass(frozen=True)
class Body:
    drop: int = 0  # torso lowered by this many pixels
    head: tuple[int, int] = (0, 0)  # head offset (side views: negative x is forward)
    legs: Drawer | None = None  # (canvas, view, hip row); None: standing legs
    arms: Drawer | None = None  # (canvas, view, shoulder row); None: hanging arms
    far_arm: bool = True  # side views: the standard far arm behind the body
    overlay: Drawer | None = None  # drawn last, over the head (blanket, shut eyes)
    underlay: Drawer | None = None  # drawn first (a pillow)
    over_cape: bool = False  # seen from behind, the arms show over a cape
    whole: Drawer | None = None  # draws the whole body instead (a body lying flat)
    head_as: str = ""  # with `whole`: the usual head as seen from this view, at `head`
    ground: Shadow = ()  # floor shadow under a body off the floor, drawn with no outline


# ----------------------------------------------------------------- legs
def _legs_kneel(cv: Grid, view: str, hip: int) -> None:
    if view == "side":  # rear knee on the floor, front knee up
        cv.span(7, 30, "qppq")
        cv.span(11, 29, "bf")
        cv.span(10, 30, "bbf")
        cv.span(3, hip, "QPPp")
        cv.span(3, hip + 1, "PPp")
        cv.span(2, 30, "FBBb")
        return
    if view == "up":  # seen from behind: the folded legs and both soles
        cv.span(4, hip, "QPPPPPPp")
        cv.span(3, hip + 1, "QPPPPPPPPp")
        cv.span(3, 30, "fbb")
        cv.span(10, 30, "bbf")
        return
    # front: the left knee on the floor, the right knee up and out to the side
    cv.span(4, hip, "QPPPPPPPp")
    cv.span(4, hip + 1, "QPp")
    cv.span(9, hip + 1, "QPPp")
    cv.span(4, 30, "PPp")
    cv.span(10, 30, "FBb")


def _legs_sit(cv: Grid, view: str, hip: int) -> None:
    if view == "side":  # thighs level on the seat, shins down in front
        cv.span(3, hip, "QPPPPp")
        cv.span(3, hip + 1, "PPPPpp")
        cv.span(3, hip + 2, "PPp")
        cv.span(2, 30, "FBBb")
        return
    cv.span(4, hip, "QPPPPPPp")
    cv.span(4, hip + 1, "PPPPPPpp")
    cv.span(5, hip + 2, "PPp")
    cv.span(8, hip + 2, "PPp")
    cv.span(5, 30, "FBb")
    cv.span(8, 30, "BBb")


def _legs_floor(cv: Grid, view: str, hip: int) -> None:
    if view == "side":  # legs out in front
        cv.span(1, 29, "QPPPPPp")
        cv.span(0, 30, "FBPPPpp")
        return
    cv.span(2, 29, "FQPPPPPPPPpb")
    cv.span(2, 30, "BbPPPPPPppBb")


def _legs_bent(cv: Grid, view: str, hip: int) -> None:
    """Knees giving way: the hurt or exhausted stance."""
    if view == "side":
        cv.span(6, hip, "QPp")
        cv.span(5, hip + 1, "QPp")
        cv.span(4, hip + 2, "QPp")
        cv.span(4, hip + 3, "PPp")
        cv.span(3, 30, "FBBb")
        cv.span(8, hip + 1, "ppq")
        cv.span(8, 30, "bbf")
        return
    for y in range(hip, 29):
        cv.span(4 if y > hip + 1 else 5, y, "QPp")
        cv.span(9 if y > hip + 1 else 8, y, "PPp")
    cv.span(4, 29, "FBb")
    cv.span(4, 30, "BBb")
    cv.span(9, 29, "BBb")
    cv.span(9, 30, "BBb")


# ----------------------------------------------------------------- arms
def _hang(cv: Grid, x0: int, top: int, lit: bool) -> None:
    for y in range(top, top + 5):
        cv.span(x0, y, "Tt" if lit else "tv")
    cv.span(x0, top + 5, "Ss" if lit else "ss")


def _spans(cv: Grid, top: int, spans: tuple[tuple[int, int, str], ...]) -> None:
    """A pose's own pixels as a table: (x, rows below `top`, letters), in paint order."""
    for x, dy, letters in spans:
        cv.span(x, top + dy, letters)


def _upper_arm(cv: Grid, top: int, rows: int) -> None:
    """Side views: the near upper arm straight down from the shoulder."""
    for i in range(rows):
        cv.span(7, top + i, "UT")


def _both_arms(cv: Grid, top: int, rows: int) -> None:
    """Front and back views: both upper arms straight down at the body's sides."""
    for y in range(top, top + rows):
        cv.span(3, y, "Tt")
        cv.span(11, y, "tv")


def _side_hang(cv: Grid, top: int) -> None:
    _upper_arm(cv, top, 4)
    cv.span(7, top + 4, "Ss")


def _arms_raise(cv: Grid, view: str, top: int) -> None:
    """Both arms straight up: whatever is held goes over the head."""
    if view == "side":
        for y in range(top - 12, top + 2):
            cv.span(1, y, "UT")
        cv.span(1, top - 14, "Ss")
        cv.span(1, top - 13, "Ss")
        return
    for y in range(top - 11, top + 2):
        cv.span(1, y, "Tt")
        cv.span(13, y, "tv")
    cv.span(1, top - 13, "Ss")
    cv.span(1, top - 12, "Ss")
    cv.span(13, top - 13, "ss")
    cv.span(13, top - 12, "ss")


def _arms_cheer(cv: Grid, view: str, top: int) -> None:
    """Arms flung up and out (the crowd's cheer, first beat)."""
    if view == "side":
        for i in range(8):
            cv.span(5 - i * 5 // 7, top + 1 - i, "UT")
        cv.span(0, top - 8, "Ss")
        return
    for i in range(8):
        cv.span(2 - i // 4, top + 1 - i, "Tt")
        cv.span(12 + i // 4, top + 1 - i, "tv")
    cv.span(0, top - 8, "Ss")
    cv.span(14, top - 8, "ss")


def _arms_hold(cv: Grid, view: str, top: int) -> None:
    """Forearms forward at the waist, hands together: carrying something."""
    if view == "side":
        _upper_arm(cv, top, 2)
        _spans(cv, top, ((6, 2, "UTT"), (4, 3, "UTT"), (2, 3, "Ss")))
    elif view == "up":  # hands in front, hidden by the back: elbows out
        _both_arms(cv, top, 2)
        _spans(cv, top, ((4, 2, "T"), (11, 2, "v")))
    else:
        _both_arms(cv, top, 3)
        _spans(cv, top, ((4, 3, "TTt"), (9, 3, "ttv"), (6, 4, "Ss"), (8, 4, "ss")))


def _arms_salute(cv: Grid, view: str, top: int) -> None:
    """Fist to the heart, the other arm straight at the side."""
    if view == "side":
        _upper_arm(cv, top, 2)
        _spans(cv, top, ((6, 2, "UT"), (4, 2, "SS"), (4, 1, "Ss")))
        return
    _hang(cv, 11, top, False)
    if view == "up":
        _spans(cv, top, ((3, 0, "Tt"), (3, 1, "Tt"), (4, 2, "Tt")))
    else:
        _spans(cv, top, ((3, 0, "Tt"), (3, 1, "Tt"), (3, 2, "TTt"), (6, 2, "TT"),
                         (8, 1, "SS"), (8, 2, "Ss")))


def _arms_crossed(cv: Grid, view: str, top: int) -> None:
    if view == "side":
        _upper_arm(cv, top, 2)
        _spans(cv, top, ((4, 2, "TTTTt"), (3, 2, "S")))
    elif view == "up":
        _both_arms(cv, top, 3)
    else:
        _both_arms(cv, top, 4)
        _spans(cv, top, ((4, 2, "UTTTTTtS"), (4, 3, "StTTTTTt")))


def _arms_clutch(cv: Grid, view: str, top: int) -> None:
    """One hand pressed to the side: hurt."""
    if view == "side":
        _upper_arm(cv, top, 2)
        _spans(cv, top, ((6, 2, "UT"), (5, 3, "Ss")))
        return
    _hang(cv, 3, top + 1, True)
    _spans(cv, top, ((11, 0, "tv"), (11, 1, "tv"), (10, 2, "tv"), (9, 3, "ss")))


def _arms_bow(cv: Grid, view: str, top: int) -> None:
    if view == "side":
        for i in range(4):
            cv.span(6 - i // 2, top + 1 + i, "UT")
        cv.span(4, top + 5, "Ss")
        return
    _hang(cv, 3, top + 1, True)
    _hang(cv, 11, top + 1, False)


def _reach(to_left: bool) -> Drawer:
    """A hand held out sideways to a partner standing beside (hands joined)."""
    def draw(cv: Grid, view: str, top: int) -> None:
        if to_left:
            _hang(cv, 11, top, False)
            for i in range(4):
                cv.span(3 - i // 2, top + i, "Tt")
            cv.span(0, top + 4, "SS")
            cv.span(0, top + 5, "Ss")
        else:
            _hang(cv, 3, top, True)
            for i in range(4):
                cv.span(11 + i // 2, top + i, "tv")
            cv.span(14, top + 4, "ss")
            cv.span(14, top + 5, "ss")
    return draw


def _arms_hug(cv: Grid, view: str, top: int) -> None:
    """Both arms forward round someone standing close (side views only)."""
    cv.span(2, top + 1, "SUTTTTT")
    cv.span(1, top + 3, "SSUTTTTT")


# ----------------------------------------------------------------- overlays
def _pillow(cv: Grid, view: str, top: int) -> None:
    for y in range(11, 18):
        cv.span(1, y, "77777777777777" if y == 17 else "78888888888887")


def _blanket(cv: Grid, view: str, top: int) -> None:
    """Covers from the chest down, and the eyes shut: asleep, or hurt in bed."""
    for y in range(19, 31):
        if y == 19:
            row = "555555555555"
        elif y == 30:
            row = "cccccccccccc"
        else:
            row = "KCCCcCCCCcCc" if y % 3 else "KCCCCCCcCCCc"
        cv.span(2, y, row)
    for x in (5, 10):  # shut eyes
        cv.put(x, top - 6, "s")
        cv.put(x, top - 5, "S")


# ----------------------------------------------------------------- push-up
# Face-down on the floor, arms under the shoulders: frame 0 arms straight (the body
# and head up, a shadow gap below), frame 1 chest down. Side on, the body runs the
# width of the frame (head at the left: the right row is mirrored), so the head is
# a small one; from the front, the usual head seen from above (its crown) nears the
# viewer between the two arms, the body going away up the frame to the feet.
_MINI_HEAD = (".HHHH.", "HHHHHH", "HHSSSs", ".SESSs", "..SSs.")  # crown left, face down


def _pushup_side(up: bool) -> Drawer:
    def draw(cv: Grid, view: str, _top: int) -> None:
        sy = 23 if up else 27  # top of the shoulders
        for x in range(6, 15):  # the plank: shoulders at sy, toes on the floor line
            y = sy + ((x - 6) * (29 - sy) + 4) // 8
            cv.span(x, y, "U" if x < 10 else "Q")
            cv.put(x, y + 1, "T" if x < 10 else "p")
            if x < 10:
                cv.put(x, y + 2, "t")
        cv.span(14, 29, "B")
        cv.span(13, 30, "Bb")
        for dy, row in enumerate(_MINI_HEAD):
            cv.span(0, sy - 2 + dy, row)
        if up:  # the near arm straight down from the shoulder
            for y in range(sy + 2, 30):
                cv.span(5, y, "UT")
            cv.span(5, 30, "Ss")
        else:  # elbow bent back and up, the hand flat by the chest
            _spans(cv, sy, ((7, -2, "UT"), (6, -1, "UTT"), (5, 0, "UT")))
            cv.span(4, 30, "SSs")
    return draw


def _pushup_front(up: bool) -> Drawer:
    def draw(cv: Grid, view: str, _top: int) -> None:
        low = 0 if up else 3  # the chest lowered this far towards the viewer
        for x in (5, 9):  # soles up at the far end (toes planted), then the shins
            cv.span(x, 6, "bf")
            cv.span(x, 7, "BB")
            cv.span(x, 8, "QP" if x == 5 else "Pp")
        for y in range(9, 12 + low // 2):  # the thighs together, seen end on
            cv.span(5, y, "QPPpPp")
        for y in range(12 + low // 2, 18 + low):
            cv.span(4, y, "UTTTTTTt")
        cv.span(3, 17 + low, "UTTTTTTTTt")
        cv.span(3, 18 + low, "TTTTTTTTTv")
        if up:  # both arms straight down to the floor beside the head
            for y in range(18, 29):
                cv.span(1, y, "UT")
                cv.span(13, y, "tv")
            cv.span(1, 29, "Ss")
            cv.span(13, 29, "ss")
            return
        for i, y in enumerate(range(20, 25)):  # elbows out, hands flat on the floor
            cv.span(2 - i // 2, y, "UT")
            cv.span(12 + i // 2, y, "tv")
        for y in range(25, 29):
            cv.span(0, y, "UT")
            cv.span(14, y, "tv")
        cv.span(0, 29, "SS")
        cv.span(14, 29, "ss")
    return draw


def _pushup(view: str, frame: int) -> Body:
    up = frame == 0
    if view == "side":
        return Body(whole=_pushup_side(up), ground=((2, 12, 31),) if up else ((1, 14, 31),))
    shadow: Shadow = ((3, 10, 30), (3, 10, 31)) if up else ((2, 12, 31),)
    return Body(whole=_pushup_front(up), head_as="up", head=(0, 10 if up else 13),
                ground=shadow)


RECIPES: dict[str, Callable[[str, int], Body]] = {
    "kneel": lambda view, f: Body(drop=3 if view == "side" else 4, legs=_legs_kneel,
                                  arms=_arms_bow if view == "side" else None,
                                  head=(-1, 1) if view == "side" else (0, 1)),
    "sit": lambda view, f: Body(drop=2, legs=_legs_sit),
    "sit_floor": lambda view, f: Body(drop=5, legs=_legs_floor),
    "lie": lambda view, f: Body(underlay=_pillow, overlay=_blanket),
    # from behind a bow must read in a crowd too: the head sinks out of sight
    "bow": lambda view, f: Body(head={"side": (-2, 3), "up": (0, 5)}.get(view, (0, 3)),
                                arms=_arms_bow),
    "salute": lambda view, f: Body(arms=_arms_salute, far_arm=True),
    "hold": lambda view, f: Body(arms=_arms_hold),
    "raise": lambda view, f: Body(arms=_arms_raise, head=(0, 0)),
    "arms_crossed": lambda view, f: Body(arms=_arms_crossed),
    "slump": lambda view, f: Body(drop=2, legs=_legs_bent, arms=_arms_clutch,
                                  head=(-1, 2) if view == "side" else (0, 2)),
    "hand_left": lambda view, f: Body(arms=_reach(True), over_cape=True),
    "hand_right": lambda view, f: Body(arms=_reach(False), over_cape=True),
    "hug": lambda view, f: Body(arms=_arms_hug, head=(-1, 0)),
    "cheer": lambda view, f: Body(arms=_arms_cheer if f == 0 else _arms_raise),
    "pushup": _pushup,
}


def body(pose: str, view: str, frame: int) -> Body:
    """The body of one pose frame; a pose with no recipe is a clear error."""
    recipe = RECIPES.get(pose)
    if recipe is None:
        raise ValueError(f"assets/data/poses.json: pose '{pose}' has no drawing in "
                         f"tools/art/character_poses.py (known: {', '.join(RECIPES)})")
    return recipe(view, frame)
