#!/usr/bin/env python3
"""gencases.py: writes the test inputs and `.expect` files of tests/policies/.

Each spec file (tests/policies/tools/specs/<RULE-ID>.py) defines CASES, a list
of case dicts (see case()). For each case this script writes, into
tests/policies/<RULE-ID>/:

  <name>.json          a real ARM template or `terraform show -json` plan
  <name>.json.expect   the `ward test` expectations (rule, status, line[:col])

Locations are computed while the JSON is written, so the expectations follow
the files. With --scratch DIR it also writes, for each case that plain JSON can
express (no unknown values), a JSON resource list (the test vehicle of
src/cli/input_json.h) and checks it with `ward check --no-builtin` against the
same expectations, resolved in the scratch file.  That is how the rules are
exercised before the ARM and Terraform readers exist.

usage: gencases.py [--scratch DIR --ward PATH] [RULE-ID...]
"""
import copy
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "tests", "policies")
SPECS = os.path.join(HERE, "specs")

ARM_SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"


# ---- a JSON writer that remembers where every key is -------------------------------

class Writer:
    def __init__(self):
        self.lines = [""]
        self.keys = {}     # path tuple -> (line, col) of the key's opening quote
        self.starts = {}   # path tuple -> (line, col) of the value's first character

    def pos(self):
        return (len(self.lines), len(self.lines[-1]) + 1)

    def put(self, s):
        self.lines[-1] += s

    def nl(self, indent):
        self.lines.append("  " * indent)

    def value(self, v, path, indent):
        self.starts[path] = self.pos()
        if isinstance(v, dict):
            if not v:
                self.put("{}")
                return
            self.put("{")
            for i, (k, x) in enumerate(v.items()):
                self.nl(indent + 1)
                self.keys[path + (k,)] = self.pos()
                self.put(json.dumps(k) + ": ")
                self.value(x, path + (k,), indent + 1)
                if i + 1 < len(v):
                    self.put(",")
            self.nl(indent)
            self.put("}")
        elif isinstance(v, list):
            if not v:
                self.put("[]")
                return
            self.put("[")
            for i, x in enumerate(v):
                self.nl(indent + 1)
                self.value(x, path + (i,), indent + 1)
                if i + 1 < len(v):
                    self.put(",")
            self.nl(indent)
            self.put("]")
        else:
            self.put(json.dumps(v))

    def text(self):
        return "\n".join(self.lines) + "\n"


def dump(doc):
    w = Writer()
    w.value(doc, (), 0)
    return w


def split_path(p):
    out = []
    for part in p.split(".") if p else []:
        m = re.fullmatch(r"([^\[]*)((\[\d+\])*)", part)
        if m.group(1):
            out.append(m.group(1))
        for idx in re.findall(r"\[(\d+)\]", m.group(2)):
            out.append(int(idx))
    return tuple(out)


# ---- documents ------------------------------------------------------------------------

UNKNOWN = object()   # marks a Terraform value that is unknown until apply


def arm_template(case):
    doc = {"$schema": ARM_SCHEMA, "contentVersion": "1.0.0.0"}
    if case.get("parameters"):
        doc["parameters"] = case["parameters"]
    if case.get("variables"):
        doc["variables"] = case["variables"]
    doc["resources"] = case["resources"]
    if case.get("outputs"):
        doc["outputs"] = case["outputs"]
    return doc


def tf_strip_unknown(values):
    """values without UNKNOWN leaves, and the after_unknown tree."""
    if isinstance(values, dict):
        known, unk = {}, {}
        for k, v in values.items():
            if v is UNKNOWN:
                unk[k] = True
                continue
            kv, uv = tf_strip_unknown(v)
            known[k] = kv
            if uv not in ({}, [], None, False):
                unk[k] = uv
        return known, unk
    if isinstance(values, list):
        known, unk = [], []
        for v in values:
            if v is UNKNOWN:
                known.append(None)
                unk.append(True)
                continue
            kv, uv = tf_strip_unknown(v)
            known.append(kv)
            unk.append(uv if uv not in ({}, [], None) else False)
        if not any(unk):
            unk = []
        return known, unk
    return values, None


def tf_plan(case):
    pv, changes, conf = [], [], []
    for r in case["resources"]:
        addr = r["type"] + "." + r["name"]
        provider = "registry.terraform.io/azure/azapi" if r["type"].startswith("azapi_") else \
            "registry.terraform.io/hashicorp/azurerm"
        known, unk = tf_strip_unknown(r["values"])
        pv.append({"address": addr, "mode": "managed", "type": r["type"], "name": r["name"],
                   "provider_name": provider, "schema_version": 0, "values": known,
                   "sensitive_values": {}})
        changes.append({"address": addr, "mode": "managed", "type": r["type"], "name": r["name"],
                        "provider_name": provider,
                        "change": {"actions": r.get("actions", ["create"]), "before": None, "after": known,
                                   "after_unknown": unk or {}, "before_sensitive": False,
                                   "after_sensitive": {}}})
        exprs = {}
        for k, v in r.get("expressions", {}).items():
            exprs[k] = v
        for k, v in r["values"].items():
            if k in exprs:
                continue
            if v is UNKNOWN:
                # written in the configuration as an expression known only after
                # apply (an unknown the configuration does not set is the
                # provider's default: the reader treats it as absent)
                exprs[k] = {"references": ["var.%s" % k]}
                continue
            if isinstance(v, (str, int, float, bool)) and v is not None:
                exprs[k] = {"constant_value": v}
        conf.append({"address": addr, "mode": "managed", "type": r["type"], "name": r["name"],
                     "provider_config_key": "azapi" if r["type"].startswith("azapi_") else "azurerm",
                     "expressions": exprs, "schema_version": 0})
    doc = {"format_version": "1.2", "terraform_version": "1.9.5"}
    if case.get("variables"):
        doc["variables"] = {k: {"value": v} for k, v in case["variables"].items()}
    doc["planned_values"] = {"root_module": {"resources": pv}}
    doc["resource_changes"] = changes
    conf_root = {"resources": conf}
    if case.get("variables"):
        conf_root["variables"] = {k: {"default": v} for k, v in case["variables"].items()}
    doc["configuration"] = {"provider_config": {
        "azurerm": {"name": "azurerm", "full_name": "registry.terraform.io/hashicorp/azurerm",
                    "expressions": {"features": [{}]}}}, "root_module": conf_root}
    return doc


def has_unknown(case):
    if case["fmt"] == "tf":
        if any(r["type"].startswith("azapi_") for r in case["resources"]):
            return True   # the JSON vehicle cannot carry azapi's own `type` attribute
        return "UNKNOWN" in repr_unknown(case["resources"])
    return "[reference(" in json.dumps(case["resources"]) or "[list" in json.dumps(case["resources"]) \
        or case.get("scratch") is False


def repr_unknown(x):
    if x is UNKNOWN:
        return "UNKNOWN"
    if isinstance(x, dict):
        return "".join(repr_unknown(v) for v in x.values())
    if isinstance(x, list):
        return "".join(repr_unknown(v) for v in x)
    return ""


# ---- scratch JSON lists ------------------------------------------------------------------

def arm_eval(v, params, variables):
    """The few template expressions the test cases use: [parameters('x')], [variables('x')]."""
    if isinstance(v, dict):
        return {k: arm_eval(x, params, variables) for k, x in v.items()}
    if isinstance(v, list):
        return [arm_eval(x, params, variables) for x in v]
    if isinstance(v, str):
        m = re.fullmatch(r"\[parameters\('([^']+)'\)\]", v)
        if m:
            return copy.deepcopy(params[m.group(1)].get("defaultValue"))
        m = re.fullmatch(r"\[variables\('([^']+)'\)\]", v)
        if m:
            return copy.deepcopy(variables[m.group(1)])
        m = re.fullmatch(r"\[resourceId\('([^']+)', '([^']+)'(?:, '([^']+)')?\)\]", v)
        if m:
            t, n1, n2 = m.groups()
            tp = t.split("/")
            s = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/" + tp[0] + "/" + tp[1] + "/" + n1
            if n2:
                s += "/" + tp[2] + "/" + n2
            return s
        m = re.fullmatch(r"\[subscriptionResourceId\('Microsoft.Authorization/roleDefinitions', '([^']+)'\)\]", v)
        if m:
            return "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/" + m.group(1)
    return v


def scratch_list(case):
    items = []
    if case["fmt"] == "arm":
        params = case.get("parameters", {})
        variables = case.get("variables", {})
        names = {}
        for r in case["resources"]:
            body = arm_eval(r, params, variables)
            body = {"family": "arm", **body}
            items.append(body)
        for i, r in enumerate(items):
            n = r.get("name", "")
            if "/" in n:
                head = n.rsplit("/", 1)[0]
                for j, p in enumerate(items):
                    if p.get("name") == head and r["type"].lower().startswith(p["type"].lower() + "/"):
                        r["parent"] = j
        return items
    for r in case["resources"]:
        body = {"family": "terraform", "address": r["type"] + "." + r["name"], **r["values"]}
        # json vehicle: "type" names the resource type; azapi's own `type`
        # attribute cannot be carried, so azapi cases keep it as `type` only
        # when the resource type is azapi_resource (the rule reads a.type).
        if r["type"] == "azapi_resource":
            body["azapi_type"] = r["values"]["type"]
        body["type"] = r["type"]
        items.append(body)
    return items


# ---- expectations --------------------------------------------------------------------------

def resolve(w, fmt, where, scratch):
    """where = (resource index, path) -> "line[:col]".

    path None: the resource itself (line only).  A path ending in "@": the start
    of that property's value.  path "": an absent top-level
    attribute (ARM: the resource; plan JSON: the `values` key).  Otherwise the
    key of the property (or the deepest part that exists)."""
    idx, path = where
    if scratch:
        base = (idx,)
    elif fmt == "arm":
        # an int is a resource index; a string a top-level section ("outputs")
        base = ("resources", idx) if isinstance(idx, int) else (idx,)
    else:
        base = ("planned_values", "root_module", "resources", idx, "values")
    if path is None or (path == "" and (scratch or fmt == "arm")):
        start = w.starts[base if not (fmt == "tf" and not scratch) else base[:-1]]
        return "%d" % start[0]
    if path == "" and fmt == "tf":
        line, col = w.keys[base]
        return "%d:%d" % (line, col)
    if path.endswith("@"):
        # the value's first character (a value placed from a parameter or variable
        # into an array sits at the property's value, not at a key)
        line, col = w.starts[base + split_path(path[:-1])]
        return "%d:%d" % (line, col)
    key = base + split_path(path)
    if fmt == "tf" and scratch and path == "type":
        key = base + ("azapi_type",)
    if key and isinstance(key[-1], int):
        if key not in w.starts:
            raise SystemExit("no item %r in case" % (key,))
        line, col = w.starts[key]     # a list item: its first character
        return "%d:%d" % (line, col)
    if key not in w.keys:
        raise SystemExit("no key %r in case" % (key,))
    line, col = w.keys[key]
    return "%d:%d" % (line, col)


def expect_text(case, w, scratch=False):
    out = []
    if case.get("comment"):
        for line in case["comment"].strip().splitlines():
            out.append("# " + line)
    for name, value in case.get("params", {}).items():
        out.append("param %s = %s" % (name, json.dumps(value)))
    for rule in case.get("enable", []):
        out.append("enable %s" % rule)
    for e in case["expect"]:
        rule, status = e[0], e[1]
        if status == "none":
            out.append("expect %s none" % rule)
            continue
        sev = " " + e[3] if len(e) > 3 else ""   # optional severity: (rule, status, where, severity)
        out.append("expect %s %s %s%s" % (rule, status, resolve(w, case["fmt"], e[2], scratch), sev))
    return "\n".join(out) + "\n"


# ---- driver ---------------------------------------------------------------------------------

# ---- spec helpers ------------------------------------------------------------------------

LOC = "eastus"


def arm(type_, name, api, properties=None, **extra):
    """An ARM resource object; extra keys (kind, sku, identity, scope, dependsOn) go first."""
    r = {"type": type_, "apiVersion": api, "name": name, "location": extra.pop("location", LOC)}
    if r["location"] is None:
        del r["location"]
    for k, v in extra.items():
        r[k] = v
    if properties is not None:
        r["properties"] = properties
    return r


def arm_child(type_, name, api, properties=None, **extra):
    extra.setdefault("location", None)
    r = arm(type_, name, api, properties, **extra)
    return r


def tf(type_, name, values, **extra):
    r = {"type": type_, "name": name, "values": values}
    r.update(extra)
    return r


def param(type_, default):
    return {"type": type_, "defaultValue": default}


def case(name, fmt, resources, expect, **kw):
    c = {"name": name, "fmt": fmt, "resources": resources, "expect": expect}
    c.update(kw)
    return c


def load_spec(rule):
    ns = {"UNKNOWN": UNKNOWN, "arm": arm, "arm_child": arm_child, "tf": tf, "param": param,
          "case": case}
    path = os.path.join(SPECS, rule + ".py")
    with open(path) as f:
        exec(compile(f.read(), path, "exec"), ns)
    return ns["CASES"], ns.get("POLICY")


def policy_file(rule):
    for area in ("resources", "models", "access", "execution", "advisories"):
        p = os.path.join(ROOT, "policies", area, rule + ".ward")
        if os.path.exists(p):
            return p
    raise SystemExit("no policy file for " + rule)


def run_scratch(rule, cases, scratch, ward):
    ok = True
    d = os.path.join(scratch, rule)
    os.makedirs(d, exist_ok=True)
    for case in cases:
        if has_unknown(case) or case.get("scratch") is False:
            continue
        w = dump(scratch_list(case))
        f = os.path.join(d, case["name"] + ".json")
        with open(f, "w") as fh:
            fh.write(w.text())
        pol = policy_file(rule)
        if case.get("params"):
            src = open(pol).read()
            for name, value in case["params"].items():
                src, n = replace_param(src, name, value)
                if n == 0:
                    std = open(os.path.join(ROOT, "stdlib", "azure.ward")).read()
                    std2, m = replace_param(std, name, value)
                    if m == 0:
                        raise SystemExit("%s: unknown parameter %s" % (rule, name))
                    os.makedirs(os.path.join(d, case["name"] + ".std"), exist_ok=True)
                    with open(os.path.join(d, "std", "azure.ward"), "w") as fh:
                        fh.write(std2)
            pol = os.path.join(d, case["name"] + ".ward")
            with open(pol, "w") as fh:
                fh.write(src)
            inc = os.path.join(d, case["name"] + ".std") if os.path.exists(os.path.join(d, "std", "azure.ward")) else os.path.join(ROOT, "stdlib")
        else:
            inc = os.path.join(ROOT, "stdlib")
        r = subprocess.run([ward, "check", "--no-builtin", "--policy", pol, "--include", inc, "-f", "json", f],
                           capture_output=True, text=True)
        if r.returncode not in (0, 1):
            print("%s/%s: ward failed: %s%s" % (rule, case["name"], r.stdout, r.stderr))
            ok = False
            continue
        got = {}
        for fnd in json.loads(r.stdout)["findings"]:
            got.setdefault(fnd["rule"], []).append((fnd["status"], fnd["line"], fnd["column"], fnd["message"]))
        want = {}
        for e in case["expect"]:
            want.setdefault(e[0], [])
            if e[1] != "none":
                want[e[0]].append((e[1], resolve(w, case["fmt"], e[2], True)))
        for rid, exp in want.items():
            have = got.get(rid, [])
            hv = sorted((s, l, c) for s, l, c, _ in have)
            matched = []
            rest = list(hv)
            bad = False
            for st, loc in exp:
                parts = loc.split(":")
                found = None
                for h in rest:
                    if h[0] == st and h[1] == int(parts[0]) and (len(parts) == 1 or h[2] == int(parts[1])):
                        found = h
                        break
                if found:
                    rest.remove(found)
                else:
                    bad = True
            if bad or rest:
                ok = False
                print("%s/%s: %s expected %s, got %s" % (rule, case["name"], rid, exp,
                      [(s, "%d:%d" % (l, c), m) for s, l, c, m in have]))
            elif os.environ.get("VERBOSE"):
                for s, l, c, m in have:
                    print("  %s/%s: %s %d:%d %s" % (rule, case["name"], s, l, c, m))
    return ok


def replace_param(src, name, value):
    """Replaces the (possibly multi-line) default of `param name` in policy source."""
    m = re.search(r"(?m)^param %s(\s*:\s*\w+)?\s*=" % re.escape(name), src)
    if not m:
        return src, 0
    i, depth = m.end(), 0
    while i < len(src):
        ch = src[i]
        if ch in "[{(":
            depth += 1
        elif ch in "]})":
            depth -= 1
        elif ch == "\n" and depth == 0 and src[m.end():i].strip():
            break
        i += 1
    return src[:m.start()] + "param %s = %s" % (name, ward_literal(value)) + src[i:], 1


def ward_literal(v):
    return json.dumps(v)


def main(argv):
    scratch, ward, rules = None, None, []
    i = 0
    while i < len(argv):
        if argv[i] == "--scratch":
            scratch = argv[i + 1]
            i += 2
        elif argv[i] == "--ward":
            ward = argv[i + 1]
            i += 2
        else:
            rules.append(argv[i])
            i += 1
    if not rules:
        rules = sorted(f[:-3] for f in os.listdir(SPECS) if f.endswith(".py"))
    ok = True
    for rule in rules:
        cases, _ = load_spec(rule)
        d = os.path.join(OUT, rule)
        os.makedirs(d, exist_ok=True)
        names = set()
        for case in cases:
            assert case["name"] not in names, case["name"]
            names.add(case["name"])
            doc = arm_template(case) if case["fmt"] == "arm" else tf_plan(case)
            w = dump(doc)
            with open(os.path.join(d, case["name"] + ".json"), "w") as fh:
                fh.write(w.text())
            with open(os.path.join(d, case["name"] + ".json.expect"), "w") as fh:
                fh.write(expect_text(case, w))
        if scratch:
            ok = run_scratch(rule, cases, scratch, ward) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
