"""Page weight: a cold load of every page in the sitemap, each file it fetches counted raw and
gzipped (GitHub Pages compresses text formats), the search index apart, and which pages fetch
Pyodide's files."""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.chromium import LIVE_PAINTED_JS, LIVE_TIMEOUT_MS, Browser
from benchmarks.common import SCENARIO_QUERY, log

# GitHub Pages compresses text formats; archives and images go out as they are.
COMPRESSED_SUFFIXES = (".html", ".js", ".mjs", ".css", ".json", ".svg", ".xml", ".txt", ".wasm", ".map", ".csv")
SEARCH_INDEX = "search_index.json"
PYODIDE_MARKERS = ("/vendor/pyodide/", "pyodide", ".whl")


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def sitemap_paths(site: Path) -> list[str]:
    tree = ET.parse(site / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    paths = [urlsplit(loc.text.strip()).path for loc in tree.getroot().findall("s:url/s:loc", ns) if loc.text]
    return sorted(set(paths), key=lambda p: (p.count("/"), p))


def _fetched(br: Browser, url: str, is_calculator: bool) -> list[str]:
    """The URLs a cold load of ``url`` fetched, once the page is quiet."""
    context = br.cold_context()
    seen: list[str] = []
    context.on("requestfinished", lambda r: seen.append(r.url))
    try:
        page = context.new_page()
        page.goto(url + (f"?queries_per_month={SCENARIO_QUERY}" if is_calculator else ""), wait_until="load")
        if is_calculator:
            page.wait_for_function(LIVE_PAINTED_JS, timeout=LIVE_TIMEOUT_MS)
        # Quiet: no new request for a second (Material starts its search worker after load).
        last = -1
        for _ in range(30):
            if len(seen) == last:
                break
            last = len(seen)
            page.wait_for_timeout(1000)
    finally:
        context.close()
    return seen


def bytes_series(br: Browser, site: Path) -> dict:
    """A cold load of every page: each file fetched, raw and gzipped; the search index apart."""
    log("bytes: a cold load of every page")
    site_root_path = urlsplit(br.base_url).path
    cache: dict[str, tuple[int, int]] = {}
    pages = []
    search_index = None
    for path in sitemap_paths(site):
        # The sitemap carries site_url's path ("/" for the local build): keep what follows it.
        rel = path.lstrip("/")
        is_calculator = rel.rstrip("/").endswith("calculator")
        files = []
        for u in dict.fromkeys(_fetched(br, br.base_url + rel, is_calculator)):
            parts = urlsplit(u)
            if parts.hostname not in ("127.0.0.1", "localhost") or not parts.path.startswith(site_root_path):
                continue
            fpath = parts.path[len(site_root_path):]
            disk = site / fpath
            if fpath == "" or fpath.endswith("/"):
                disk = disk / "index.html"
            if not disk.is_file():
                continue
            key = str(disk)
            if key not in cache:
                data = disk.read_bytes()
                compressed = gzip_size(data) if disk.suffix in COMPRESSED_SUFFIXES else len(data)
                cache[key] = (len(data), compressed)
            raw, gz = cache[key]
            entry = {"file": "/" + fpath if fpath else "/", "raw": raw, "gzip": gz}
            if disk.name == SEARCH_INDEX:
                search_index = {**entry, "loaded_by": search_index["loaded_by"] + [path] if search_index else [path]}
                continue
            files.append(entry)
        files.sort(key=lambda f: -f["raw"])
        pyodide_files = [f["file"] for f in files if any(m in f["file"] for m in PYODIDE_MARKERS)]
        pages.append({
            "page": "/" + rel,
            "calculator": is_calculator,
            "raw": sum(f["raw"] for f in files),
            "gzip": sum(f["gzip"] for f in files),
            "files": files,
            "pyodide_files": pyodide_files,
        })
    if search_index is None:
        idx = site / "search" / SEARCH_INDEX
        if idx.is_file():
            data = idx.read_bytes()
            search_index = {"file": "/search/" + SEARCH_INDEX, "raw": len(data), "gzip": gzip_size(data), "loaded_by": []}
    return {"pages": pages, "search_index": search_index}
