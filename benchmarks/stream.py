"""The CLI on a large stream: 10,000 JSONL articles scored to Parquet with --jobs 2.

    python benchmarks/stream.py [--docs 10000] [--jobs 2]

Runs `quality score in.jsonl -o out.parquet --jobs 2` in a pseudo-terminal (so the
progress bar shows, as it would for a person), samples the resident memory of the
command and its workers every 0.2 s, and checks the output: exactly one row per input,
in input order. Memory is flat when the peak after 20% of the stream is about the peak
at the end.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its descendants, from /proc (MB)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo += [int(c) for c in fh.read().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total / 1e6


def main(argv: list[str] | None = None) -> int:
    from benchmarks.run import build_corpus

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    base = build_corpus(500)
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.parquet"
        with open(src, "w", encoding="utf-8") as fh:
            for i in range(args.docs):
                text = base[i % len(base)] if i % 997 else "{broken"  # a few bad rows too
                fh.write(
                    json.dumps({"id": f"doc-{i:06d}", "text": text}) + "\n"
                    if i % 997
                    else "{not json\n"
                )
        cmd = [
            sys.executable,
            "-m",
            "quality.cli",
            "score",
            str(src),
            "-o",
            str(out),
            "--jobs",
            str(args.jobs),
        ]
        master, slave = pty.openpty()  # a terminal for stderr, so the bar is drawn
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=slave, cwd=ROOT)
        os.close(slave)
        samples, stderr = [], b""
        os.set_blocking(master, False)
        while proc.poll() is None:
            samples.append((time.perf_counter() - start, tree_rss_mb(proc.pid)))
            try:
                stderr += os.read(master, 65536)
            except (BlockingIOError, OSError):
                pass
            time.sleep(0.2)
        try:
            stderr += os.read(master, 65536)
        except OSError:
            pass
        elapsed = time.perf_counter() - start
        os.close(master)
        import pandas as pd

        table = pd.read_parquet(out)
    expected_ids = [f"doc-{i:06d}" if i % 997 else f"{src}:{i + 1}" for i in range(args.docs)]
    in_order = list(table["id"]) == expected_ids
    errors = int((table["status"] == "error").sum())
    cut = max(1, len(samples) // 5)
    early = max(m for _, m in samples[:cut]) if samples else 0.0
    peak = max(m for _, m in samples) if samples else 0.0
    shown = stderr.decode(errors="replace")
    bar = "doc/s" in shown
    last = [x for x in shown.replace("\r", "\n").splitlines() if "doc/s" in x][-1:] or [""]
    print(
        f"{args.docs} articles, --jobs {args.jobs}: {elapsed:.1f} s ({args.docs / elapsed:.1f} docs/s)"
    )
    print(f"exit code {proc.returncode} (1: some records failed, as planted: {errors} errors)")
    print(f"rows {len(table)} for {args.docs} inputs, in input order: {in_order}")
    print(f"progress bar drawn on the terminal: {bar}; last frame: {last[0].strip()}")
    print(
        f"peak memory of the command and workers: {early:.0f} MB in the first fifth, "
        f"{peak:.0f} MB overall"
    )
    return 0 if (len(table) == args.docs and in_order) else 1


if __name__ == "__main__":
    raise SystemExit(main())
