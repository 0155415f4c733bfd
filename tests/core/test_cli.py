"""Command-line options: documented names, one-line errors with exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.cli import parse_args, parsed_args


def test_options_parse(tmp_path: Path) -> None:
    script = tmp_path / "in.txt"
    script.write_text("0 +up\n")
    opts = parse_args(["--map", "palace_hall", "--spawn", "start", "--frames", "30",
                       "--screenshot", str(tmp_path / "s.png"), "--seed", "7",
                       "--input", str(script), "--record", str(tmp_path / "r.txt"),
                       "--scale", "2", "--fullscreen"])
    assert (opts.map, opts.spawn, opts.frames, opts.seed, opts.scale) == (
        "palace_hall", "start", 30, 7, 2)
    assert opts.fullscreen and opts.input == script


def test_no_arguments_give_what_the_parser_gives(monkeypatch) -> None:
    """A player's launch skips the parser: the options must be the parser's own."""
    assert parse_args([]) == parsed_args([])
    monkeypatch.setattr("sys.argv", ["red-sun"])
    assert parse_args() == parsed_args([])
    monkeypatch.setattr("sys.argv", ["red-sun", "--fast"])
    assert parse_args().fast


@pytest.mark.parametrize(
    "argv",
    [
        ["--frames", "-1"],
        ["--frames", "ten"],
        ["--scale", "0"],
        ["--spawn", "start"],
        ["--map", "nowhere.tmx"],
        ["--input", "missing-script.txt"],
        ["--screenshot", "shot.jpg"],
        ["--bogus"],
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("red-sun: error:")
