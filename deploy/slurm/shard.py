#!/usr/bin/env python3
"""Print shard I of N of a --batch list: python3 shard.py LIST I N > shard-I.tsv

A stand-in for the CLI's future `sejajar align --batch LIST --shard I/N`; the contract it fixes:
- A pair weighs its sentences: the non-blank lines of its source plus those of its target (the
  'lines' input layout; for running text this is a proxy).
- Pairs are dealt greedily, longest processing time first: heaviest pair first, ties in list order,
  each to the shard that is lightest so far, ties to the lowest shard index.
- Each shard prints its pairs in list order, with paths made absolute (relative paths in a --batch list
  are relative to the list, and a shard file is written elsewhere).
The split depends only on the list and the files' line counts, so every array task computes the same
split on its own and takes its share; the shards of 0..N-1 are disjoint and together the whole list.
Blank lines and lines starting with '#' are skipped. On standard error: the shard's pairs and weight.
"""
import os
import sys


def read_list(path):
    base = os.path.dirname(os.path.abspath(path))
    pairs = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 2:
                sys.exit(f"shard.py: {path}:{number}: expected 'source<TAB>target'")
            pairs.append(tuple(os.path.join(base, p) for p in fields[:2]) + tuple(fields[2:]))
    return pairs


def sentences(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return sum(1 for line in f if line.strip())
    except OSError as error:
        sys.exit(f"shard.py: {path}: {error.strerror} (every task weighs every pair of the list)")


def split(weights, n):
    """Shard index of each item: LPT, heaviest first, ties by position; lightest shard, ties by index."""
    order = sorted(range(len(weights)), key=lambda k: (-weights[k], k))
    loads = [0] * n
    shard_of = [0] * len(weights)
    for k in order:
        s = min(range(n), key=lambda j: (loads[j], j))
        shard_of[k] = s
        loads[s] += weights[k]
    return shard_of, loads


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: shard.py LIST I N   (0 <= I < N)")
    path, i, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    if n < 1 or not 0 <= i < n:
        sys.exit(f"shard.py: shard {i} of {n}: need 0 <= I < N")
    pairs = read_list(path)
    weights = [sentences(p[0]) + sentences(p[1]) for p in pairs]
    shard_of, loads = split(weights, n)
    mine = [p for k, p in enumerate(pairs) if shard_of[k] == i]
    out = sys.stdout
    for p in mine:
        out.write("\t".join(p) + "\n")
    print(f"shard.py: shard {i}/{n}: {len(mine)} of {len(pairs)} pairs, {loads[i]} sentences "
          f"(shards: {' '.join(map(str, loads))})", file=sys.stderr)


if __name__ == "__main__":
    main()
