#!/usr/bin/env python3
"""Mutation check: do the tests notice when a protocol rule is broken?

Each file tests/mutations/<name>.patch breaks one rule of the model on purpose. Its header
names the rule, the mutant and the test programs that should notice:

    Rule: TIME-WAIT lasts 2×MSL (RFC 9293 §3.10.7.4)
    Mutant: entering TIME-WAIT starts a timer of 1×MSL
    Tests: tst_tcp_endpoint

followed by a unified diff against the source tree (write one with `git diff`).

For every mutant, one at a time, the script applies the patch to a scratch copy of the
source tree (the working tree is never modified, so you can keep working while it runs),
builds the test programs it names, runs them with `ctest --stop-on-failure`, and reverts the
patch. A mutant is *killed* when a test fails (or the build fails), and *survives* when all
tests pass. The report lists the survivors and the kill rate.

Only the test programs a mutant names are run (the rules live in model/tcp, and its unit
tests and the simulator tests are where a broken rule must show); `--all` runs the whole
suite for every mutant instead, which is much slower. Not part of CI: a run over all mutants
takes tens of minutes on two cores.

Usage:
    scripts/mutate.py                      every mutant in tests/mutations
    scripts/mutate.py time-wait-one-msl    only the named ones
    scripts/mutate.py --all                run the whole suite per mutant
    scripts/mutate.py --work DIR           scratch directory (default: $TMPDIR/tcplab-mutate;
                                           one under ccache's base_dir reuses its cache)
Exit status: 0 when every mutant was killed, 1 when some survived, 2 on a setup error.
"""

import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
MUTATIONS = ROOT / "tests" / "mutations"
# What the scratch copy needs to build: the sources, not build trees or git metadata.
COPY_IGNORE = shutil.ignore_patterns(".git", "build*", "*.user", "__pycache__")


class Mutant:
    def __init__(self, path: pathlib.Path):
        self.path = path
        self.name = path.stem
        header = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(("diff ", "--- ")):
                break
            m = re.match(r"^(Rule|Mutant|Tests):\s*(.*)$", line)
            if m:
                header[m.group(1)] = m.group(2).strip()
        missing = [k for k in ("Rule", "Mutant", "Tests") if k not in header]
        if missing:
            raise ValueError(f"{path}: header lacks {', '.join(missing)}")
        self.rule = header["Rule"]
        self.mutant = header["Mutant"]
        self.tests = header["Tests"].split()


def copy_if_changed(source, target):
    """Copies source over target unless both hold the same bytes; the copy gets a new mtime."""
    target = pathlib.Path(target)
    data = pathlib.Path(source).read_bytes()
    if target.is_file() and target.read_bytes() == data:
        return str(target)
    target.write_bytes(data)
    shutil.copymode(source, target)
    return str(target)


def run(cmd, cwd, log, timeout=None):
    """Runs cmd, appending its output to log; returns the exit status (124 on timeout)."""
    env = None
    if cmd[:2] == ["git", "apply"]:
        # The scratch copy has no .git. Inside another repository (a --work directory in a
        # worktree) git apply takes a "diff --git" patch's paths from that repository's root,
        # skips them as outside the current directory and exits 0: the mutant is never
        # applied and "survives". Stop git from looking above the scratch copy.
        env = dict(os.environ, GIT_CEILING_DIRECTORIES=str(pathlib.Path(cwd).resolve().parent))
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"\n$ {' '.join(cmd)}\n")
        out.flush()
        try:
            return subprocess.run(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                  timeout=timeout, env=env).returncode
        except subprocess.TimeoutExpired:
            out.write(f"timed out after {timeout} s\n")
            return 124


def failed_tests(log: pathlib.Path) -> list[str]:
    """The test programs CTest reported as failed in the last ctest run of the log."""
    text = log.read_text(encoding="utf-8", errors="replace")
    last = text.rsplit("$ ctest", 1)[-1]
    return re.findall(r"Test\s+#\d+:\s+(\S+)\s+\.+\*+\s*(?:Failed|Exception|Timeout)", last) or \
        re.findall(r"^\s*\d+ - (\S+) \(", last, re.MULTILINE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="mutants to run (default: all)")
    parser.add_argument("--all", action="store_true", help="run the whole suite per mutant")
    parser.add_argument("--work", type=pathlib.Path,
                        default=pathlib.Path(tempfile.gettempdir()) / "tcplab-mutate")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    mutants = [Mutant(p) for p in sorted(MUTATIONS.glob("*.patch"))]
    if args.names:
        unknown = set(args.names) - {m.name for m in mutants}
        if unknown:
            print(f"mutate: no such mutant: {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        mutants = [m for m in mutants if m.name in args.names]

    src = args.work / "src"
    # Named like every worktree's build directory: ccache keys on paths relative to its
    # base_dir, so the scratch tree's compiles hit the cache the normal builds filled.
    build = src / "build-test"
    log = args.work / "mutate.log"
    args.work.mkdir(parents=True, exist_ok=True)
    log.write_text("", encoding="utf-8")
    # A fresh copy of the working tree each run, keeping the previous build for Ninja.
    # Only files whose content differs are written, and with the current time: a copy
    # that kept the working tree's older mtimes would leave the object of the last mutant
    # of the previous run in place, since Ninja compares times, not contents.
    if src.exists():
        for entry in src.iterdir():
            if entry.name != build.name and not (ROOT / entry.name).exists():
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    shutil.copytree(ROOT, src, ignore=COPY_IGNORE, dirs_exist_ok=True, copy_function=copy_if_changed)

    def targets_for(m):
        return [] if args.all else m.tests

    def build_and_test(tests):
        if run(["cmake", "--build", str(build), f"-j{args.jobs}"]
               + [a for t in tests for a in ("--target", t)], src, log) != 0:
            return "build failed"
        regex = [] if not tests else ["-R", "^(" + "|".join(map(re.escape, tests)) + ")$"]
        status = run(["ctest", "--stop-on-failure", "--timeout", "300", f"-j{args.jobs}"] + regex,
                     build, log)
        return None if status == 0 else "tests failed"

    print(f"mutate: scratch tree {src}, log {log}", flush=True)
    if run(["cmake", "-S", str(src), "-B", str(build), "-G", "Ninja",
            "-DCMAKE_BUILD_TYPE=Debug"], src, log) != 0:
        print("mutate: cmake failed, see the log", file=sys.stderr)
        return 2
    # The unmutated tree must pass the same tests, or a "kill" would mean nothing.
    baseline = sorted({t for m in mutants for t in targets_for(m)})
    print(f"baseline: {' '.join(baseline) or 'all tests'} ...", flush=True)
    if build_and_test(baseline):
        print("mutate: the unmutated tree fails its tests; fix that first", file=sys.stderr)
        return 2

    survivors, killed, broken = [], [], []
    for i, m in enumerate(mutants, 1):
        started = time.monotonic()
        patch = str(m.path)
        if run(["git", "apply", "--check", patch], src, log) != 0 or \
                run(["git", "apply", patch], src, log) != 0:
            broken.append(m)
            print(f"[{i}/{len(mutants)}] {m.name}: patch does not apply (update it)", flush=True)
            continue
        try:
            outcome = build_and_test(targets_for(m))
        finally:
            if run(["git", "apply", "-R", patch], src, log) != 0:
                print(f"mutate: could not revert {m.name}; scratch tree is dirty", file=sys.stderr)
                return 2
        seconds = time.monotonic() - started
        if outcome:
            by = ", ".join(failed_tests(log)) if outcome == "tests failed" else "the compiler"
            killed.append(m)
            print(f"[{i}/{len(mutants)}] {m.name}: killed by {by} ({seconds:.0f} s)", flush=True)
        else:
            survivors.append(m)
            print(f"[{i}/{len(mutants)}] {m.name}: SURVIVED ({seconds:.0f} s)", flush=True)

    tried = len(killed) + len(survivors)
    print()
    for m in survivors:
        print(f"survivor {m.name}\n    rule:   {m.rule}\n    mutant: {m.mutant}")
    for m in broken:
        print(f"not applied {m.name}")
    rate = 100.0 * len(killed) / tried if tried else 0.0
    print(f"kill rate: {len(killed)}/{tried} mutants killed ({rate:.0f}%)"
          + (f", {len(broken)} not applied" if broken else ""))
    return 0 if not survivors and not broken else 1


if __name__ == "__main__":
    sys.exit(main())
