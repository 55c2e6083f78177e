"""The demo's auditor request list (requests.csv) and remediation dates (remediation.csv).

Called by generate_demo.py after controls, mappings and evidence are written; reads them back so the requests
follow the library. Deterministic: no randomness, fixed dates around the README's as-of date (2026-11-29).
"""
import csv
import datetime

SKIP = {"AV-03", "PHY-01", "PHY-02", "IAM-10", "IAM-05", "OPS-03", "CF-01"}

# (id suffix handled below) description, requirement_ids, control_ids, requested, due, status, comment
SEEDED = [
    ("Backup restore test results for Q1 to Q3 2026", "", "AV-03", "2026-10-16", "2026-11-13", "open",
     "Chased on 2026-11-16; no restore test record yet"),
    ("Evidence that backups and redundancy meet the recovery objectives", "A1.2", "", "2026-11-02", "2026-12-15",
     "in_progress", "Restore tests still outstanding"),
    ("Physical access controls over the production environment", "CC6.4", "", "2026-11-09", "2026-12-18", "open",
     "Management states AWS carries this (carve-out): confirm in the system description"),
    ("Badge access review for the London office", "", "PHY-01", "2026-10-23", "2026-11-20", "open",
     "Control is planned, not implemented"),
    ("Hardware security key rollout and user access provisioning", "", "IAM-10;IAM-01", "2026-11-13", "2026-12-11",
     "received", "Provisioning tickets received; key rollout pending"),
    ("Business continuity plan and backup restore evidence", "", "BCP-01;AV-03", "2026-10-09", "2026-11-06",
     "received", "Plan received; restore evidence outstanding"),
    ("Backup configuration and restore testing (ISO A.8.13)", "A.8.13", "", "2026-11-16", "2026-12-20", "open", ""),
    ("London office network segregation and monitoring", "", "PHY-02", "2026-11-06", "2026-12-04", "received",
     "Outside the SOC 2 boundary: requested for the ISO audit"),
    ("Physical security perimeter of the London office", "A.7.1", "", "2026-10-30", "2026-11-27", "open",
     "No control yet; planned for 2027"),
    ("Quarterly business application access reviews", "", "IAM-05", "2026-10-02", "2026-10-30", "accepted",
     "Q2 review missing: raised as an exception"),
    ("Monthly vulnerability scan reports", "", "OPS-03", "2026-10-02", "2026-10-30", "received",
     "May and August scans missing"),
    ("Current data classification and handling policy", "", "CF-01", "2026-11-20", "2026-12-18", "open",
     "Version on file approved June 2025: please send the re-approved version"),
]

REMEDIATION = [
    ("AV-03", "marcus.bell@northwind.example", "2026-10-31", "in_progress",
     "First restore test booked; quarterly schedule agreed with the SRE lead"),
    ("IAM-05", "hannah.cho@northwind.example", "2026-11-15", "open", "Q2 review to be re-performed retrospectively"),
    ("OPS-03", "marcus.bell@northwind.example", "2026-09-30", "closed",
     "Scanner licence renewed; monthly scans resumed in September"),
    ("CF-01", "tom.achterberg@northwind.example", "2026-12-15", "in_progress", "Policy v1.4 in review"),
    ("SOC2:CC6.4", "priya.natarajan@northwind.example", "2027-03-31", "open",
     "Describe the AWS carve-out and implement PHY-01 for the office"),
    ("ISO27001:A.7.1", "amelia.hart@northwind.example", "2027-06-30", "open", "Office security works planned for 2027"),
    ("ISO27001:A.5.32", "sofia.lindqvist@northwind.example", "2026-11-20", "open",
     "Software licence and IP register to be created"),
    ("ISO27001:A.8.11", "tom.achterberg@northwind.example", "2027-01-31", "in_progress",
     "Masking of production extracts in the analytics sandbox"),
]


def _read(path):
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write(out, write_csv):
    controls = _read(out / "controls.csv")
    mappings = _read(out / "mappings.csv")
    evidence = _read(out / "evidence.csv")
    with_evidence = set()
    for e in evidence:
        with_evidence.update(c for c in e["control_ids"].split(";") if c)
    soc2 = {}
    for m in mappings:
        if m["framework"] == "SOC2":
            soc2.setdefault(m["control_id"], m["requirement_id"])
    candidates = [c for c in controls
                  if c["status"] == "implemented" and c["control_id"] in with_evidence
                  and c["control_id"] not in SKIP]
    rows = []
    start = datetime.date(2026, 9, 7)
    for n, c in enumerate(candidates[:40]):
        requested = start + datetime.timedelta(days=2 * n)
        due = requested + datetime.timedelta(days=28)
        by_requirement = n % 4 == 3 and c["control_id"] in soc2
        rows.append([
            "PBC-{:03d}".format(len(rows) + 1),
            soc2.get(c["control_id"], ""),
            "Evidence of operation: " + c["title"],
            soc2[c["control_id"]] if by_requirement else "",
            "" if by_requirement else c["control_id"],
            requested.isoformat(),
            due.isoformat(),
            ["accepted", "received", "accepted", "in_progress"][n % 4],
            "" if n % 5 else "Sample selections to follow",
        ])
    for description, requirements, control_ids, requested, due, status, comment in SEEDED:
        rows.append(["PBC-{:03d}".format(len(rows) + 1), requirements or control_ids.split(";")[0], description,
                     requirements, control_ids, requested, due, status, comment])
    write_csv(out / "requests.csv",
              ["request_id", "reference", "description", "requirement_ids", "control_ids", "requested_on", "due_on",
               "status", "auditor_comment"], rows)
    write_csv(out / "remediation.csv", ["item", "owner", "target_date", "status", "note"],
              [list(r) for r in REMEDIATION])
    return rows
