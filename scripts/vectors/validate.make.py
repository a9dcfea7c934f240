#!/usr/bin/env python3
"""Drafts the validate.* vectors (tests/vectors/validate.<collection>/<case>.json).

Every case states what it expects independently of the implementation:
  valid cases   — the canonical document, computed here from the sample with an
                  independent RFC 3339 canonicaliser (timestamps → UTC "Z", fraction
                  of 3/6/9 digits only when non-zero);
  invalid cases — the exact ordered list of (path, code) issues, reasoned by hand;
  error cases   — the envelope error code.
The script runs tailorctl (native-debug build), refuses to write any vector whose
answer differs from the stated expectation, and writes the whole envelope as
`expect` (messages included; review them in the diff).

usage: python3 scripts/vectors/validate.make.py   (after cmake --build --preset native-debug)
"""
import copy, datetime, json, pathlib, subprocess, sys

root = pathlib.Path(__file__).resolve().parents[2]
ctl = root / "build/native-debug/native/tailorctl"
samples = root / "examples/samples"

def load(collection):
    files = sorted((samples / collection).glob("*.json"))
    return json.loads(files[0].read_text())

TS_KEYS = {"createdAt", "updatedAt", "at", "orderDate", "deliveryDate", "lastUpdated", "takenAt", "uploadedAt",
           "assignedAt", "submittedAt", "joinDate", "dateOfBirth", "lastLogin", "sentAt", "deliveredAt", "readAt",
           "expiry"}

def rfc(seconds, nanos=0):
    t = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(seconds=seconds)
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if nanos:
        frac = f"{nanos:09d}"
        frac = frac[:3] if frac[3:] == "000000" else frac[:6] if frac[6:] == "000" else frac
        s += "." + frac
    return s + "Z"

def canon_ts(v):
    if isinstance(v, dict):
        if "seconds" in v: return rfc(v["seconds"], v.get("nanoseconds", 0))
        return rfc(v["_seconds"], v.get("_nanoseconds", 0))
    d = datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
    whole = d.replace(microsecond=0)
    secs = int((whole - datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)).total_seconds())
    return rfc(secs, d.microsecond * 1000)

def canon(doc, free=False):
    """The canonical form of a sample: timestamps rewritten, everything else as is."""
    if isinstance(doc, dict):
        out = {}
        for k, v in doc.items():
            if k in ("data", "deviceInfo"): out[k] = v  # free-form, verbatim
            elif k in TS_KEYS and v is not None and not isinstance(v, (int, float, bool)) and not (
                    isinstance(v, dict) and not ({"seconds", "_seconds"} & set(v))):
                out[k] = canon_ts(v)
            else: out[k] = canon(v)
        return out
    if isinstance(doc, list): return [canon(x) for x in doc]
    return doc

def ptr_tokens(path):
    return [t.replace("~1", "/").replace("~0", "~") for t in path.split("/")[1:]]

def setp(doc, path, value):
    doc = copy.deepcopy(doc)
    toks = ptr_tokens(path)
    cur = doc
    for t in toks[:-1]: cur = cur[int(t)] if isinstance(cur, list) else cur[t]
    last = toks[-1]
    if isinstance(cur, list):
        if last == "-": cur.append(value)
        else: cur[int(last)] = value
    else: cur[last] = value
    return doc

def delp(doc, path):
    doc = copy.deepcopy(doc)
    toks = ptr_tokens(path)
    cur = doc
    for t in toks[:-1]: cur = cur[int(t)] if isinstance(cur, list) else cur[t]
    if isinstance(cur, list): del cur[int(toks[-1])]
    else: del cur[toks[-1]]
    return doc

def edit(doc, *changes):
    """edit(doc, ("/a", 1), ("/b", DELETE), …)"""
    for path, value in changes:
        doc = delp(doc, path) if value is DELETE else setp(doc, path, value)
    return doc

DELETE = object()
cases = []

def V(op, name, note, input, document):
    cases.append(dict(op=op, name=name, note=note, input=input, kind="valid", document=document))

def I(op, name, note, input, issues):
    cases.append(dict(op=op, name=name, note=note, input=input, kind="invalid", issues=issues))

def T(op, name, note, text, issues):
    cases.append(dict(op=op, name=name, note=note, text=text, kind="invalid", issues=issues))

def E(op, name, note, text, code):
    cases.append(dict(op=op, name=name, note=note, text=text, kind="error", code=code))

exec((pathlib.Path(__file__).parent / "validate.cases.py").read_text())

failures = 0
written = 0
for c in cases:
    data = c["text"].encode() if "text" in c else json.dumps(c["input"], separators=(",", ":"), ensure_ascii=False).encode()
    out = json.loads(subprocess.run([str(ctl), c["op"]], input=data, capture_output=True).stdout)
    ok = False
    if c["kind"] == "error":
        ok = out.get("ok") is False and out["error"]["code"] == c["code"]
    elif out.get("ok"):
        r = out["result"]
        got = [(i["path"], i["code"]) for i in r["issues"]]
        if c["kind"] == "valid":
            ok = r["valid"] and json.dumps(r.get("document")) == json.dumps(c["document"]) and got == []  # key order too
        else:
            ok = (not r["valid"]) and got == [tuple(x) for x in c["issues"]] and "document" not in r
    if not ok:
        failures += 1
        print(f"MISMATCH {c['op']}/{c['name']}")
        if c["kind"] == "invalid": print("  expected", c["issues"])
        print("  got     ", json.dumps(out)[:1500])
        continue
    vec = {"op": c["op"]}
    if c.get("note"): vec["note"] = c["note"]
    if "text" in c: vec["inputText"] = c["text"]
    else: vec["input"] = c["input"]
    vec["expect"] = out
    d = root / "tests/vectors" / c["op"]
    d.mkdir(parents=True, exist_ok=True)
    (d / f"{c['name']}.json").write_text(json.dumps(vec, indent=2, ensure_ascii=False) + "\n")
    written += 1
print(f"{written} written, {failures} mismatches, {len(cases)} cases")
sys.exit(1 if failures else 0)
