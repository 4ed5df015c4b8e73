#!/usr/bin/python3
"""Runs `copydesk batch` over JSONL partitions on a Dask distributed cluster.

Each partition (one JSONL file) is one task: a worker pipes the file through
`copydesk batch - --out - --jobs 1 --progress none` and writes part-NNNNN.jsonl
under --out (to a temporary name, renamed when complete, so a worker lost
mid-task leaves no partial part and Dask's retry writes the same bytes).
Paths must be on storage every worker sees (here: one machine).

  python3 copydesk_dask.py --scheduler-file sched.json --out out/ parts/*.jsonl
"""

import argparse
import glob
import json
import os
import socket
import subprocess
import sys
import time

from distributed import Client, as_completed

BATCH_ARGS = ["batch", "-", "--out", "-", "--jobs", "1", "--progress", "none"]
ATTEMPTS = "_attempts"


def run_partition(index, path, out_dir, command):
    """One task: the partition's JSONL through the binary, one output line per record."""
    worker = f"{socket.gethostname()}-{os.getpid()}"
    # One marker per attempt, so a retried partition is visible after the run.
    marker = os.path.join(out_dir, ATTEMPTS, f"part-{index:05d}.{worker}")
    with open(marker, "w", encoding="utf-8"):
        pass
    final = os.path.join(out_dir, f"part-{index:05d}.jsonl")
    temp = f"{final}.tmp-{worker}"
    with open(path, "rb") as stdin, open(temp, "wb") as stdout:
        done = subprocess.run(command + BATCH_ARGS, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE)
    if done.returncode != 0:
        os.unlink(temp)
        raise RuntimeError(f"{path}: copydesk exited {done.returncode}: {done.stderr.decode(errors='replace').strip()}")
    records = count_lines(path)
    lines = count_lines(temp)
    if lines != records:
        os.unlink(temp)
        raise RuntimeError(f"{path}: {records} records but {lines} output lines")
    os.replace(temp, final)
    return {"partition": index, "records": records, "worker": worker}


def count_lines(path):
    with open(path, "rb") as f:
        return sum(1 for line in f if line.strip())


def expand(inputs):
    paths = []
    for item in inputs:
        if os.path.isdir(item):
            paths.extend(sorted(glob.glob(os.path.join(item, "*.jsonl"))))
        else:
            paths.append(item)
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="JSONL partitions, or folders of them (sorted by name)")
    parser.add_argument("--out", required=True, help="folder for part-NNNNN.jsonl, one per partition in input order")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="scheduler address, e.g. tcp://127.0.0.1:8786")
    where.add_argument("--scheduler-file", help="the file `dask scheduler --scheduler-file` wrote")
    parser.add_argument(
        "--copydesk",
        default="copydesk",
        help='the command that runs copydesk on the workers (default: "copydesk"; e.g. "node apps/cli/dist/cli.js")',
    )
    parser.add_argument("--wait-workers", type=int, default=1, help="start once this many workers joined (default: 1)")
    args = parser.parse_args()

    paths = [os.path.abspath(p) for p in expand(args.inputs)]
    if not paths:
        sys.exit("copydesk_dask: no JSONL partitions in the inputs")
    out_dir = os.path.abspath(args.out)
    os.makedirs(os.path.join(out_dir, ATTEMPTS), exist_ok=True)
    for stale in os.listdir(os.path.join(out_dir, ATTEMPTS)):
        os.unlink(os.path.join(out_dir, ATTEMPTS, stale))
    command = args.copydesk.split()

    with Client(address=args.scheduler, scheduler_file=args.scheduler_file) as client:
        client.wait_for_workers(args.wait_workers)
        workers = len(client.scheduler_info()["workers"])
        started = time.monotonic()
        futures = [
            client.submit(run_partition, i, path, out_dir, command, key=f"copydesk-part-{i:05d}", pure=False)
            for i, path in enumerate(paths)
        ]
        results = [future.result() for future in as_completed(futures)]
    seconds = time.monotonic() - started

    # A worker lost mid-task leaves its temporary file behind: its partition was rewritten by the retry.
    for leftover in glob.glob(os.path.join(out_dir, "part-*.jsonl.tmp-*")):
        os.unlink(leftover)
    attempts = {}
    for marker in os.listdir(os.path.join(out_dir, ATTEMPTS)):
        attempts.setdefault(marker.split(".")[0], []).append(marker.split(".", 1)[1])
    records = sum(r["records"] for r in results)
    summary = {
        "partitions": len(results),
        "records": records,
        "workers": workers,
        "seconds": round(seconds, 3),
        "recordsPerSecond": round(records / seconds, 1),
        "retried": sorted(p for p, seen in attempts.items() if len(seen) > 1),
        "doneBy": {f"part-{r['partition']:05d}": r["worker"] for r in sorted(results, key=lambda r: r["partition"])},
    }
    print(json.dumps(summary), file=sys.stderr)


if __name__ == "__main__":
    main()
