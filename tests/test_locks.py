"""Lock files are up to date with what they lock, checked offline.

Python: ``requirements/docs.in``, ``requirements/test.in`` and ``requirements/pyodide-build.in``
(the top-level pins, ``-r`` includes followed) against their hash-locked ``.txt`` (``make lock`` runs pip-compile):
every pin of the ``.in`` is in the ``.txt`` at a version the pin allows, attributed to that
``.in`` (``# via -r requirements/X.in``); nothing in the ``.txt`` is attributed to an ``.in``
that no longer lists it; every package of the ``.txt`` is pinned with ``==`` and carries at least
one ``--hash``.

npm: ``package.json`` against ``package-lock.json``: the lock's root entry repeats the manifest's
dependencies exactly, each installed entry (``node_modules/<name>``) has the pinned version and an
integrity hash, and every manifest version is an exact pin. ``npm ls --package-lock-only``
(offline, about a second) then checks the whole locked tree against the manifest.

The checkers are plain functions, each shown to catch a stale in-memory example.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[1]
REQS = REPO / "requirements"
EXACT_VERSION = re.compile(r"^\d+(\.\d+)*([-+.][0-9A-Za-z.-]+)?$")


# --- Python: requirements/*.in against requirements/*.txt -----------------------------------------


def read_in(path: Path, *, _seen: frozenset[Path] = frozenset()) -> dict[str, tuple[Requirement, str]]:
    """Top-level requirements of an ``.in`` file, ``-r`` includes followed: name -> (req, declaring file)."""
    out: dict[str, tuple[Requirement, str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(("-r ", "--requirement ")):
            included = (path.parent / line.split(None, 1)[1]).resolve()
            assert included not in _seen, f"include loop at {included}"
            out.update(read_in(included, _seen=_seen | {path.resolve()}))
            continue
        assert not line.startswith("-"), f"{path.name}: unsupported option line {line!r}"
        req = Requirement(line)
        out[canonicalize_name(req.name)] = (req, f"requirements/{path.name}")
    return out


def parse_lock(text: str) -> dict[str, dict]:
    """A pip-compile ``.txt``: name -> {"version", "hashes", "via": [...]}; other pins raise."""
    entries: dict[str, dict] = {}
    current: dict | None = None
    in_via = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if not raw.startswith((" ", "\t")) and not line.startswith(("#", "-")):
            spec = line.rstrip("\\").strip().split(";", 1)[0].strip()
            match = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?==([^\s]+)", spec)
            assert match, f"not an exact pin: {line!r}"
            current = {"version": match.group(3), "hashes": [], "via": []}
            entries[canonicalize_name(match.group(1))] = current
            in_via = False
            continue
        if current is None:
            continue  # header: comments and index options
        if line.startswith("--hash="):
            current["hashes"].append(line.split("=", 1)[1].rstrip("\\").strip())
        elif line.startswith("# via"):
            rest = line[len("# via") :].strip()
            current["via"] += [rest] if rest else []
            in_via = not rest
        elif line.startswith("#   ") and in_via:
            current["via"].append(line[1:].strip())
        elif line.startswith("#"):
            in_via = False
    return entries


def lock_problems(pins: dict[str, tuple[Requirement, str]], lock_text: str) -> list[str]:
    """Why a ``.txt`` is stale for these top-level pins (empty when it is fresh)."""
    problems = []
    entries = parse_lock(lock_text)
    for name, (req, source) in sorted(pins.items()):
        entry = entries.get(name)
        if entry is None:
            problems.append(f"{req} ({source}) is not in the lock file")
            continue
        if not req.specifier.contains(entry["version"], prereleases=True):
            problems.append(f"{req} ({source}) but the lock file has {name}=={entry['version']}")
        if f"-r {source}" not in entry["via"]:
            problems.append(f"{name} is pinned in {source} but the lock does not attribute it there: {entry['via']}")
    for name, entry in sorted(entries.items()):
        if not entry["hashes"]:
            problems.append(f"{name}=={entry['version']} has no --hash")
        for via in entry["via"]:
            if via.startswith("-r ") and (name not in pins or pins[name][1] != via[3:]):
                problems.append(f"{name} is attributed to {via[3:]}, which does not pin it (removed?)")
    return problems


@pytest.mark.parametrize("stem", ["docs", "test", "pyodide-build"])
def test_python_lock_is_fresh(stem: str) -> None:
    """requirements/<stem>.txt pins every requirement of <stem>.in (includes too) at its version, with hashes."""
    pins = read_in(REQS / f"{stem}.in")
    assert pins, f"{stem}.in pins nothing"
    problems = lock_problems(pins, (REQS / f"{stem}.txt").read_text(encoding="utf-8"))
    assert not problems, f"requirements/{stem}.txt is out of date (run `make lock`):\n  " + "\n  ".join(problems)


def test_python_lock_includes_the_docs_pins_in_the_test_lock() -> None:
    """test.txt holds every package of docs.txt at the same version (test.in includes docs.in)."""
    docs = parse_lock((REQS / "docs.txt").read_text(encoding="utf-8"))
    test = parse_lock((REQS / "test.txt").read_text(encoding="utf-8"))
    differ = {n: (e["version"], test.get(n, {}).get("version")) for n, e in docs.items() if test.get(n, {}).get("version") != e["version"]}
    assert not differ, f"docs.txt and test.txt disagree (name: docs, test): {differ}"


STALE_IN = "mkdocs==1.6.1\nmkdocs-material==9.8.1\nnew-tool==2.0\n"
STALE_TXT = """\
#    pip-compile --generate-hashes requirements/docs.in
--find-links /opt/wheels

mkdocs==1.6.0 \\
    --hash=sha256:aaaa
    # via
    #   -r requirements/docs.in
    #   mkdocs-material
mkdocs-material==9.8.1
    # via -r requirements/docs.in
old-tool==1.0 \\
    --hash=sha256:bbbb
    # via -r requirements/docs.in
"""


def test_python_checker_catches_a_stale_lock(tmp_path: Path) -> None:
    """A bumped pin, an added pin, a removed pin and a missing hash are all reported."""
    (tmp_path / "docs.in").write_text(STALE_IN, encoding="utf-8")
    problems = "\n".join(lock_problems(read_in(tmp_path / "docs.in"), STALE_TXT))
    assert "mkdocs==1.6.1 (requirements/docs.in) but the lock file has mkdocs==1.6.0" in problems
    assert "new-tool==2.0 (requirements/docs.in) is not in the lock file" in problems
    assert "old-tool is attributed to requirements/docs.in, which does not pin it" in problems
    assert "mkdocs-material==9.8.1 has no --hash" in problems
    fresh = STALE_TXT.replace("mkdocs==1.6.0", "mkdocs==1.6.1").replace(
        "mkdocs-material==9.8.1\n", "mkdocs-material==9.8.1 \\\n    --hash=sha256:cccc\n"
    ).split("old-tool")[0] + "new-tool==2.0 \\\n    --hash=sha256:dddd\n    # via -r requirements/docs.in\n"
    assert lock_problems(read_in(tmp_path / "docs.in"), fresh) == []


# --- npm: package.json against package-lock.json --------------------------------------------------


def npm_problems(manifest: dict, lock: dict) -> list[str]:
    """Why ``package-lock.json`` is stale for ``package.json`` (empty when it is fresh)."""
    problems = []
    root = lock.get("packages", {}).get("", {})
    for key in ("name", "version"):
        if manifest.get(key) != root.get(key):
            problems.append(f"{key}: package.json {manifest.get(key)!r}, lock {root.get(key)!r}")
    for section in ("dependencies", "devDependencies", "optionalDependencies", "peerDependencies"):
        wanted = manifest.get(section, {})
        if wanted != root.get(section, {}):
            problems.append(f"{section}: package.json {wanted}, lock root {root.get(section, {})}")
        for name, version in sorted(wanted.items()):
            if not EXACT_VERSION.match(str(version)):
                problems.append(f"{name}: {version!r} in package.json is a range, not a pin")
            entry = lock.get("packages", {}).get(f"node_modules/{name}")
            if entry is None:
                problems.append(f"{name} is not in the lock's packages")
                continue
            if entry.get("version") != version:
                problems.append(f"{name}: package.json {version}, lock {entry.get('version')}")
            if section == "devDependencies" and not entry.get("dev"):
                problems.append(f"{name} is a devDependency but the lock does not mark it dev")
    for path, entry in sorted(lock.get("packages", {}).items()):
        if path and not entry.get("link") and not entry.get("integrity"):
            problems.append(f"{path} has no integrity hash in the lock")
    return problems


def test_npm_lock_is_fresh() -> None:
    """package-lock.json's root and node_modules entries match package.json's exact pins, with integrity."""
    manifest = json.loads((REPO / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((REPO / "package-lock.json").read_text(encoding="utf-8"))
    assert manifest.get("dependencies"), "package.json has no dependencies"
    problems = npm_problems(manifest, lock)
    assert not problems, "package-lock.json is out of date (run `make lock`):\n  " + "\n  ".join(problems)


def test_npm_checker_catches_a_stale_lock() -> None:
    """A bumped dependency, a new devDependency and a range in package.json are all reported."""
    lock = json.loads((REPO / "package-lock.json").read_text(encoding="utf-8"))
    manifest = json.loads((REPO / "package.json").read_text(encoding="utf-8"))
    assert npm_problems(manifest, lock) == []
    name = sorted(manifest["dependencies"])[0]
    manifest["dependencies"][name] = "0.0.1"
    manifest.setdefault("devDependencies", {})["left-pad"] = "^1.3.0"
    problems = "\n".join(npm_problems(manifest, lock))
    assert f"{name}: package.json 0.0.1, lock {lock['packages']['node_modules/' + name]['version']}" in problems
    assert "left-pad: '^1.3.0' in package.json is a range, not a pin" in problems
    assert "left-pad is not in the lock's packages" in problems


def _npm_ls(directory: Path) -> subprocess.CompletedProcess[str]:
    """``npm ls --package-lock-only --all`` in ``directory`` (offline: reads the two files only)."""
    return subprocess.run(
        ["npm", "ls", "--package-lock-only", "--all", "--offline", "--json"],
        cwd=directory, capture_output=True, text=True, timeout=60,
    )


@pytest.fixture
def npm() -> str:
    """The npm executable, or skip."""
    exe = shutil.which("npm")
    if exe is None:
        pytest.skip("npm is not installed; the manifest/lock comparison above still ran")
    return exe


def test_npm_ls_accepts_the_lock(npm: str, tmp_path: Path) -> None:
    """npm itself finds no missing or invalid package in the locked tree for package.json."""
    for name in ("package.json", "package-lock.json"):
        shutil.copyfile(REPO / name, tmp_path / name)
    proc = _npm_ls(tmp_path)
    assert proc.returncode == 0, f"npm ls reports problems:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"


def test_npm_ls_catches_a_stale_lock(npm: str, tmp_path: Path) -> None:
    """With a dependency bumped in package.json only, npm ls fails and names it."""
    manifest = json.loads((REPO / "package.json").read_text(encoding="utf-8"))
    name = sorted(manifest["dependencies"])[0]
    manifest["dependencies"][name] = "0.0.1"
    (tmp_path / "package.json").write_text(json.dumps(manifest), encoding="utf-8")
    shutil.copyfile(REPO / "package-lock.json", tmp_path / "package-lock.json")
    proc = _npm_ls(tmp_path)
    assert proc.returncode != 0 and name in proc.stdout + proc.stderr
