"""A small static file server for the built site (browser tests and benchmarks).

Standard library only: ``http.server`` in a background thread, bound to 127.0.0.1.
Serves ``.mjs`` as ``text/javascript`` and ``.wasm`` as ``application/wasm`` (module
workers and ``WebAssembly.instantiateStreaming`` refuse other types), and sends
``Cache-Control: max-age=600`` as GitHub Pages does, so warm loads hit the disk cache.

Run by hand:  python tests/browser/static_server.py site --port 8765
"""

from __future__ import annotations

import argparse
import functools
import http.server
import socket
import threading
from pathlib import Path

MIME_TYPES = {
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".css": "text/css",
    ".html": "text/html",
    ".svg": "image/svg+xml",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".map": "application/json",
    ".woff2": "font/woff2",
    ".csv": "text/csv",
}


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}
    mounts: dict[str, str] = {}  # URL prefix ("/__fixtures__/") -> directory

    def translate_path(self, path: str) -> str:
        """Map mounted URL prefixes to their directories; everything else to the root."""
        for prefix, directory in self.mounts.items():
            if path.startswith(prefix):
                saved = self.directory
                self.directory = directory
                try:
                    return super().translate_path("/" + path[len(prefix) :])
                finally:
                    self.directory = saved
        return super().translate_path(path)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        """Stay quiet; tests read failures from the browser, not the access log."""


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        """Ignore clients that hang up early (aborted requests are part of the tests)."""
        import sys

        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class StaticServer:
    """Serve ``root`` on 127.0.0.1:``port`` (0 picks a free port) until ``stop()``.

    ``mounts`` maps extra URL prefixes to directories, e.g. ``{"/__fixtures__/": path}``
    for test-only pages that load the site's real assets from the same origin.
    """

    def __init__(
        self, root: Path, port: int = 0, host: str = "127.0.0.1", mounts: dict[str, Path] | None = None
    ) -> None:
        self.root = Path(root).resolve()
        handler_class = type(
            "Handler", (_Handler,), {"mounts": {k: str(Path(v).resolve()) for k, v in (mounts or {}).items()}}
        )
        handler = functools.partial(handler_class, directory=str(self.root))
        self._httpd = _Server((host, port), handler)
        self.host = host
        self.port = int(self._httpd.server_address[1])
        self.url = f"http://{host}:{self.port}/"
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="static-server", daemon=True)

    def start(self) -> "StaticServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> "StaticServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    """True when nothing listens on host:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    """Serve a directory until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, nargs="?", default=Path("site"))
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    server = StaticServer(args.root, args.port)
    print(f"serving {server.root} at {server.url}", flush=True)
    try:
        server._httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server._httpd.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
