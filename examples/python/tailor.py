"""tailor-core from Python through the C ABI (libtailor.so), with ctypes only.

The same surface the Dart FFI binding uses (tailor_call_n, tailor_free,
tailor_version), to show the ABI works from a language other than C:

    from tailor import load, TailorException
    core = load()                               # finds libtailor.so (see below)
    core.call("core.version", "{}")             # -> envelope text, never raises for bad input
    core.invoke("core.version", {})             # -> the result dict, or raises TailorException

The library is found at $TAILOR_LIBRARY, else build/native-debug/native/libtailor.so
relative to the repository, else by the dynamic loader ("libtailor.so.0").
"""
from __future__ import annotations

import ctypes
import json
import os
from typing import Any, Dict, List, Optional

__all__ = ["TailorCore", "TailorException", "load"]


class TailorException(Exception):
    """An error envelope: a stable snake_case `code`, a `message`, and `details`
    ([{path, code, message}], paths are JSON Pointers into the input)."""

    def __init__(self, code: str, message: str, details: Optional[List[Dict[str, str]]] = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = list(details or [])

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


def _default_library() -> str:
    env = os.environ.get("TAILOR_LIBRARY")
    if env:
        return env
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    built = os.path.join(repo, "build", "native-debug", "native", "libtailor.so")
    return built if os.path.exists(built) else "libtailor.so.0"


class TailorCore:
    """One loaded libtailor. Every method may be called from any thread."""

    def __init__(self, path: Optional[str] = None):
        lib = ctypes.CDLL(path or _default_library())
        # char* tailor_call_n(const char* op, size_t op_len, const char* json, size_t len, size_t* out_len)
        # The result is declared as a raw pointer (not c_char_p) so that we keep it to free it.
        lib.tailor_call_n.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t,
                                      ctypes.POINTER(ctypes.c_size_t)]
        lib.tailor_call_n.restype = ctypes.c_void_p
        lib.tailor_free.argtypes = [ctypes.c_void_p]
        lib.tailor_free.restype = None
        lib.tailor_version.argtypes = []
        lib.tailor_version.restype = ctypes.c_char_p
        self._lib = lib
        self.version: str = lib.tailor_version().decode("utf-8")

    def call(self, op: str, json_text: str | bytes) -> str:
        """Operation name + JSON text (str, or UTF-8 bytes passed as they are) -> envelope text."""
        # "surrogatepass": a lone surrogate travels as its own 3-byte sequence and the
        # core reports invalid_utf8, as for the same string from JS or Dart, instead
        # of the text being changed or refused here.
        op_bytes = op.encode("utf-8", "surrogatepass")
        data = json_text.encode("utf-8", "surrogatepass") if isinstance(json_text, str) else bytes(json_text)
        out_len = ctypes.c_size_t(0)
        ptr = self._lib.tailor_call_n(op_bytes, len(op_bytes), data, len(data), ctypes.byref(out_len))
        if not ptr:
            raise MemoryError("tailor_call_n returned NULL (out of memory)")
        try:
            return ctypes.string_at(ptr, out_len.value).decode("utf-8")
        finally:
            self._lib.tailor_free(ptr)

    def invoke(self, op: str, input: Any = None) -> Any:
        """Runs `op` on a JSON-compatible value; returns the result or raises TailorException.

        NaN and Infinity are refused (json.dumps would write non-JSON), as the JS binding does."""
        try:
            text = json.dumps({} if input is None else input, ensure_ascii=False, allow_nan=False,
                              separators=(",", ":"))
        except ValueError as e:  # NaN / Infinity
            raise TailorException("number_out_of_range", str(e),
                                  [{"path": "", "code": "number_out_of_range", "message": str(e)}]) from None
        envelope = json.loads(self.call(op, text))
        if envelope["ok"]:
            return envelope["result"]
        err = envelope["error"]
        raise TailorException(err["code"], err["message"], err["details"])


def load(path: Optional[str] = None) -> TailorCore:
    return TailorCore(path)


if __name__ == "__main__":
    # python3 tailor.py [OP [JSON]]   prints the envelope (default: core.version {})
    import sys

    print(load().call(sys.argv[1] if len(sys.argv) > 1 else "core.version",
                      sys.argv[2] if len(sys.argv) > 2 else "{}"))
