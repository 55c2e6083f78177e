#!/usr/bin/env python3
"""Checks the demo input folder and prints what the audit should find (Python 3 stdlib only).

Usage: python3 tools/demo/check_demo.py [--input input] [--as-of 2026-11-29] [--lag 5]

Part 1 validates the input the way the contract's readers do (IDs, references, files, hashes, dates, duplicates)
and exits 1 on any error. Part 2 is an independent re-implementation of the contract's audit math (section 4 and
DESIGN-NOTES) for the SOC 2 Type II job, so the expected gaps of the demo are written down before the Java code
exists. It uses the project's own catalogs (src/main/resources/catalog) and, when present, cross-checks every ID
against /work/shared/reference.
"""
import argparse
import csv
import hashlib
import re
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = Path("/work/shared/reference")
DOC_TYPES = {"policy", "procedure", "standard", "plan"}
OP_TYPES = {"record", "ticket", "log", "review", "report", "screenshot", "configuration", "training", "scan",
            "attestation"}
FREQ = {"continuous", "daily", "weekly", "monthly", "quarterly", "semiannual", "annual", "event"}
REL_FULL = {"equal-to", "equivalent-to", "superset-of"}
REL_PARTIAL = {"subset-of", "intersects-with"}
ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
errors = []


def err(msg):
    errors.append(msg)


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def d(s):
    return date.fromisoformat(s) if s else None


def load_catalog():
    soc = [r["id"] for r in rows(ROOT / "src/main/resources/catalog/soc2-tsc-2017.csv")]
    soc_cat = {r["id"]: r["category"] for r in rows(ROOT / "src/main/resources/catalog/soc2-tsc-2017.csv")}
    iso_rows = rows(ROOT / "src/main/resources/catalog/iso27001-2022.csv")
    iso = [r["id"] for r in iso_rows]
    annex = {r["id"] for r in iso_rows if r["kind"] == "annex_a"}
    if REFERENCE.exists():
        ref_soc = {r["id"] for r in rows(REFERENCE / "soc2_tsc_2017.csv")}
        ref_iso = {r["id"] for r in rows(REFERENCE / "iso27001_2022.csv")}
        if ref_soc != set(soc) or ref_iso != set(iso):
            err("project catalog differs from /work/shared/reference")
    return soc, soc_cat, iso, annex


def resolve(fw, rid, soc, iso):
    if fw == "SOC2":
        return [rid] if rid in soc else []
    if rid in iso:
        return [rid]
    if re.fullmatch(r"\d+\.\d+", rid):
        return [x for x in iso if x.startswith(rid + ".") and not x.startswith("A.")]
    return []


def months_add(x, n):
    y, m = divmod(x.month - 1 + n, 12)
    return date(x.year + y, m + 1, min(x.day, 28))


def slices(freq, start, end):
    if freq == "event":
        return [(start, end)]
    if freq == "daily":
        return [(start + timedelta(days=i), start + timedelta(days=i)) for i in range((end - start).days + 1)]
    if freq == "weekly":
        out, s = [], start
        while s <= end:
            out.append((s, min(s + timedelta(days=6), end)))
            s += timedelta(days=7)
        return out
    n = {"continuous": 1, "monthly": 1, "quarterly": 3, "semiannual": 6, "annual": 12}[freq]
    out, k = [], 0
    while True:
        s = months_add(start, k * n)
        if s > end:
            return out
        e = months_add(start, (k + 1) * n) - timedelta(days=1)
        out.append((s, min(e, end)))
        k += 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--input", type=Path, default=ROOT / "input")
    ap.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 11, 29))
    ap.add_argument("--lag", type=int, default=5, help="the job's collection_lag in days (the demo jobs: 5)")
    args = ap.parse_args()
    inp, as_of, lag = args.input, args.as_of, args.lag
    soc, soc_cat, iso, annex = load_catalog()

    controls = rows(inp / "controls.csv")
    mappings = rows(inp / "mappings.csv")
    evidence = rows(inp / "evidence.csv")
    appl = rows(inp / "applicability.csv")
    ctl = {}
    for c in controls:
        if not ID_RE.match(c["control_id"]):
            err("bad control id " + c["control_id"])
        if c["control_id"] in ctl:
            err("duplicate control " + c["control_id"])
        if c["frequency"] not in FREQ:
            err("bad frequency " + c["control_id"])
        if c["status"] not in ("implemented", "planned", "not_applicable"):
            err("bad status " + c["control_id"])
        ctl[c["control_id"]] = c

    seen = set()
    per_control = Counter()
    for m in mappings:
        key = (m["control_id"], m["framework"], m["requirement_id"])
        if key in seen:
            err("duplicate mapping {}".format(key))
        seen.add(key)
        if m["control_id"] not in ctl:
            err("mapping to unknown control " + m["control_id"])
        if not resolve(m["framework"], m["requirement_id"], soc, iso):
            err("unknown requirement {} {}".format(m["framework"], m["requirement_id"]))
        rel, cov = m["relationship"], m["coverage"]
        if rel not in REL_FULL | REL_PARTIAL:
            err("bad relationship " + rel)
        if cov and cov != ("full" if rel in REL_FULL else "partial"):
            err("coverage conflict {}".format(key))
        per_control[(m["control_id"], m["framework"])] += 1
    for cid in ctl:
        for fw in ("SOC2", "ISO27001"):
            if not 1 <= per_control[(cid, fw)] <= 4:
                err("{} has {} {} mappings".format(cid, per_control[(cid, fw)], fw))

    ev_ids = set()
    ev_root = (inp / "evidence").resolve()
    for e in evidence:
        if e["evidence_id"] in ev_ids:
            err("duplicate evidence " + e["evidence_id"])
        ev_ids.add(e["evidence_id"])
        for cid in e["control_ids"].split(";"):
            if cid not in ctl:
                err("{} names unknown control {}".format(e["evidence_id"], cid))
        if e["type"] not in DOC_TYPES | OP_TYPES:
            err("bad type " + e["evidence_id"])
        perf, col = d(e["performed_on"]), d(e["collected_on"])
        if col and col < perf:
            err("collected before performed " + e["evidence_id"])
        if bool(e["covers_from"]) != bool(e["covers_to"]) or (e["covers_from"] and d(e["covers_from"]) > d(e["covers_to"])):
            err("bad range " + e["evidence_id"])
        if perf > as_of:
            err("after as-of " + e["evidence_id"])
        if e["file"]:
            p = (ev_root / e["file"]).resolve()
            if ev_root not in p.parents or not p.is_file():
                err("missing file " + e["file"])
            elif e["sha256"] and hashlib.sha256(p.read_bytes()).hexdigest() != e["sha256"]:
                err("hash mismatch " + e["evidence_id"])
            elif not 300 <= p.stat().st_size <= 20480:
                err("file size out of range {} ({} bytes)".format(e["file"], p.stat().st_size))
        if e["type"] in DOC_TYPES and not e["approved_by"]:
            print("note: unapproved document (seeded?) " + e["evidence_id"])
    for a in appl:
        if a["framework"] != "ISO27001" or a["requirement_id"] not in annex or a["applicable"] not in ("yes", "no") \
                or not a["justification"].strip():
            err("bad applicability row {}".format(a))

    # every file on disk is referenced
    referenced = {e["file"] for e in evidence if e["file"]}
    if (inp / "populations.csv").exists():
        referenced |= {r["extract_file"] for r in rows(inp / "populations.csv") if r["extract_file"]}
    on_disk = {str(p.relative_to(ev_root)) for p in ev_root.rglob("*") if p.is_file()}
    if on_disk - referenced:
        err("unreferenced files: {}".format(sorted(on_disk - referenced)[:5]))

    # documentation coverage of implemented controls
    for cid, c in ctl.items():
        if c["status"] == "implemented" and c["requires_documentation"] != "no":
            if not any(cid in e["control_ids"].split(";") and e["type"] in DOC_TYPES for e in evidence):
                err("control without any document " + cid)

    if errors:
        print("\n".join("ERROR " + x for x in errors))
        return 1
    print("input OK: {} controls, {} mappings, {} evidence items, {} files, {} bytes".format(
        len(controls), len(mappings), len(evidence), len(on_disk),
        sum((ev_root / f).stat().st_size for f in on_disk)))
    population_file = inp / "populations.csv"
    simulate(ctl, mappings, evidence, appl, soc, soc_cat, iso, annex, as_of, lag,
             rows(population_file) if population_file.exists() else [])
    return 0


def judge(freq, records, start, end, as_of, lag, population=(), proved=frozenset()):
    """(status, due, covered) of an implemented control: contract v2, section 4. An event control with population
    rows (occurrence ID, day) is judged on them: a row is covered when a counting record names it (proved, lower-case
    IDs), due when covered or its day plus the lag is before as-of."""
    def speaks(p, f, t, s):
        return s[0] <= p <= s[1] or (f and f <= s[1] and t >= s[0])
    if freq == "event":
        if population:
            rows = [(o, day) for o, day in population if start <= day <= end]
            hits = [o.lower() in proved for o, _ in rows]
            due = sum(1 for (o, day), hit in zip(rows, hits) if hit or day + timedelta(days=lag) < as_of)
            cov = sum(hits)
        else:
            due = cov = len([r for r in records if speaks(*r, (start, end))])
        if due:
            return ("effective" if cov == due else "no_records" if not cov else "inconsistent"), due, cov
        if population and any(start <= day <= end for _, day in population):
            return "not_yet_due", 0, 0
        return ("no_records", 1, 0) if end + timedelta(days=lag) < as_of else ("not_yet_due", 0, 0)
    due = cov = 0
    for s in slices(freq, start, end):
        if s[0] > as_of:
            break
        hit = any(speaks(p, f, t, s) for p, f, t in records)
        if s[1] + timedelta(days=lag) < as_of or hit:
            due += 1
            cov += hit
    status = ("not_yet_due" if not due else "effective" if cov == due else "no_records" if not cov
              else "inconsistent")
    return status, due, cov


def simulate(ctl, mappings, evidence, appl, soc, soc_cat, iso, annex, as_of, lag, populations_rows=()):
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    boundary = {"prod", "platform"}
    outside = {cid for cid, c in ctl.items() if c["scope"] and not set(c["scope"].split(";")) & boundary}
    excluded = {a["requirement_id"] for a in appl}
    print("\n== findings (audit side) ==")
    owners = Counter(ctl[m["control_id"]]["owner"] for m in mappings)
    top, n = owners.most_common(1)[0]
    print("owner share: top {} {} of {} rows ({:.0%})".format(top or "(blank)", n, len(mappings), n / len(mappings)))
    for cid in sorted(outside):
        print("scope.outside_soc2_boundary", cid)
    for cid, c in ctl.items():
        if not c["owner"]:
            print("control.owner_missing", cid)
        if not c["expected_evidence"]:
            print("control.untestable", cid)

    records = defaultdict(list)
    docs = defaultdict(list)
    proved = defaultdict(set)
    for e in evidence:
        perf = d(e["performed_on"])
        for cid in e["control_ids"].split(";"):
            if e["type"] in DOC_TYPES:
                if perf <= as_of:
                    docs[cid].append((perf, e["evidence_id"], e["approved_by"]))
            elif perf <= as_of:
                records[cid].append((perf, d(e["covers_from"]), d(e["covers_to"])))
                proved[cid] |= {o.lower() for o in (e.get("occurrence_id") or "").split(";") if o}
    populations = defaultdict(list)
    for r in populations_rows:
        populations[r["control_id"]].append((r["occurrence_id"], d(r["occurred_on"])))
        if e["type"] in OP_TYPES and not start <= perf <= end:
            print("evidence.outside_period", e["evidence_id"], e["control_ids"])
        if e["type"] in DOC_TYPES and not e["approved_by"]:
            print("evidence.document_unapproved", e["evidence_id"], e["control_ids"])

    status, doc_state = {}, {}
    for cid, c in ctl.items():
        if c["status"] != "implemented":
            status[cid] = "not_implemented"
            continue
        status[cid], due, cov = judge(c["frequency"], records[cid], start, end, as_of, lag, populations[cid],
                                      proved[cid])
        if status[cid] in ("inconsistent", "no_records", "not_yet_due"):
            print("control", cid, c["frequency"], status[cid], "{}/{} due slices covered".format(cov, due))
        if c["requires_documentation"] != "no":
            newest = max(docs[cid]) if docs[cid] else None
            if newest is None:
                doc_state[cid] = "missing"
            elif newest[0] >= as_of.replace(year=as_of.year - 1):
                doc_state[cid] = "current"
            else:
                doc_state[cid] = "stale"
                print("evidence.document_stale", newest[1], cid)
    for cid, c in ctl.items():
        if c["status"] == "implemented" and not records[cid]:
            for m in mappings:
                if m["control_id"] == cid:
                    print("crosswalk.mapping_without_evidence", cid, m["framework"], m["requirement_id"])

    print("\n== requirements and gaps (SOC 2 security+availability+confidentiality, ISO 27001) ==")
    by_req = defaultdict(list)
    for m in mappings:
        for r in resolve(m["framework"], m["requirement_id"], soc, iso):
            by_req[(m["framework"], r)].append(m)
    in_scope = [("SOC2", r) for r in soc if soc_cat[r] in ("security", "availability", "confidentiality")]
    in_scope += [("ISO27001", r) for r in iso if r not in excluded]
    order = ["no_records", "inconsistent", "not_yet_due", "effective"]
    gaps = []
    design_count = Counter()
    for fw, r in in_scope:
        ms = [m for m in by_req[(fw, r)] if ctl[m["control_id"]]["status"] == "implemented"
              and not (fw == "SOC2" and m["control_id"] in outside)]
        if not ms:
            design_count[(fw, "missing_control")] += 1
            gaps.append(("missing_control", fw, r, ""))
            continue
        partial = all(m["relationship"] in REL_PARTIAL for m in ms)
        design_count[(fw, "partial" if partial else "covered")] += 1
        for m in ms:
            cid = m["control_id"]
            if doc_state.get(cid) in ("missing", "stale"):
                gaps.append(("missing_documentation", fw, r, cid))
            if status[cid] == "no_records":
                gaps.append(("missing_operational_record", fw, r, cid))
            if status[cid] == "inconsistent":
                gaps.append(("inconsistent_performance", fw, r, cid))
        worst = min((status[m["control_id"]] for m in ms), key=order.index)
        design_count[(fw, "op_" + worst)] += 1
    for k in sorted(design_count):
        print("{} {}: {}".format(k[0], k[1], design_count[k]))
    print("excluded (not_applicable):", ", ".join(sorted(excluded)))
    for g in sorted(set(gaps)):
        print("gap", *g)
    print("gaps:", len(set(gaps)))


if __name__ == "__main__":
    sys.exit(main())
