"""Reproducible build: two builds of the same sources, in different directories at different
times, give byte-identical files, the wheel included.

The sources (the working tree, without build outputs, caches, ``.git`` and ``node_modules``)
are copied once, and that pristine copy again to a second directory with another name, before
either is built; the two copies get different file times. Each is then built the way the
Makefile's ``build`` target does (``scripts/copy_assets.py``, ``scripts/build_wheel.py``,
``mkdocs build --strict``) with the same ``SOURCE_DATE_EPOCH`` and ``PYTHONHASHSEED`` (the
Makefile exports both), at least 1.1 s apart so anything that reads the clock differs.

What makes it deterministic (each was checked by this test):
- ``sitemap.xml`` ``<lastmod>``: MkDocs dates every page from ``SOURCE_DATE_EPOCH`` when set;
- ``sitemap.xml.gz``: MkDocs writes the gzip header's mtime from ``SOURCE_DATE_EPOCH`` too;
- the wheel: ``scripts/build_wheel.py`` builds from a clean copy with fixed modes, umask and
  ``SOURCE_DATE_EPOCH`` (zip entry times), with ``pyodide build`` in a cross-build environment
  each copy assembles for itself (its ``.cache/`` is not copied);
- the site's Pyodide lock file: ``pyodide lockfile add-wheels`` writes sorted keys and the
  wheel's sha256;
- ``search/search_index.json``, the CSP hashes (``hooks/csp.py``) and the pages depend only on the
  sources; no page calls the macros' ``now()``.
Nothing is excluded from the comparison.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
EPOCH = "1764000000"  # any fixed value: both builds get the same one
SITE_URL = "http://127.0.0.1:8765/"
# Build outputs, caches and installs: never inputs of a build.
IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "venv", "node_modules", "site", "dist", "build", "*.egg-info", "__pycache__",
    "*.pyc", ".pytest_cache", ".hypothesis", ".cache", "test-results", "vendor", "wheel",
)


def _stage(tmp: Path) -> tuple[Path, Path]:
    """Two pristine copies of the sources, in differently named directories."""
    first = tmp / "one" / "checkout"
    second = tmp / "two" / "elsewhere-with-a-longer-name"
    shutil.copytree(REPO, first, ignore=IGNORE, symlinks=True)
    shutil.copytree(first, second, symlinks=True)
    # Different file times in the two trees (mtime-driven output would differ).
    stamp = time.time() - 86_400
    for path in second.rglob("*"):
        os.utime(path, (stamp, stamp), follow_symlinks=False)
    return first, second


def _build(src: Path) -> Path:
    """Build the wheel and the site in ``src`` as `make build` does; return the output root."""
    env = dict(
        os.environ,
        SOURCE_DATE_EPOCH=EPOCH,
        PYTHONHASHSEED="0",
        RVF_SITE_URL=SITE_URL,
        NO_MKDOCS_2_WARNING="1",
        PATH=f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    )
    python = str(VENV_BIN / "python")
    steps = [
        [python, "scripts/copy_assets.py", "-q", "--node-modules", str(REPO / "node_modules")],
        [python, "scripts/build_wheel.py", "--pyodide-bytecode", "--node-modules", str(REPO / "node_modules"),
         "--pyodide-venv", str(REPO / ".cache" / "pyodide-build" / "venv"),
         "--outdir", "dist", "--out", "docs/assets/calculator/wheel",
         "--lockfile", "docs/assets/vendor/pyodide/pyodide-lock.json"],
        [str(VENV_BIN / "mkdocs"), "build", "--strict", "--clean", "-q", "-d", "site"],
    ]
    for cmd in steps:
        proc = subprocess.run(cmd, cwd=src, env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, f"{' '.join(cmd)} failed in {src}:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return src


def _files(root: Path) -> dict[str, bytes]:
    """Every file of the build outputs (site/ and dist/) by relative path."""
    out = {}
    for top in ("site", "dist"):
        for path in sorted((root / top).rglob("*")):
            if path.is_file():
                out[path.relative_to(root).as_posix()] = path.read_bytes()
    return out


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """The output files of two builds made 1.1 s or more apart in different directories."""
    if not (REPO / "node_modules" / "pyodide").is_dir():
        pytest.fail("node_modules/ is missing: run `make setup` (npm ci) first", pytrace=False)
    first, second = _stage(tmp_path_factory.mktemp("repro"))
    started = time.monotonic()
    a = _files(_build(first))
    time.sleep(max(0.0, 1.1 - (time.monotonic() - started)))
    b = _files(_build(second))
    return a, b


def test_two_builds_are_byte_identical(two_builds: tuple[dict[str, bytes], dict[str, bytes]]) -> None:
    """Every file of the site and the wheel is the same in both builds, and no file is missing."""
    a, b = two_builds
    only_a, only_b = sorted(a.keys() - b.keys()), sorted(b.keys() - a.keys())
    assert not only_a and not only_b, f"files in one build only: {only_a} / {only_b}"
    differing = sorted(name for name in a if a[name] != b[name])
    assert not differing, f"{len(differing)} of {len(a)} files differ between the two builds: {differing}"


def test_builds_hold_the_wheel_and_the_dated_files(two_builds: tuple[dict[str, bytes], dict[str, bytes]]) -> None:
    """The comparison covered the wheel (in dist/ and the site), the sitemap, its gzip and the search index."""
    a, _ = two_builds
    wheels = [name for name in a if name.endswith("-py3-none-any.whl")]
    assert any(w.startswith("dist/") for w in wheels) and any(w.startswith("site/") for w in wheels), wheels
    for name in ("site/sitemap.xml", "site/sitemap.xml.gz", "site/search/search_index.json", "site/index.html"):
        assert name in a, f"{name} was not built"
    dist_wheel = next(w for w in wheels if w.startswith("dist/"))
    shipped = "site/assets/calculator/wheel/" + dist_wheel.removeprefix("dist/")
    assert a.get(shipped) == a[dist_wheel], f"{shipped} is not the wheel built in dist/"


def test_builds_hold_the_lock_file_of_the_shipped_wheel(two_builds: tuple[dict[str, bytes], dict[str, bytes]]) -> None:
    """The comparison covered the site's Pyodide lock file, and it names the wheel the site ships, by sha256."""
    a, _ = two_builds
    lock = json.loads(a["site/assets/vendor/pyodide/pyodide-lock.json"])
    entry = lock["packages"]["calc"]
    shipped = a["site/assets/calculator/wheel/" + entry["file_name"]]
    assert entry["sha256"] == hashlib.sha256(shipped).hexdigest()


def test_dates_come_from_source_date_epoch(two_builds: tuple[dict[str, bytes], dict[str, bytes]]) -> None:
    """Sitemap dates, the sitemap gzip's mtime and the wheel's zip times are SOURCE_DATE_EPOCH's, not the clock's."""
    a, _ = two_builds
    epoch = int(EPOCH)  # 1764000000 = 2025-11-24T16:00:00Z, a day the machine clock is not on
    day = datetime.fromtimestamp(epoch, tz=timezone.utc).date()
    lastmods = set(re.findall(r"<lastmod>([^<]+)</lastmod>", a["site/sitemap.xml"].decode()))
    assert lastmods == {day.isoformat()}, lastmods
    # gzip header bytes 4-8: mtime, which MkDocs sets to the newest page date (midnight UTC).
    midnight = int(datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp())
    assert int.from_bytes(a["site/sitemap.xml.gz"][4:8], "little") == midnight
    assert gzip.decompress(a["site/sitemap.xml.gz"]) == a["site/sitemap.xml"]
    wheel = next(name for name in a if name.startswith("dist/") and name.endswith(".whl"))
    with zipfile.ZipFile(io.BytesIO(a[wheel])) as zf:
        stamps = {info.date_time for info in zf.infolist()}
    expected = datetime.fromtimestamp(epoch, tz=timezone.utc).timetuple()[:6]
    # Zip times have 2-second resolution.
    assert stamps == {expected[:5] + (expected[5] - expected[5] % 2,)}, stamps
