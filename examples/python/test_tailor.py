"""Exercises the C ABI from Python (ctypes): the envelopes must equal tailorctl's.

Run: python3 examples/python/test_tailor.py   (TAILOR_LIBRARY, TAILORCTL override the paths)
Uses only the standard library (unittest)."""
import os
import subprocess
import sys
import threading
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tailor import TailorException, load  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TAILORCTL = os.environ.get("TAILORCTL", os.path.join(REPO, "build", "native-debug", "native", "tailorctl"))


def ctl(op, data):
    r = subprocess.run([TAILORCTL, op], input=data if isinstance(data, bytes) else data.encode(), capture_output=True)
    assert r.returncode in (0, 2), r
    return r.stdout.decode("utf-8").rstrip("\n")


class CAbiFromPython(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.core = load()

    def test_every_operation_matches_tailorctl(self):
        listing = self.core.invoke("core.operations", {})["operations"]
        self.assertIn("core.version", [o["name"] for o in listing])
        for o in listing:
            for text in ["{}", "[]", '{"unexpected":true}', "{", ""]:
                self.assertEqual(self.core.call(o["name"], text), ctl(o["name"], text), (o["name"], text))

    def test_bytes_are_passed_unchanged(self):
        # Invalid UTF-8 and an embedded NUL must reach the core as they are (tailor_call_n takes a length).
        for data in [b'{"a":"\xff"}', b'{"a":"x\x00y"}', b"{}\x00"]:
            self.assertEqual(self.core.call("core.version", data), ctl("core.version", data), data)

    def test_lone_surrogate_reaches_the_core(self):
        env = self.core.call("core.version", '{"a":"\ud800"}')
        self.assertEqual(env, ctl("core.version", b'{"a":"\xed\xa0\x80"}'))
        self.assertIn('"code":"invalid_utf8"', env)

    def test_invoke_returns_results_and_raises_errors(self):
        self.assertEqual(self.core.invoke("core.version", {})["version"], self.core.version)
        with self.assertRaises(TailorException) as e:
            self.core.invoke("core.version", {"extra": 1})
        self.assertEqual(e.exception.code, "invalid_input")
        self.assertEqual(e.exception.details[0]["path"], "/extra")
        self.assertEqual(e.exception.details[0]["code"], "unknown_field")
        with self.assertRaises(TailorException) as e:
            self.core.invoke("no.such_op", {})
        self.assertEqual(e.exception.code, "unknown_operation")
        with self.assertRaises(TailorException) as e:
            self.core.invoke("core.version", {"x": float("nan")})
        self.assertEqual(e.exception.code, "number_out_of_range")

    def test_concurrent_calls(self):
        want = ctl("core.operations", "{}")
        results = []

        def worker():
            for _ in range(50):
                results.append(self.core.call("core.operations", "{}"))

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(len(results), 200)
        self.assertTrue(all(r == want for r in results))


if __name__ == "__main__":
    unittest.main(verbosity=1)
