#!/usr/bin/env python3
"""Write tests/vectors/<op>/<case>.json from an input, recording what tailorctl
answers today as `expect`. For drafting only: review every expectation by hand
(and explain non-obvious ones in "note") before committing it.

usage: make-vector.py OP CASE (--input JSON | --text TEXT | --hex HEX) [--note NOTE] [--dir DIR]
"""
import argparse, json, pathlib, subprocess, sys

root = pathlib.Path(__file__).resolve().parent.parent
ap = argparse.ArgumentParser()
ap.add_argument("op"); ap.add_argument("case")
g = ap.add_mutually_exclusive_group(required=True)
g.add_argument("--input"); g.add_argument("--text"); g.add_argument("--hex")
ap.add_argument("--note"); ap.add_argument("--dir")
ap.add_argument("--ctl", default=str(root / "build/native-debug/native/tailorctl"))
a = ap.parse_args()
vec = {"op": a.op}
if a.note: vec["note"] = a.note
if a.input is not None:
    vec["input"] = json.loads(a.input); data = json.dumps(vec["input"], separators=(",", ":"), ensure_ascii=False).encode()
elif a.text is not None:
    vec["inputText"] = a.text; data = a.text.encode()
else:
    vec["inputHex"] = a.hex; data = bytes.fromhex(a.hex)
out = subprocess.run([a.ctl, a.op], input=data, capture_output=True).stdout
vec["expect"] = json.loads(out)
d = root / "tests/vectors" / (a.dir or a.op); d.mkdir(parents=True, exist_ok=True)
p = d / f"{a.case}.json"
p.write_text(json.dumps(vec, indent=2, ensure_ascii=False) + "\n")
print(p.relative_to(root)); print(json.dumps(vec["expect"], ensure_ascii=False))
