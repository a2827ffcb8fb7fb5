"""What the Python benchmarks share: reading ladder files (gold and Sejajar's `--format ladder`)
and scoring them with `sejajar evaluate` (Vecalign's strict F1)."""
import json, re, subprocess

def ladder(path):
    """The beads of a ladder file, as a set of (source indices, target indices) tuples; a trailing
    :confidence is ignored."""
    beads = set()
    for line in open(path):
        m = re.match(r'\[([^\]]*)\]:\[([^\]]*)\]', line.strip())
        if m:
            beads.add((tuple(int(x) for x in m.group(1).split(',') if x.strip()), tuple(int(x) for x in m.group(2).split(',') if x.strip())))
    return beads

def strict_f1(binary, gold, test):
    """Strict F1 of test ladders against gold ladders (paired in order), by `sejajar evaluate`."""
    out = subprocess.run([binary, 'evaluate', '--gold', *gold, '--test', *test, '--json'], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)['strictF1']
