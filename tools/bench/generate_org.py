#!/usr/bin/env python3
"""Writes a synthetic organisation of any size as an auditpack input folder plus a job file (Python 3 stdlib only).

Usage: python3 tools/bench/generate_org.py --out DIR [--controls 600] [--records 200000] [--files 2000]
           [--bytes 1GiB] [--incompressible 0.4] [--text exports|logs] [--seed 7]

DIR receives input/ (controls.csv, mappings.csv, evidence.csv, scope.yaml, evidence/...) and job.yaml (a SOC 2
Type II job over 2026; run it with --as-of 2026-12-31). The same arguments always give byte-identical files:
every choice comes from one random.Random seeded with --seed, and no clock is read.

The organisation:
* controls: CTL-0001.. with owners from a pool of 40, frequencies mixed like a real library (monthly and
  quarterly most common), every control mapped to 1-2 SOC 2 criteria and 1-2 ISO 27001 requirements so that
  every common criterion and clause is covered;
* evidence records (--records rows in evidence.csv, documentation included): one policy per ten controls
  approved in 2026 (a policy supports all ten, so its file is packed under ten control folders), then operational
  records spread over each control's slices, a few of them log exports with a covers_from..covers_to range;
* evidence files (--files, about --bytes in total): --incompressible of the bytes (by default 40%) are
  already-compressed content named .pdf and .png (random bytes behind a real signature), the rest text. Policies
  are small PDFs (about 300 KB each). The files go to the policies first, then to records spread over the catalog.
  --text exports (the default): text exports (.csv, .log, .json) that deflate about 5:1, and the largest files are
  the incompressible ones (scans and PDFs are the big ones).
  --text logs: machine logs, JSON lines of a few services with rising timestamps (.log, .jsonl), that deflate
  about 13:1 at level 6 (10:1 at level 1); --incompressible is then both the share of the files (by count) and of
  the bytes that are incompressible, picked at random among the files.
"""
import argparse
import os
import random
import re
from datetime import date, datetime, timedelta
from pathlib import Path

PERIOD_START = date(2026, 1, 1)
PERIOD_END = date(2026, 12, 31)
AS_OF = date(2026, 12, 31)
SOC2 = ("CC1.1 CC1.2 CC1.3 CC1.4 CC1.5 CC2.1 CC2.2 CC2.3 CC3.1 CC3.2 CC3.3 CC3.4 CC4.1 CC4.2 CC5.1 CC5.2 CC5.3 "
        "CC6.1 CC6.2 CC6.3 CC6.4 CC6.5 CC6.6 CC6.7 CC6.8 CC7.1 CC7.2 CC7.3 CC7.4 CC7.5 CC8.1 CC9.1 CC9.2 "
        "A1.1 A1.2 A1.3 C1.1 C1.2").split()
ISO = ("4.1 4.2 4.3 4.4 5.1 5.2 5.3 6.1.1 6.1.2 6.1.3 6.2 6.3 7.1 7.2 7.3 7.4 7.5.1 7.5.2 7.5.3 8.1 8.2 8.3 9.1 "
       "9.2.1 9.2.2 9.3.1 9.3.2 9.3.3 10.1 10.2").split() + [f"A.5.{i}" for i in range(1, 38)] + \
      [f"A.6.{i}" for i in range(1, 9)] + [f"A.7.{i}" for i in range(1, 15)] + [f"A.8.{i}" for i in range(1, 35)]
FREQUENCIES = [("daily", 3), ("weekly", 8), ("monthly", 30), ("quarterly", 30), ("semiannual", 7), ("annual", 17),
               ("continuous", 3), ("event", 2)]
FAMILIES = ["Access", "Change", "Operations", "Incident", "Vendor", "People", "Asset", "Crypto", "Network",
            "Backup", "Logging", "Governance"]
SOURCES = ["Jira", "Okta", "GitHub", "AWS CloudTrail", "ServiceNow", "Workday", "Google Drive", "Datadog"]
RECORD_TYPES = ["record", "ticket", "log", "review", "report", "screenshot", "configuration", "training", "scan"]
TEXT_KINDS = [("csv", 0.45), ("log", 0.4), ("json", 0.15)]
LOG_KINDS = [("log", 0.6), ("jsonl", 0.4)]
BINARY_KINDS = [("pdf", 0.7), ("png", 0.3)]
POOL = 8 << 20


def parse_bytes(text):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([KMGT]?i?B?)?", text.strip(), re.IGNORECASE)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text} (e.g. 100MiB, 1GiB, 0)")
    unit = (m.group(2) or "").upper().rstrip("B").rstrip("I")
    return int(float(m.group(1)) * {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}[unit])


def weighted(rng, pairs):
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def csv_cell(value):
    value = str(value)
    if any(c in value for c in ',"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(header) + "\n")
        buffer = []
        for row in rows:
            buffer.append(",".join(csv_cell(v) for v in row))
            if len(buffer) >= 10000:
                out.write("\n".join(buffer) + "\n")
                buffer.clear()
        if buffer:
            out.write("\n".join(buffer) + "\n")


def controls(rng, count):
    owners = [f"owner{i:02d}@example.test" for i in range(40)]
    result = []
    for i in range(count):
        family = FAMILIES[i % len(FAMILIES)]
        result.append(dict(id=f"CTL-{i + 1:04d}", family=family, title=f"{family} control {i + 1}",
                           desc=f"The {family.lower()} team operates control {i + 1} and keeps its records.",
                           owner=owners[rng.randrange(len(owners))], freq=weighted(rng, FREQUENCIES)))
    return result


def mappings(rng, ctls):
    rows = []
    for i, c in enumerate(ctls):
        soc = {SOC2[i % len(SOC2)]} | ({rng.choice(SOC2)} if rng.random() < 0.5 else set())
        iso = {ISO[i % len(ISO)]} | ({rng.choice(ISO)} if rng.random() < 0.5 else set())
        for framework, ids in (("SOC2", soc), ("ISO27001", iso)):
            for req in sorted(ids):
                rel = "intersects-with" if rng.random() < 0.2 else "equivalent-to"
                rows.append([c["id"], framework, req, rel, "", f"{c['title']} supports {req}."])
    return rows


def slice_days(freq):
    return {"daily": 1, "weekly": 7, "monthly": 30, "continuous": 30, "quarterly": 91, "semiannual": 182,
            "annual": 365, "event": 365}[freq]


def evidence_rows(rng, ctls, count):
    """(row values, wants a file, is documentation) per evidence item, policies first."""
    items = []
    period_days = (AS_OF - PERIOD_START).days
    for p in range(0, len(ctls), 10):
        group = ctls[p:p + 10]
        approved = PERIOD_START + timedelta(days=rng.randrange(0, 120))
        items.append(dict(controls=";".join(c["id"] for c in group), title=f"{group[0]['family']} policy {p // 10 + 1}",
                          type="policy", performed=approved, collected=approved + timedelta(days=2),
                          approver="ciso@example.test", source="Google Drive", doc=True))
    records = max(0, count - len(items))
    # each control gets a share of records spread over its slices in order, so due slices are covered
    per_control = [records // len(ctls) + (1 if i < records % len(ctls) else 0) for i in range(len(ctls))]
    for c, n in zip(ctls, per_control):
        step = max(1, slice_days(c["freq"]))
        for k in range(n):
            day = (k * step + rng.randrange(step)) % period_days
            performed = PERIOD_START + timedelta(days=day)
            kind = rng.choice(RECORD_TYPES)
            row = dict(controls=c["id"], title=f"{c['title']} {kind} {performed.isoformat()}", type=kind,
                       performed=performed, collected=performed + timedelta(days=rng.randrange(0, 3)),
                       approver="", source=rng.choice(SOURCES), doc=False)
            if kind == "log" and step > 1:
                row["from"] = performed - timedelta(days=step - 1) if day >= step else PERIOD_START
                row["to"] = performed
            items.append(row)
    return items[:count]


def text_pool(rng):
    users = [f"user{i:04d}" for i in range(60)]
    hosts = [f"10.0.{i // 8}.{i % 8 + 10}" for i in range(40)]
    actions = ["login", "logout", "mfa.challenge", "role.grant", "role.revoke", "deploy", "backup.ok", "scan.pass"]
    lines = []
    size = 0
    while size < POOL:
        t = f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T{rng.randrange(24):02d}:" \
            f"{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"
        line = f"{t},{rng.choice(users)},{rng.choice(hosts)},{rng.choice(actions)},ok,req-{len(lines):07d}\n"
        lines.append(line)
        size += len(line)
    return "".join(lines).encode("ascii")[:POOL]


def log_pool(rng):
    """8 MiB of JSON-lines application logs: rising timestamps, a few services, hosts and messages."""
    services = [("auth-api", ["GET /v1/session 200", "POST /v1/login 200", "POST /v1/login 401",
                              "POST /v1/mfa/verify 200", "DELETE /v1/session 204"]),
                ("billing", ["GET /v2/invoices 200", "POST /v2/charges 201", "GET /v2/customers/{id} 200"]),
                ("deploy-bot", ["deploy started", "deploy finished", "health check passed"]),
                ("backup", ["snapshot created", "snapshot verified", "retention sweep done"])]
    hosts = [f"ip-10-0-{i // 4}-{i % 4 + 10}" for i in range(12)]
    levels = [("INFO", 90), ("WARN", 8), ("ERROR", 2)]
    start = datetime(2026, 1, 1)
    millis = 0
    lines = []
    size = 0
    while size < POOL:
        millis += int(rng.expovariate(0.02))
        service, messages = services[min(3, int(rng.expovariate(1.2)))]
        ts = (start + timedelta(milliseconds=millis)).isoformat(timespec="milliseconds") + "Z"
        line = (f'{{"ts":"{ts}","level":"{weighted(rng, levels)}","service":"{service}",'
                f'"host":"{hosts[rng.randrange(len(hosts))]}","msg":"{rng.choice(messages)}",'
                f'"latency_ms":{int(rng.expovariate(0.05))},"request_id":"req-{len(lines) + 1:08d}"}}\n')
        lines.append(line)
        size += len(line)
    return "".join(lines).encode("ascii")[:POOL]


def file_sizes(rng, files, total):
    weights = [rng.lognormvariate(0, 1.0) for _ in range(files)]
    scale = total / sum(weights) if weights else 0
    sizes = [max(64, int(w * scale)) for w in weights]
    if sizes:
        sizes[-1] = max(64, sizes[-1] + total - sum(sizes))
    return sizes


def assign_files(rng, items, files, total, incompressible, evidence_dir, text_kind="exports"):
    if files <= 0:
        return
    text = log_pool(rng) if text_kind == "logs" else text_pool(rng)
    noise = rng.randbytes(POOL)
    docs = [i for i, it in enumerate(items) if it["doc"]]
    records = [i for i, it in enumerate(items) if not it["doc"]]
    stride = max(1, len(records) // max(1, files - len(docs)))
    targets = (docs + records[::stride])[:files]
    # policies are small PDFs (about 300 KB); the other files share the rest of the bytes
    doc_sizes = [int(min(2 << 20, rng.lognormvariate(12.6, 0.5))) for f, i in enumerate(targets) if items[i]["doc"]]
    doc_sizes = doc_sizes if not doc_sizes or sum(doc_sizes) < total / 4 else [max(64, total // (4 * len(doc_sizes)))] * len(doc_sizes)
    if text_kind == "logs":
        sizes, binary = log_corpus_sizes(rng, len(targets), doc_sizes, total, incompressible)
    else:
        sizes, binary = export_corpus_sizes(rng, len(targets), doc_sizes, total, incompressible)
    kinds = LOG_KINDS if text_kind == "logs" else TEXT_KINDS
    for f, item_index in enumerate(targets):
        item = items[item_index]
        kind = weighted(rng, BINARY_KINDS) if f in binary else weighted(rng, kinds)
        folder = item["controls"].split(";")[0].lower()
        rel = f"{folder}/{item['performed'].isoformat()}-{f:05d}.{kind}"
        path = evidence_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        size = sizes[f]
        with open(path, "wb") as out:
            if kind in ("pdf", "png"):
                head = b"%PDF-1.7\n%" if kind == "pdf" else b"\x89PNG\r\n\x1a\n"
                head += f"file {f}\n".encode()
                out.write(head)
                write_slices(out, noise, rng.randrange(POOL), max(0, size - len(head)))
            else:
                head = {"csv": b"timestamp,user,ip,action,result,request\n", "json": b"[\n"}.get(kind, b"")
                out.write(head)
                write_slices(out, text, rng.randrange(POOL), max(0, size - len(head)))
        item["file"] = rel


def export_corpus_sizes(rng, count, doc_sizes, total, incompressible):
    """Sizes of the files and the set of binary ones: policies are PDFs, then the largest other files are binary
    until the incompressible byte share is reached (realistic: scans and PDFs are the big ones)."""
    sizes = doc_sizes + file_sizes(rng, count - len(doc_sizes), total - sum(doc_sizes))
    binary = set(range(len(doc_sizes)))
    got = sum(sizes[f] for f in binary)
    for f in sorted(range(count), key=lambda i: -sizes[i]):
        if got >= incompressible * total:
            break
        if f not in binary and got + sizes[f] <= incompressible * total * 1.02:
            binary.add(f)
            got += sizes[f]
    return sizes, binary


def log_corpus_sizes(rng, count, doc_sizes, total, incompressible):
    """Sizes of the files and the set of binary ones: policies are PDFs and, with them, the share incompressible
    of the files (picked at random) is binary; binary and text files share their own byte totals."""
    others = list(range(len(doc_sizes), count))
    wanted = max(0, round(incompressible * count) - len(doc_sizes))
    binary = set(range(len(doc_sizes))) | set(rng.sample(others, min(wanted, len(others))))
    text = [f for f in others if f not in binary]
    binary_others = [f for f in others if f in binary]
    binary_bytes = max(0, int(incompressible * total) - sum(doc_sizes)) if binary_others else 0
    sizes = list(doc_sizes) + [0] * (count - len(doc_sizes))
    for group, share in ((binary_others, binary_bytes), (text, total - sum(doc_sizes) - binary_bytes)):
        for f, size in zip(group, file_sizes(rng, len(group), share)):
            sizes[f] = size
    return sizes, binary


def write_slices(out, pool, offset, size):
    view = memoryview(pool)
    while size > 0:
        n = min(size, len(pool) - offset)
        out.write(view[offset:offset + n])
        size -= n
        offset = 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--controls", type=int, default=600)
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--bytes", type=parse_bytes, default=parse_bytes("1GiB"))
    parser.add_argument("--incompressible", type=float, default=0.4)
    parser.add_argument("--text", choices=["exports", "logs"], default="exports")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    root = args.out
    inp = root / "input"
    (inp / "evidence").mkdir(parents=True, exist_ok=True)

    ctls = controls(rng, max(1, args.controls))
    write_csv(inp / "controls.csv", ["control_id", "title", "description", "owner", "frequency", "scope",
                                     "expected_evidence", "status", "requires_documentation"],
              ([c["id"], c["title"], c["desc"], c["owner"], c["freq"], "prod;platform",
                f"{c['family']} records for each period", "implemented", "yes"] for c in ctls))
    write_csv(inp / "mappings.csv", ["control_id", "framework", "requirement_id", "relationship", "coverage",
                                     "rationale"], mappings(rng, ctls))
    items = evidence_rows(rng, ctls, args.records)
    assign_files(rng, items, min(args.files, len(items)), args.bytes, args.incompressible, inp / "evidence", args.text)
    write_csv(inp / "evidence.csv", ["evidence_id", "control_ids", "title", "type", "performed_on", "covers_from",
                                     "covers_to", "collected_on", "file", "sha256", "approved_by", "source"],
              ([f"EV-{i + 1:07d}", it["controls"], it["title"], it["type"], it["performed"].isoformat(),
                it["from"].isoformat() if "from" in it else "", it["to"].isoformat() if "to" in it else "",
                it["collected"].isoformat(), it.get("file", ""), "", it["approver"], it["source"]]
               for i, it in enumerate(items)))
    (inp / "scope.yaml").write_text("system_description: A synthetic platform generated for benchmarks\n"
                                    "soc2_boundary: [prod, platform]\nisms_scope: [prod, platform]\n",
                                    encoding="utf-8")
    (root / "job.yaml").write_text(
        "name: bench\npackage: soc2-type2\norganization: Bench Corp\nsystem: Bench Platform\n"
        "period: { start: 2026-01-01, end: 2026-12-31 }\nsoc2_categories: [security, availability, "
        "confidentiality]\ninput: input\noutput: output\n", encoding="utf-8")
    os.sync() if hasattr(os, "sync") else None


if __name__ == "__main__":
    main()
