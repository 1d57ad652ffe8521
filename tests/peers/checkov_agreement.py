#!/usr/bin/env python3
"""checkov_agreement.py WARD CORPUS_DIR: runs ward's built-in rules on
Checkov's own fixtures for its Azure AI checks (../shared/corpus/checkov) and
compares, resource by resource, with the results Checkov's tests expect.

Each Checkov check is mapped to the ward rule that covers the same control.
A disagreement is allowed only when it is listed in KNOWN below with the
reason (the same reasons are in docs/peer-agreement.md); any other
disagreement fails the test, and so does a listed one that no longer
happens (the list must stay true).  Exit 77 (skip) without the corpus."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

MAP = {
    "CKV_AZURE_236": "AZAI-ACC-001",   # local (key) authentication disabled
    "CKV_AZURE_238": "AZAI-ACC-008",   # cognitive account managed identity
    "CKV_AZURE_134": "AZAI-RES-001",   # cognitive account public network access
    "CKV_AZURE_247": "AZAI-RES-003",   # OpenAI outbound network restricted
    "CKV_AZURE_207": "AZAI-ACC-008",   # search managed identity
    "CKV_AZURE_124": "AZAI-RES-009",   # search public network access
    "CKV_AZURE_142": "AZAI-ACC-002",   # ML compute cluster local auth
    "CKV_AZURE_144": "AZAI-RES-005",   # ML workspace public network access
    "CKV2_AZURE_49": "AZAI-RES-005",   # ML workspace public network (graph)
    "CKV2_AZURE_50": "AZAI-RES-007",   # HBI workspace storage not public
    "CKV_AZURE_19": "AZAI-MOD-001",    # Defender plan Standard (ward: only the AI plan)
    "CKV_AZURE_243": "AZAI-RES-002",   # ML workspace private endpoint (different semantics)
}
# Checks with no ward counterpart (not an AI-workload control).
UNMAPPED = {"CKV_AZURE_150": "compute cluster minimum nodes is a cost control",
            "CKV_AZURE_174": "API Management public network access is not in the AI catalog",
            "CKV_AZURE_234": "Defender for Resource Manager is not an AI plan"}

# (check, resource) -> (ward says, reason).  Keep in sync with docs/peer-agreement.md.
KNOWN = {
    ("CKV_AZURE_243", "Microsoft.MachineLearningServices/workspaces.pass1"):
        ("fail", "Checkov passes a managed-network private-endpoint outbound rule; AZAI-RES-002 asks for an inbound private endpoint to the workspace"),
    ("CKV_AZURE_243", "Microsoft.MachineLearningServices/workspaces.pass2"):
        ("fail", "as pass1: an outbound rule is not an inbound private endpoint"),
    ("CKV_AZURE_243", "Microsoft.MachineLearningServices/workspaces.fail1"):
        ("fail", ""),
    ("CKV_AZURE_19", "test_failure.tf"):
        ("pass", "the block has no resource_type, so it prices the VirtualMachines plan (the provider default); AZAI-MOD-001 judges only the AI plan"),
    ("CKV_AZURE_238", "azurerm_cognitive_account.pass"):
        ("fail", "identity type \"a\" is not a managed identity type; Checkov only asks for an identity block"),
    ("CKV2_AZURE_49", "azurerm_machine_learning_workspace.pass1"):
        ("fail", "public_network_access_enabled absent: the azurerm provider's default is true (public), Checkov passes an absent value"),
    ("CKV2_AZURE_50", "azurerm_machine_learning_workspace.pass1"):
        ("fail", "AZAI-RES-007 asks every workspace to reach its storage by identity (shared keys off), not only high-business-impact ones"),
    ("CKV2_AZURE_50", "azurerm_machine_learning_workspace.pass2"):
        ("fail", "as pass1: the workspace reaches its storage with shared keys (storage_account_access_type defaults to AccessKey)"),
}


def run_ward(ward, files):
    out = subprocess.run([ward, "check", "--no-config", "-f", "json", *files], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        return None, out.stderr.strip()[:300]
    return json.loads(out.stdout), ""


def verdicts(report, rule):
    """resource identity -> 'fail' | 'unknown' for findings of rule."""
    got = {}
    for f in report.get("findings", []):
        if f["rule"] != rule or f.get("suppressed"):
            continue
        r = f.get("resource", {})
        name = (r.get("name") or r.get("address") or "").split("/")[-1]
        for key in (f"{r.get('type')}.{name}", r.get("address") or ""):
            if f["status"] == "fail" or got.get(key) != "fail":
                got[key] = f["status"]
    return got


def inline_cases(ward, d, exp, check, rule, rows):
    """Checkov's inline cases: each .tf file is a module of its own (Terraform
    reads a directory as one module, so each is copied to a directory alone)."""
    agree, known, problems = 0, 0, []
    for case in exp["cases"]:
        want = "fail" if case["expected_result"] == "FAILED" else "pass"
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(os.path.join(d, case["file"]), os.path.join(tmp, "main.tf"))
            report, err = run_ward(ward, [os.path.join(tmp, "main.tf")])
        if report is None:
            problems.append(f"{check} {case['file']}: not read: {err}")
            continue
        got = verdicts(report, rule)
        mine = "fail" if "fail" in got.values() else ("unknown" if got else "pass")
        key = (check, case["file"])
        if mine == want:
            agree += 1
        elif key in KNOWN and KNOWN[key][0] == mine:
            known += 1
            rows.append((check, rule, f"{case['file']}: Checkov {want}, ward {mine}: {KNOWN[key][1]}"))
        else:
            problems.append(f"{check} ({rule}) {case['file']}: Checkov expects {want}, ward says {mine}")
    return agree, known, problems


def main():
    ward, corpus = sys.argv[1], sys.argv[2]
    base = os.path.join(corpus, "checkov")
    if not os.path.isdir(base):
        print("SKIP: no ../shared/corpus/checkov")
        return 77
    agree = disagree_known = unread = 0
    problems = []
    rows = []
    for fam in sorted(os.listdir(base)):
        for check_dir in sorted(os.listdir(os.path.join(base, fam))):
            exp_path = os.path.join(base, fam, check_dir, "expected.json")
            if not os.path.isfile(exp_path):
                continue
            exp = json.load(open(exp_path))
            check = exp["check_id"]
            if check in UNMAPPED:
                rows.append((check, "-", "not mapped: " + UNMAPPED[check]))
                continue
            rule = MAP[check]
            d = os.path.join(base, fam, check_dir)
            if "cases" in exp:
                a, k, p = inline_cases(ward, d, exp, check, rule, rows)
                agree += a
                disagree_known += k
                problems += p
                continue
            files = [os.path.join(d, f) for f in sorted(os.listdir(d)) if f != "expected.json"]
            report, err = run_ward(ward, files)
            errors = [] if report is None else [e for e in report.get("errors", []) if e.get("severity") == "error"]
            if report is None or errors:
                unread += 1
                why = err if report is None else errors[0]["message"]
                rows.append((check, rule, "inputs not read: " + why[:120]))
                continue
            got = verdicts(report, rule)
            cases = [(r, "fail") for r in exp.get("expected_failed") or []] + \
                    [(r, "pass") for r in exp.get("expected_passed") or []]
            for res, want in cases:
                mine = got.get(res, "pass")
                if mine == "unknown":
                    mine = "unknown"
                key = (check, res)
                if mine == want:
                    agree += 1
                    if key in KNOWN and KNOWN[key][1]:
                        problems.append(f"{check} {res}: listed as a disagreement but ward now agrees ({want})")
                elif key in KNOWN and KNOWN[key][0] == mine:
                    disagree_known += 1
                    rows.append((check, rule, f"{res}: Checkov {want}, ward {mine}: {KNOWN[key][1]}"))
                else:
                    problems.append(f"{check} ({rule}) {res}: Checkov expects {want}, ward says {mine}")
    for r in rows:
        print("  " + " | ".join(r))
    print(f"checkov agreement: {agree} resources agree, {disagree_known} known disagreements, "
          f"{unread} fixture sets not readable yet, {len(problems)} unexplained")
    for p in problems:
        print("FAIL " + p)
    print(f"{agree + disagree_known} passed, {len(problems)} failed")
    return 1 if problems else 0


sys.exit(main())
