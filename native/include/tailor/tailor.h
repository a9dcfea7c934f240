/* tailor/tailor.h — the C ABI of tailor-core.
 *
 * One function runs any operation of the operation table: the same names, the
 * same JSON in, the same envelope out as the wasm module, tailorctl and the
 * native service. Usable from C, Dart FFI, Python ctypes, Go cgo, etc.
 *
 *   char* out = tailor_call("core.version", "{}", 2);
 *   puts(out);            // {"ok":true,"result":{"version":"0.1.0","contract":1}}
 *   tailor_free(out);
 *
 * Thread safety: every function may be called concurrently from any thread.
 * Nothing here aborts on bad input; errors are envelopes.
 */
#ifndef TAILOR_TAILOR_H
#define TAILOR_TAILOR_H

#include <stddef.h>

#if defined(_WIN32)
#  define TAILOR_API __declspec(dllexport)
#else
#  define TAILOR_API __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Runs operation `op` (NUL-terminated) on the `len` bytes of JSON text at `json`
 * (need not be NUL-terminated; may be NULL when len is 0). Returns the envelope
 * as a NUL-terminated UTF-8 string that the caller owns and must release with
 * tailor_free. Returns NULL only when memory is exhausted or `op` is NULL. */
TAILOR_API char* tailor_call(const char* op, const char* json, size_t len);

/* As tailor_call, with an explicit operation-name length, and the envelope's
 * length (excluding the terminating NUL) stored in *out_len when out_len is non-NULL. */
TAILOR_API char* tailor_call_n(const char* op, size_t op_len, const char* json, size_t len,
                               size_t* out_len);

/* Releases a string returned by tailor_call / tailor_call_n. NULL is ignored. */
TAILOR_API void tailor_free(char* envelope);

/* The library version, e.g. "0.1.0". Static storage; do not free. */
TAILOR_API const char* tailor_version(void);

/* The JSON contract version (see core.version). */
TAILOR_API int tailor_contract_version(void);

#ifdef __cplusplus
}
#endif

#endif /* TAILOR_TAILOR_H */
