"""Make the zip we publish: `python -m tools.release_zip [--bundle DIR] [--out DIR]`.

Takes a one-folder bundle (`python -m tools.build_bundle`, default dist/RedSunOverDaxam)
and writes `RedSunOverDaxam-<version>-<platform>.zip` holding that folder, a README
for players (packaging/README-players.txt) and, on Linux, the desktop entry with a
script that adds it to the applications menu. File modes are stored, so the
executable still runs after `unzip`; entries are sorted and dated from the bundle,
so two zips of the same bundle are the same bytes.
"""

from __future__ import annotations

import argparse
import stat
import sys
import zipfile
from pathlib import Path

from tools import build_bundle as bb

ROOT = Path(__file__).resolve().parents[1]
PLAYER_README = ROOT / "packaging" / "README-players.txt"
LINUX_EXTRAS = (ROOT / "packaging" / "linux" / "red-sun-over-daxam.desktop",
                ROOT / "packaging" / "linux" / "install-desktop-entry.sh")
ZIP_DATE = (2026, 1, 1, 0, 0, 0)  # fixed: the zip's bytes depend on the files only


def platform_tag() -> str:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def zip_name(version: str, platform: str) -> str:
    return f"{bb.APP_NAME}-{version}-{platform}.zip"


def make_release(bundle: Path, out_dir: Path, version: str | None = None,
                 platform: str | None = None) -> Path:
    """Zip `bundle` (a one-folder build) with the players' README; return the zip."""
    if not (bundle / "assets").is_dir() or not (bundle / "maps").is_dir():
        raise SystemExit(f"release_zip: {bundle} is not a one-folder bundle (no assets/ "
                         "and maps/ beside the executable); build it with "
                         "python -m tools.build_bundle")
    version = version or _version()
    platform = platform or platform_tag()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / zip_name(version, platform)
    top = bb.APP_NAME
    extras = [(PLAYER_README, "README.txt")]
    if platform == "linux":
        extras += [(path, path.name) for path in LINUX_EXTRAS]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(bundle.rglob("*")):
            if path.is_file() and not path.is_symlink():
                _add(archive, path, f"{top}/{path.relative_to(bundle).as_posix()}")
        for path, name in extras:
            _add(archive, path, f"{top}/{name}")
    return target


def _add(archive: zipfile.ZipFile, path: Path, name: str) -> None:
    info = zipfile.ZipInfo(name, ZIP_DATE)
    mode = path.stat().st_mode
    executable = mode & stat.S_IXUSR or name.endswith((".sh", ".exe"))
    info.external_attr = ((0o755 if executable else 0o644) | stat.S_IFREG) << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, path.read_bytes())


def _version() -> str:
    from game import __version__

    return __version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.release_zip",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / bb.APP_NAME,
                        help="the one-folder bundle (default: dist/RedSunOverDaxam)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", metavar="DIR",
                        help="where the zip goes (default: dist/)")
    ns = parser.parse_args(argv)
    target = make_release(ns.bundle.resolve(), ns.out.resolve())
    print(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
