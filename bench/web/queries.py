#!/usr/bin/env python3
"""Writes the web benchmark's workload: one /api/v1/search path per line, made from real terms
and phrases of the recommendation texts in CSV and 0-3 facet filters whose values the running
server itself reports (so they match what is indexed). Deterministic for a given seed."""
import collections
import csv
import json
import random
import re
import sys
import urllib.parse
import urllib.request

STOPWORDS = set("""the and for with that this from their which into such other those
these have been including ensure continue take measures efforts order all its also any
more well within under about through against further steps consider""".split())
FILTER_FIELDS = ["state_under_review", "response", "cycle", "recommending_states",
                 "sur_regional_group", "issues", "action_category"]


def frequent_terms(csv_path):
    words, pairs = collections.Counter(), collections.Counter()
    with open(csv_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            tokens = re.findall(r"[a-z]+", row["text"].lower())
            kept = [t for t in tokens if len(t) > 3 and t not in STOPWORDS]
            words.update(kept)
            pairs.update(zip(kept, kept[1:]))
    return ([w for w, _ in words.most_common(2000)],
            [" ".join(p) for p, _ in pairs.most_common(500)])


def facet_values(server):
    with urllib.request.urlopen(server + "/api/v1/search?limit=0") as answer:
        facets = json.load(answer)["facets"]
    # Each facet's values, most frequent first: the 50 most frequent of each.
    return {name: list(counts)[:50] for name, counts in facets.items()
            if name in FILTER_FIELDS and counts}


def main():
    csv_path, server, count, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    words, phrases = frequent_terms(csv_path)
    values = facet_values(server)
    rng = random.Random(20261122)
    with open(out, "w") as f:
        for _ in range(count):
            kind = rng.random()
            if kind < 0.5:
                q = rng.choice(words)
            elif kind < 0.8:
                q = rng.choice(words) + " " + rng.choice(words)
            else:
                q = '"' + rng.choice(phrases) + '"'
            params = [("q", q)]
            for field in rng.sample(sorted(values), rng.randint(0, 3)):
                params.append((field, rng.choice(values[field])))
            f.write("/api/v1/search?" + urllib.parse.urlencode(params) + "\n")


if __name__ == "__main__":
    main()
