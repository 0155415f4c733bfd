"""Reads the minigame's words from data and checks them against what the code asks.

A missing line, a typo in a key or an unknown placeholder is a `ContentError`
naming the file and the entry when the game starts, never a crash mid-battle.
Whoever loads the content hands it the stages' `StageWords`
(`game.flight.registry.STAGE_WORDS`), so this content-layer module never imports
the minigame; the shapes it builds live in `game.content_flight`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from game.content_flight import (
    ADDABLE,
    DEFAULT_LINE_STEPS,
    FLIGHT_DATA,
    HOW,
    MAX_HUD,
    MAX_LABEL,
    MAX_LINE_STEPS,
    MAX_RADIO,
    MAX_SPEAKER,
    MAX_STEPS,
    NOTE_COLOURS,
    RESULT_FIELDS,
    UI_TEXTS,
    Beat,
    FlagWrite,
    FlightScript,
    HudItem,
    RadioLine,
    ResultLine,
    StageScript,
    StageWords,
    TimedLine,
)
from game.core.assets import AssetResolver
from game.core.datafile import Entry, choice
from game.core.errors import ContentError
from game.dialogue.flags import FlagDecl


def load_flight_script(assets: AssetResolver, needs: Mapping[str, StageWords],
                       path: str = FLIGHT_DATA) -> FlightScript:
    """Read `path` and the stage files it lists; `needs` says what each stage's code
    uses (the stage registry passes it)."""
    top = Entry(path, assets.json(path)).as_object({"ui", "stages"}, ("ui", "stages"))
    ui = _texts(top.get("ui"), UI_TEXTS, MAX_LABEL)
    listed = dict(top.get("stages").items())
    for kind in needs:
        if kind not in listed:
            raise top.get("stages").error(f"stage '{kind}' is not listed")
    stages = {}
    for name, entry in listed.items():
        if not name.replace("_", "").isalnum():
            raise entry.error(f"'{name}' is not a stage name (letters, digits and _)")
        if isinstance(entry.value, str):  # "name": "file": the rules of the same name
            stage_path, kind = entry.text(200), name
        else:  # "name": {"file": ..., "rules": ...}: a new stage on existing rules
            entry.as_object({"file", "rules"}, ("file", "rules"))
            stage_path, kind = entry.get("file").text(200), entry.get("rules").text(40)
        if kind not in needs:
            raise entry.error(f"no stage rules named '{kind}' in the game "
                              f"(known: {', '.join(needs)})")
        stages[name] = parse_stage(name, Entry(stage_path, assets.json(stage_path)),
                                   needs[kind], kind)
    return FlightScript(MappingProxyType(ui), MappingProxyType(stages))


def parse_stage(name: str, data: Entry, words: StageWords, kind: str = "") -> StageScript:
    data.as_object({"title", "subtitle", "chapter", "pilot", "radio", "lines", "texts",
                    "result", "flags", "timeline", "checkpoints", "rules", "hud"},
                   ("title", "subtitle", "chapter", "pilot"))
    radio = tuple(_timed(e) for e in data.get("radio").elements()) if data.has("radio") else ()
    lines_entry = data.get("lines") if data.has("lines") else Entry(data.source, {}, "lines")
    texts_entry = data.get("texts") if data.has("texts") else Entry(data.source, {}, "texts")
    lines = _lines(lines_entry, words.lines)
    values = (*words.result_values, *words.result_conditions)
    result = (tuple(_result_line(e, values, words.result_conditions)
                    for e in data.get("result").elements()) if data.has("result") else ())
    flags = _flag_writes(data.get("flags")) if data.has("flags") else ()
    return StageScript(
        name=name, kind=kind or name, source=data.source, title=data.get("title").text(24),
        subtitle=data.get("subtitle").text(40),
        chapter=data.get("chapter").text(12), pilot=data.get("pilot").text(MAX_SPEAKER),
        radio=tuple(sorted(radio, key=lambda t: t.at)),
        lines=MappingProxyType(lines),
        texts=MappingProxyType(_texts(texts_entry, words.texts, MAX_LABEL)),
        result=result, flags=flags,
        timeline=_timeline(data, words.beats),
        checkpoints=_checkpoints(data),
        rules=MappingProxyType(_rules(data, words.rules)),
        hud=_hud(data, words))


# -- parts ----------------------------------------------------------------------------------

MAX_PARAM = 1000.0  # every number a beat takes (counts, speeds, offsets) is small


def _timeline(data: Entry, known: Mapping[str, tuple[str, ...]]) -> tuple[Beat, ...]:
    if not data.has("timeline"):
        return ()
    beats = []
    for entry in data.get("timeline").elements():
        entry.as_object(required=("at", "do"))
        do = choice(entry.get("do"), known.keys())
        params = {}
        for key, value in entry.items():
            if key in ("at", "do", "every", "until"):
                continue
            if key not in known[do]:
                allowed = ", ".join(known[do]) or "none"
                raise value.error(f"'{do}' takes no '{key}' (it takes: {allowed})")
            params[key] = value.number(-MAX_PARAM, MAX_PARAM)
        at = entry.get("at").integer(0, MAX_STEPS)
        every = entry.get("every").integer(30, MAX_STEPS) if entry.has("every") else 0
        until = entry.get("until").integer(at, MAX_STEPS) if entry.has("until") else MAX_STEPS
        beats.append(Beat(at, do, MappingProxyType(params), every, until))
    return tuple(sorted(beats, key=lambda b: b.at))


def _checkpoints(data: Entry) -> tuple[int, ...]:
    if not data.has("checkpoints"):
        return ()
    steps = [e.integer(1, MAX_STEPS) for e in data.get("checkpoints").elements(16)]
    if steps != sorted(set(steps)):
        raise data.get("checkpoints").error("checkpoints must be steps in increasing order")
    return tuple(steps)


def _rules(data: Entry, needed: Mapping[str, tuple[float, float]]) -> dict[str, float]:
    if not needed:
        if data.has("rules"):
            data.get("rules").as_object(())
        return {}
    entry = data.get("rules") if data.has("rules") else Entry(data.source, {}, "rules")
    entry.as_object(needed.keys(), needed.keys())
    return {key: entry.get(key).number(*needed[key]) for key in needed}

def _hud(data: Entry, words: StageWords) -> tuple[HudItem, ...]:
    """The right panel's rows: "jam" (a meter the rules feed) or {"note": "aboard",
    "colour": "leaf"} (one of the stage's texts). No "hud": an empty panel."""
    if not data.has("hud"):
        return ()
    items = []
    for entry in data.get("hud").elements(MAX_HUD):
        if isinstance(entry.value, str):
            if entry.value not in words.meters:
                known = ", ".join(words.meters) or "none"
                raise entry.error(f"no meter '{entry.value}' in these rules (they feed: "
                                  f"{known}; or a note: {{\"note\": TEXT}})")
            items.append(HudItem(entry.value))
            continue
        entry.as_object({"note", "colour"}, ("note",))
        still = [key for key, placeholders in words.texts.items() if not placeholders]
        text = choice(entry.get("note"), still)  # a note has nothing to fill in
        colour = choice(entry.get("colour"), NOTE_COLOURS) if entry.has("colour") else "text"
        items.append(HudItem("note", text, colour))
    return tuple(items)


def _texts(entry: Entry, needed: Mapping[str, tuple[str, ...]], max_len: int) -> dict[str, str]:
    entry.as_object(needed.keys(), needed.keys())
    return {key: entry.get(key).template(needed[key], max_len) for key in needed}


def _radio(entry: Entry, placeholders: tuple[str, ...] = ()) -> RadioLine:
    entry.as_object({"at", "from", "say", "steps"}, ("from", "say"))
    steps = (entry.get("steps").integer(1, MAX_LINE_STEPS) if entry.has("steps")
             else DEFAULT_LINE_STEPS)
    return RadioLine(entry.get("from").text(MAX_SPEAKER),
                     entry.get("say").template(placeholders, MAX_RADIO), steps)


def _timed(entry: Entry) -> TimedLine:
    entry.as_object(required=("at",))
    return TimedLine(entry.get("at").integer(0, MAX_STEPS), _radio(entry))


def _lines(entry: Entry, needed: Mapping[str, tuple[str, ...]]) -> dict[str, RadioLine]:
    entry.as_object(needed.keys(), needed.keys())
    out = {}
    for key in needed:
        line = entry.get(key)
        if line.has("at"):
            raise line.error("an event line has no 'at': the stage says it when it happens")
        out[key] = _radio(line, needed[key])
    return out


def _result_line(entry: Entry, values: tuple[str, ...], conditions: tuple[str, ...]
                 ) -> ResultLine:
    if isinstance(entry.value, str):
        return ResultLine(entry.template(values, MAX_LABEL))
    entry.as_object({"text", "when", "unless"}, ("text",))
    when = choice(entry.get("when"), conditions) if entry.has("when") else None
    unless = choice(entry.get("unless"), conditions) if entry.has("unless") else None
    return ResultLine(entry.get("text").template(values, MAX_LABEL), when, unless)


def _flag_writes(entry: Entry) -> tuple[FlagWrite, ...]:
    out = []
    for result_field, spec in entry.items():
        if result_field not in RESULT_FIELDS:
            raise spec.error(f"no result field '{result_field}' "
                             f"(known: {', '.join(RESULT_FIELDS)})")
        if isinstance(spec.value, str):
            out.append(FlagWrite(result_field, _flag_name(spec)))
            continue
        spec.as_object({"flag", "how"}, ("flag",))
        how = choice(spec.get("how"), HOW) if spec.has("how") else "set"
        if how == "add" and RESULT_FIELDS[result_field] not in ADDABLE:
            raise spec.error(f"'{result_field}' is not a number: it cannot be added")
        if how == "latch" and RESULT_FIELDS[result_field] is not bool:
            raise spec.error(f"'{result_field}' is not yes/no: it cannot be latched")
        out.append(FlagWrite(result_field, _flag_name(spec.get("flag")), how))
    return tuple(out)


def _flag_name(entry: Entry) -> str:
    name = entry.text(64)
    if not name.replace("_", "").isalnum():
        raise entry.error(f"'{name}' is not a flag name (letters, digits and _)")
    return name


def check_flag_writes(spec: FlightScript, declarations: Mapping[str, FlagDecl]) -> None:
    """Every flag a stage writes must be declared, with a type its value fits."""
    for stage in spec.stages.values():
        for write in stage.flags:
            where = f"{stage.source}: flags.{write.field}"
            decl = declarations.get(write.flag)
            if decl is None:
                raise ContentError(f"{where}: flag '{write.flag}' is not declared in the "
                                   "flag data")
            value = RESULT_FIELDS[write.field]
            fits = decl.type is value or (decl.type is float and value is int)
            if write.how == "add":
                fits = decl.type in ADDABLE
            if not fits:
                raise ContentError(f"{where}: flag '{write.flag}' is {decl.type_name}, "
                                   f"but '{write.field}' is {value.__name__}")
