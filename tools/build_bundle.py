"""Build the folder we hand to a friend: `python -m tools.build_bundle [--onefile] [--out DIR]`.

Runs pyinstaller on the checked-in `red_sun.spec` and prints where the bundle went and
how big it is. The spec does the work; this module also holds the helpers it imports,
so `pyinstaller red_sun.spec` alone builds the same bundle.

One-folder layout (the default, `dist/RedSunOverDaxam/`):

    RedSunOverDaxam(.exe)   the game
    assets/  maps/          the game's data, plain files: map makers edit maps/ here
    _internal/              Python, pygame-ce, SDL and the compiled game package

pyinstaller 6 puts `--add-data` files under `_internal/` (that is `sys._MEIPASS`), where
nobody would look for maps. So the spec adds no data to a one-folder build and copies
`assets/` and `maps/` beside the executable instead; `_internal/` then has no `assets/`,
the resolver's first bundle candidate (`sys._MEIPASS`) does not match, and its second,
the executable's folder, does. The one-file build must carry its data inside, so there
it goes into `sys._MEIPASS` with `--add-data` (and its maps cannot be edited).

Icons are generated at build time from the red sun of `assets/ui/title_backdrop_sky.png`
into the work folder (never committed): a PNG, and hand-written .ico (Windows) and .icns
(macOS) wrappers around PNG images, so neither Pillow nor any converter is needed.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import struct
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

from game import ICON_CROP, ICON_SOURCE

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "red_sun.spec"
APP_NAME = "RedSunOverDaxam"
DATA_DIRS = ("assets", "maps")
# Editor and OS litter that must not travel with the data.
DATA_IGNORE = ("__pycache__", "*.pyc", "*~", "*.bak", "*.swp", ".DS_Store", "Thumbs.db",
               "*.tmx#", "*.orig")

ICO_SIZES = (16, 24, 32, 48, 64, 256)
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256,
              b"ic09": 512}


# --- checks ---------------------------------------------------------------------------
def check_environment() -> None:
    """Refuse to build with classic pygame installed: it shares the `pygame` import name."""
    try:
        metadata.distribution("pygame")
    except metadata.PackageNotFoundError:
        pass
    else:
        raise SystemExit("build_bundle: classic `pygame` is installed in this environment; "
                         "the bundle must carry pygame-ce only (pip uninstall pygame, "
                         "then reinstall pygame-ce)")
    try:
        metadata.distribution("pygame-ce")
    except metadata.PackageNotFoundError:
        raise SystemExit("build_bundle: pygame-ce is not installed "
                         "(pip install -e '.[dev]')") from None


# --- icons ----------------------------------------------------------------------------
def render_icon_pngs(root: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """PNG bytes of the red sun at each size (no display needed)."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    sky = pygame.image.load(str(root / ICON_SOURCE))
    x, y, side = ICON_CROP
    square = sky.subsurface(pygame.Rect(x, y, side, side)).copy()
    if square.get_bitsize() < 24:
        square = square.convert(24, 0)
    pngs: dict[int, bytes] = {}
    for size in sizes:
        image = pygame.transform.smoothscale(square, (size, size))
        buffer = io.BytesIO()
        pygame.image.save(image, buffer, "icon.png")
        pngs[size] = buffer.getvalue()
    return pngs


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (valid since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose entries are PNG images (the types that accept PNG)."""
    body = b""
    for kind, size in ICNS_TYPES.items():
        if size in pngs:
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(root: Path, out_dir: Path) -> dict[str, Path]:
    """Write icon.png (256), icon.ico and icon.icns into `out_dir`; return them by suffix."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = render_icon_pngs(root, tuple(sorted({*ICO_SIZES, *ICNS_TYPES.values()})))
    files = {
        "png": (out_dir / "icon.png", pngs[256]),
        "ico": (out_dir / "icon.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
        "icns": (out_dir / "icon.icns", icns_bytes(pngs)),
    }
    for path, data in files.values():
        path.write_bytes(data)
    return {suffix: path for suffix, (path, _) in files.items()}


def platform_icon(icons: dict[str, Path]) -> Path | None:
    """The icon pyinstaller embeds: .ico on Windows, .icns on macOS; Linux has none."""
    if sys.platform == "win32":
        return icons["ico"]
    if sys.platform == "darwin":
        return icons["icns"]
    return None


# --- binaries -------------------------------------------------------------------------
#: wheel-patched libraries that `strip` breaks (NumPy's OpenBLAS then fails to load:
#: "ELF load command address/offset not page-aligned"), so they travel as shipped
UNSTRIPPED = ("numpy/", "numpy.libs/")


def restore_unstripped(binaries: list[tuple[str, str, str]], internal: Path) -> None:
    """Copy the UNSTRIPPED libraries of a pyinstaller TOC back over their stripped
    copies in a one-folder bundle's `_internal/`."""
    for dest, src, _kind in binaries:
        if dest.replace("\\", "/").startswith(UNSTRIPPED):
            (internal / dest).unlink(missing_ok=True)  # never write through a link
            shutil.copy2(src, internal / dest)


# --- data -----------------------------------------------------------------------------
LAUNCHERS = ("run_here.sh", "run_here.cmd")


def copy_data(root: Path, folder: Path) -> None:
    """Copy `assets/` and `maps/` into `folder` (beside the executable), replacing old ones."""
    for name in DATA_DIRS:
        target = folder / name
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(root / name, target, ignore=shutil.ignore_patterns(*DATA_IGNORE))
    copy_launchers(root, folder)


def copy_launchers(root: Path, folder: Path) -> None:
    """Tiled's "Run game here" launchers, so the bundle's maps/ can start the bundled game."""
    tools = folder / "tools"
    tools.mkdir(exist_ok=True)
    for name in LAUNCHERS:
        shutil.copy2(root / "tools" / name, tools / name)


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def executable_name() -> str:
    return APP_NAME + (".exe" if sys.platform == "win32" else "")


# --- build ----------------------------------------------------------------------------
def build(out: Path, onefile: bool = False, work: Path | None = None,
          quiet: bool = False) -> Path:
    """Run pyinstaller on the spec; return the bundle folder (or the one-file executable).

    Raises `subprocess.CalledProcessError` when pyinstaller fails (its log is printed,
    or attached to the error as `.output` when `quiet`).
    """
    check_environment()
    out = out.resolve()
    work = (work or ROOT / "build" / ("pyinstaller-onefile" if onefile else "pyinstaller"))
    cmd = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
           "--distpath", str(out), "--workpath", str(work.resolve()),
           "--log-level", "WARN"]
    if onefile:
        cmd += ["--", "--onefile"]
    env = {**os.environ, "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    if quiet:
        subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    else:
        subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdin=subprocess.DEVNULL)
    return out / executable_name() if onefile else out / APP_NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.build_bundle", description=__doc__
                                     .split("\n\n")[0])
    parser.add_argument("--onefile", action="store_true",
                        help="build one self-extracting executable instead of a folder "
                             "(its maps cannot be edited)")
    parser.add_argument("--out", type=Path, default=None, metavar="DIR",
                        help="where the bundle goes (default: dist/, or dist/onefile/)")
    args = parser.parse_args(argv)
    out = args.out or ROOT / "dist" / ("onefile" if args.onefile else "")
    started = time.perf_counter()
    try:
        result = build(out, onefile=args.onefile)
    except subprocess.CalledProcessError as err:
        sys.stderr.write(f"build_bundle: pyinstaller failed (exit {err.returncode})\n")
        return 1
    seconds = time.perf_counter() - started
    size = folder_size(result) / 1e6
    print(f"built {result} in {seconds:.0f} s: {size:.1f} MB")
    if not args.onefile:
        print(f"ship it: zip the folder {result.name}/ and send the zip; "
              f"maps live in {result.name}/maps/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
