/* A C program using libtailor.so through the tailor_core package (tailor::shared).
 *   app_c [OP [JSON]]   default: core.version {}
 * Prints the envelope; exit status 0 when the call returned one. */
#include <stdio.h>
#include <string.h>

#include "tailor/tailor.h"

int main(int argc, char** argv) {
    const char* op = argc > 1 ? argv[1] : "core.version";
    const char* json = argc > 2 ? argv[2] : "{}";
    size_t len = 0;
    char* envelope = tailor_call_n(op, strlen(op), json, strlen(json), &len);
    if (!envelope || strlen(envelope) != len) return 1;
    printf("%s\n", envelope);
    tailor_free(envelope);
    return 0;
}
