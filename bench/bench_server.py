"""Concurrent clients against a real ``warta serve``: requests per second, p50/p99 latency, statuses and errors.

    python bench/bench_server.py [--db FILE] [--clients 50 10 64] [--seconds 10] [--new-connections]

Without ``--db`` the database is built from the server tests' articles (tests/server/articles). Each client
is a thread with its own HTTP client, looping over a mix of API and dashboard requests for the duration;
``--new-connections`` opens a connection per request (no keep-alive), which churns the server's connection
table the hardest. The server runs with its default limit of requests at once (64), so below 64 clients
every answer must be 200. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import collections
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ARTICLES = Path(__file__).resolve().parents[1] / "tests" / "server" / "articles"
PATHS = ("/api/summary", "/api/events?limit=50", "/api/events?sort=goldstein&limit=20", "/api/timeline",
         "/api/network", "/api/actors", "/", "/static/app.css")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(db: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "warta.cli.main", "serve", "--db", str(db), "--port",
                                str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):  # x 0.1 s; older servers announced themselves before binding, so ask
        if process.poll() is not None:
            raise SystemExit(f"warta serve exited: {process.stderr.read()}")
        try:
            httpx.get(url + "/api/summary", timeout=30).raise_for_status()
            return process, url
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("warta serve did not answer")


def dashboard_load(url: str) -> str:
    """Bytes on the wire for a first load of every dashboard file (gzip accepted) and for a reload."""
    from warta.server.assets import STATIC

    paths = ["/", *(f"/static/{p.relative_to(STATIC).as_posix()}" for p in sorted(STATIC.rglob("*"))
                    if p.suffix in {".js", ".css", ".geojson"})]
    with httpx.Client(base_url=url, timeout=30, headers={"accept-encoding": "gzip"}) as http:
        first = [http.get(path) for path in paths]
        again = [http.get(path, headers={"if-none-match": r.headers.get("etag", "")})
                 for path, r in zip(paths, first, strict=True)]
    size = sum(len(r.content) for r in first)
    wire = sum(r.num_bytes_downloaded for r in first)
    return (f"dashboard: {len(paths)} files, {size / 1024:.0f} KiB, first load {wire / 1024:.0f} KiB on the "
            f"wire, reload {sum(r.num_bytes_downloaded for r in again)} bytes of bodies "
            f"({sum(r.status_code == 304 for r in again)} x 304)")


def run_clients(url: str, clients: int, seconds: float, new_connections: bool) -> dict[str, object]:
    latencies: list[float] = []
    statuses: collections.Counter[str] = collections.Counter()
    lock = threading.Lock()
    barrier = threading.Barrier(clients)
    deadline: list[float] = []

    def client(number: int) -> None:
        limits = httpx.Limits(max_keepalive_connections=0 if new_connections else 1)
        mine: list[float] = []
        seen: collections.Counter[str] = collections.Counter()
        with httpx.Client(base_url=url, timeout=30, limits=limits) as http:
            barrier.wait()
            i = number
            while time.perf_counter() < deadline[0]:
                t0 = time.perf_counter()
                try:
                    status = str(http.get(PATHS[i % len(PATHS)]).status_code)
                except httpx.HTTPError as err:
                    status = type(err).__name__
                mine.append(time.perf_counter() - t0)
                seen[status] += 1
                i += 1
        with lock:
            latencies.extend(mine)
            statuses.update(seen)

    deadline.append(time.perf_counter() + seconds + 0.5)
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    t0 = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - t0
    cut = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return {"requests": len(latencies), "rps": len(latencies) / wall, "p50": cut[49] * 1000,
            "p99": cut[98] * 1000, "statuses": dict(sorted(statuses.items()))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="a warta database (default: built from the test articles)")
    parser.add_argument("--clients", type=int, nargs="+", default=[10, 50, 64])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--new-connections", action="store_true", help="one connection per request")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            from warta.runners.local import ingest

            db = Path(tmp) / "events.duckdb"
            ingest([str(ARTICLES)], db, language="id")
        process, url = start(db)
        try:
            print(f"server {url}, {'a connection per request' if args.new_connections else 'keep-alive'}, "
                  f"{args.seconds:g} s per run")
            print(dashboard_load(url))
            for clients in args.clients:
                found = run_clients(url, clients, args.seconds, args.new_connections)
                errors = sum(n for status, n in found["statuses"].items() if status != "200")
                print(f"clients {clients:4d}: {found['requests']:6d} requests, {found['rps']:7.1f} req/s, "
                      f"p50 {found['p50']:6.1f} ms, p99 {found['p99']:7.1f} ms, errors {errors} "
                      f"({100 * errors / max(found['requests'], 1):.2f}%), statuses {found['statuses']}")
        finally:
            process.terminate()
            process.wait(timeout=30)


if __name__ == "__main__":
    main()
