"""Held-prop sprites: assets/sprites/items.png, one 16x16 frame per item of
`assets/data/items.json` (vase, tray, framed photo, glass, tablet, hooded coat,
crown, helmet, jacket; the silver vow band, the spare room's lamp, Kara's pie).
Text grids in palette names, like every other sprite."""

from __future__ import annotations

import json
from pathlib import Path

import pygame

from game.content_staging import ITEMS_FILE, parse_items
from tools.art.pixels import grid_surface, new_surface, save_png

ROOT = Path(__file__).resolve().parents[2]
KEY = {"0": "ink", "1": "shadow", "3": "gold", "4": "pale_gold", "5": "white", "7": "marble",
       "8": "stone_light", "d": "stone", "2": "red", "6": "red_dark", "b": "blue",
       "n": "navy", "m": "brown", "w": "brown_dark", "9": "bronze", "g": "green",
       "v": "violet", "k": "violet_dark"}

GRIDS: dict[str, list[str]] = {
    "vase": ["................", "......0000......", ".....0bnn0......", "......0n0.......",
             ".....0bnnn0.....", "....0bbnnnn0....", "...0b3333333n0..", "...0bbnnnnnnn0..",
             "...0b5bnnnnnn0..", "...0bbnnnnnnn0..", "....0bnnnnn0....", ".....03333n0.....",
             "......00000....."],
    "tray": ["................", "................", "................", "......0550......",
             ".....057750.....", "...00577775000..", ".00999999999900.", "0999444444449990",
             ".00999999999900.", "...0000000000..."],
    "photo": ["................", "..000000000000..", "..033333333330..", "..03bbbbbbbb30..",
              "..03b55bbbbb30..", "..03b55bb44b30..", "..03bbb44444b3..", "..03ggggg44g30..",
              "..03gggggggg30..", "..033333333330..", "..000000000000.."],
    "glass": ["................", "................", ".....000000.....", ".....055550.....",
              ".....022260.....", ".....022260.....", "......0260......", ".......00.......",
              ".......50.......", "......0550......", ".....000000....."],
    "tablet": ["................", "...0000000000...", "...0nnnnnnnn0...", "...0nbbbbbbn0...",
               "...0nb5555bn0...", "...0nbbbbbbn0...", "...0nb55bbbn0...", "...0nbbbbbbn0...",
               "...0nnnnnnnn0...", "...0000000000..."],
    "hooded_coat": ["......0000......", ".....0kkkk0.....", "....0kv11vk0....",
                    "...0kv1111vk0...", "...0kvv11vvk0...", "..0kkvvvvvvkk0..",
                    "..0kvvvvvvvvk0..", "..0kvvvvvvvvk0..", "..0kvvvvvvvvk0..",
                    "..0kkkkkkkkkk0..", "..000000000000.."],
    "crown": ["................", "................", "...0..0..0..0...", "..0304030403040.",
              "..0343434343430.", "..0333333333330.", "..0323332333230.", "..0999999999990.",
              "..000000000000.."],
    "helmet": ["................", "......0000......", "....00888800....", "...0887777880...",
               "..087777777780..", "..08777777dd80..", "..0877dddddd80..", "..08d000000d80..",
               "..0d0......0d0..", "..00........00.."],
    "jacket": ["................", "...000....000...", "..0mm50..05mm0..", ".0mmmm5005mmmm0.",
               ".0mmmmm55mmmmm0.", ".0mm0mm55mm0mm0.", ".0mm0mmwwmm0mm0.", ".0mm0mmwwmm0mm0.",
               ".000.0mwwm0.000.", ".....0mwwm0.....", ".....000000....."],
    "band": ["................", "................", "................", "....00000000....",
             "...0577777750...", "..057888888750..", "..078000000870..", "..0780....0870..",
             "..078000000870..", "..057888888750..", "...0577727750...", "....00000000...."],
    "lamp": ["......000.......", ".....03330......", "......090.......", ".....09990......",
             "....0944490.....", "....0945490.....", "....0944490.....", "....0944490.....",
             ".....09990......", "....0999990.....", "....0000000....."],
    "pie": ["................", "................", "................", "................",
            "....00000000....", "...0443434440...", "..044262624440..", "..043333333340..",
            ".09999999999990.", ".05555555555550.", "..000000000000.."],
}


def strip(root: Path = ROOT) -> pygame.Surface:
    table = parse_items(json.loads((root / ITEMS_FILE).read_text(encoding="utf-8")))
    size = table.size
    surf = new_surface(size * (max(i.frame for i in table.items.values()) + 1), size)
    for name, item in table.items.items():
        grid = GRIDS.get(name)
        if grid is None:
            raise ValueError(f"{ITEMS_FILE}: item '{name}' has no drawing in tools/art/items.py")
        rows = [row[:size].ljust(size, ".") for row in grid] + ["." * size] * (size - len(grid))
        surf.blit(grid_surface(rows, KEY), (item.frame * size, 0))
    return surf


def build(root: Path) -> list[Path]:
    return [save_png(strip(), root / "sprites" / "items.png")]
