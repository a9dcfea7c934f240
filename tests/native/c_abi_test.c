/* The C ABI used from plain C: calls, ownership, NULL handling, embedded NULs. */
#include <stdio.h>
#include <string.h>

#include "tailor/tailor.h"

static int failures = 0;
#define EXPECT(cond)                                                  \
    do {                                                              \
        if (!(cond)) {                                                \
            fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #cond); \
            ++failures;                                               \
        }                                                             \
    } while (0)

int main(void) {
    char expected[160];
    snprintf(expected, sizeof expected, "{\"ok\":true,\"result\":{\"version\":\"%s\",\"contract\":%d,\"tzdata\":\"%s\"}}",
             tailor_version(), tailor_contract_version(), TAILOR_TZDATA_RELEASE);
    char* out = tailor_call("core.version", "{}", 2);
    EXPECT(out != NULL && strcmp(out, expected) == 0);
    tailor_free(out);

    size_t len = 0;
    out = tailor_call_n("core.version", 12, "{} trailing", 11, &len);
    EXPECT(out != NULL && strncmp(out, "{\"ok\":false,\"error\":{\"code\":\"invalid_json\"", 42) == 0);
    EXPECT(out != NULL && len == strlen(out));
    tailor_free(out);

    out = tailor_call("no.such.op", "{}", 2);
    EXPECT(out != NULL && strstr(out, "\"code\":\"unknown_operation\"") != NULL);
    tailor_free(out);

    /* An embedded NUL is input, not a terminator: the JSON is then malformed. */
    out = tailor_call("core.version", "{}\0{}", 5);
    EXPECT(out != NULL && strstr(out, "\"code\":\"invalid_json\"") != NULL);
    tailor_free(out);

    out = tailor_call("core.version", NULL, 0);
    EXPECT(out != NULL && strstr(out, "\"code\":\"invalid_json\"") != NULL);
    tailor_free(out);

    EXPECT(tailor_call(NULL, "{}", 2) == NULL);
    tailor_free(NULL);

    printf("c_abi_test: %s\n", failures ? "FAILED" : "passed");
    return failures ? 1 : 0;
}
