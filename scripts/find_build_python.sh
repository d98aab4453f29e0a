#!/bin/sh
# Print the path of a Python 3.12 or newer, for the virtual environment of pyodide-build and
# pyodide-lock (both need 3.12+, while the site's own environment may run an older Python).
# Looks at $PYODIDE_BUILD_PYTHON when set (and then nowhere else), else python3.14, python3.13,
# python3.12 and python3 on PATH, else pyenv's installed versions, newest first. Each candidate
# is run once to ask its version, so a pyenv shim for a version that is not active is skipped.
# Exits 1 with a message on stderr when there is none.
set -u

usable() {
  "$1" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 &&
    "$1" -c 'import sys; print(sys.executable)'
}

if [ -n "${PYODIDE_BUILD_PYTHON:-}" ]; then
  usable "$PYODIDE_BUILD_PYTHON" && exit 0
  echo "find_build_python: PYODIDE_BUILD_PYTHON=$PYODIDE_BUILD_PYTHON is not a Python 3.12 or newer with venv" >&2
  exit 1
fi

for name in python3.14 python3.13 python3.12 python3; do
  if command -v "$name" >/dev/null 2>&1; then
    usable "$name" && exit 0
  fi
done

root="$(pyenv root 2>/dev/null || true)"
root="${root:-${PYENV_ROOT:-$HOME/.pyenv}}"
for version in $(ls "$root/versions" 2>/dev/null | grep '^3\.[0-9]*\.[0-9]*$' | sort -t. -k2,2nr -k3,3nr); do
  [ -x "$root/versions/$version/bin/python3" ] && usable "$root/versions/$version/bin/python3" && exit 0
done

cat >&2 <<'MSG'
find_build_python: no Python 3.12 or newer found (pyodide-build and pyodide-lock need one).
Looked at python3.14, python3.13, python3.12 and python3 on PATH, and at pyenv's versions.
Install one (Debian/Ubuntu: apt-get install python3.13 python3.13-venv; pyenv install 3.13;
GitHub Actions: actions/setup-python), or name it: make PYODIDE_BUILD_PYTHON=/path/to/python3.13
MSG
exit 1
