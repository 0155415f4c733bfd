"""Ogg Vorbis out and in, through libsndfile (the maintained `soundfile` package).

Why Ogg Vorbis: pygame-ce's mixer decodes it everywhere SDL_mixer runs, and a
chiptune loop that takes 2.6 MB as 16-bit WAV takes about a tenth of that. The
encoder stamps each stream with a random serial number, so two encodes of the
same samples differ in bytes; `write_ogg` therefore compares *decoded* audio and
leaves a file alone when a rebuild would sound the same, keeping commits quiet.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import soundfile as sf

from tools.audio.synth import RATE, Samples

# libsndfile's Vorbis "compression level": 0 is its best quality, 1 its smallest file.
MUSIC_COMPRESSION = 0.95
EFFECT_COMPRESSION = 0.5
BLOCK = 16384


def ogg_bytes(samples: Samples, compression: float = MUSIC_COMPRESSION,
              rate: int = RATE) -> bytes:
    """A complete mono Ogg Vorbis file in memory."""
    buffer = io.BytesIO()
    data = np.clip(samples, -1.0, 1.0).astype(np.float32)
    with sf.SoundFile(buffer, "w", rate, 1, format="OGG", subtype="VORBIS",
                      compression_level=float(compression)) as out:
        for start in range(0, len(data), BLOCK):  # one huge write crashes libsndfile 1.2
            out.write(data[start : start + BLOCK])
    return buffer.getvalue()


def decode(data: bytes | Path) -> tuple[int, Samples]:
    """(rate, mono float64 samples) of an audio file or its bytes."""
    source = io.BytesIO(data) if isinstance(data, bytes) else str(data)
    samples, rate = sf.read(source, dtype="float64", always_2d=True)
    return int(rate), samples.mean(axis=1)


def write_ogg(path: Path, samples: Samples, compression: float = MUSIC_COMPRESSION) -> bool:
    """Encode to `path` unless the file there already decodes to the same audio.

    Returns True when the file was (re)written.
    """
    data = ogg_bytes(samples, compression)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        try:
            _, old = decode(path)
            _, new = decode(data)
            if old.shape == new.shape and np.array_equal(old, new):
                return False
        except (sf.LibsndfileError, RuntimeError):
            pass  # unreadable: overwrite it
    path.write_bytes(data)
    return True
