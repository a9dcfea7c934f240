# The validate.* cases, read by validate.make.py (which defines V, I, T, E, edit,
# canon, DELETE and load). Each invalid case lists the exact issues, in order.

# ---------------------------------------------------------------- shared cases
COLLECTIONS = {"validate.user": "users", "validate.customer": "customers", "validate.order": "orders",
               "validate.service": "services", "validate.employee": "employees",
               "validate.notification": "notifications", "validate.payment": "payments"}
BASE = {op: load(col) for op, col in COLLECTIONS.items()}
CANON = {op: canon(doc) for op, doc in BASE.items()}
ID_FIELD = {"validate.user": "userId", "validate.customer": "customerId", "validate.order": "orderId",
            "validate.service": "serviceId", "validate.employee": "employeeId",
            "validate.notification": "notificationId", "validate.payment": "paymentId"}
REQUIRED = {
    "validate.user": ["userId", "email", "displayName", "role", "createdAt", "updatedAt", "preferences", "stats"],
    "validate.customer": ["customerId", "userId", "personalInfo", "measurements", "preferences", "loyalty",
                          "addressBook", "createdAt", "updatedAt"],
    "validate.order": ["orderId", "customerId", "serviceItems", "customItems", "measurements", "pricing", "timeline",
                       "status", "payment", "attachments", "workAssignments", "qualityChecks", "createdAt",
                       "updatedAt"],
    "validate.service": ["serviceId", "name", "category", "type", "pricing", "capacity", "requirements",
                         "scheduling", "isActive", "isPopular", "rating", "createdAt", "updatedAt"],
    "validate.employee": ["employeeId", "userId", "personalInfo", "professional", "schedule", "workload",
                          "performance", "status", "createdAt", "updatedAt"],
    "validate.notification": ["notificationId", "recipientId", "type", "priority", "title", "message", "data",
                              "channels", "status", "createdAt"],
    "validate.payment": ["paymentId", "orderId", "customerId", "kind", "status", "amount", "currency", "method",
                         "idempotencyKey", "createdAt"],
}
CREATED = 1704067200  # 2024-01-01T00:00:00Z, before every sample's other instants

for op in COLLECTIONS:
    base, cn, idf = BASE[op], CANON[op], ID_FIELD[op]
    V(op, "sample_document", "examples/samples document; timestamps in mixed shapes come back as RFC 3339 UTC",
      base, cn)
    V(op, "canonical_is_idempotent", "the canonical form validates to exactly itself", cn, cn)
    V(op, "firestore_timestamp_shape", "{seconds,nanoseconds}: 1704067200 s = 2024-01-01T00:00:00Z, 0.5 s → .500",
      edit(base, ("/createdAt", {"seconds": CREATED, "nanoseconds": 500000000})),
      edit(cn, ("/createdAt", "2024-01-01T00:00:00.500Z")))
    V(op, "admin_timestamp_shape", "{_seconds,_nanoseconds} with 123456789 ns keeps all nine digits",
      edit(base, ("/createdAt", {"_seconds": CREATED, "_nanoseconds": 123456789})),
      edit(cn, ("/createdAt", "2024-01-01T00:00:00.123456789Z")))
    E(op, "top_level_array", "a value that is not an object is not a document: error envelope invalid_input",
      json.dumps([base], ensure_ascii=False), "invalid_input")
    E(op, "top_level_null", None, "null", "invalid_input")
    I(op, "empty_object", "every required field is reported, in schema order", {},
      [("/" + f, "required") for f in REQUIRED[op]])
    I(op, "unknown_field", "strict: a field the schema does not define is reported (typo guard)",
      edit(base, ("/colour", "red")), [("/colour", "unknown_field")])
    I(op, "id_null", "null for a required field is a type mismatch, not absence", edit(base, ("/" + idf, None)),
      [("/" + idf, "type_mismatch")])
    I(op, "id_empty", None, edit(base, ("/" + idf, "")), [("/" + idf, "too_short")])
    I(op, "id_too_long", "ids are at most 128 characters", edit(base, ("/" + idf, "x" * 129)),
      [("/" + idf, "too_long")])
    I(op, "id_with_slash", "a '/' would make a Firestore sub-path", edit(base, ("/" + idf, "a/b")),
      [("/" + idf, "invalid_format")])
    I(op, "timestamp_both_shapes", "seconds and _seconds together are ambiguous",
      edit(base, ("/createdAt", {"seconds": 1, "_seconds": 1})), [("/createdAt", "invalid_format")])
    I(op, "timestamp_bad_date", "30 February does not exist", edit(base, ("/createdAt", "2026-02-30T10:00:00Z")),
      [("/createdAt", "invalid_format")])
    E(op, "malformed_json", "unparseable input is an error envelope, not a validation",
      '{"' + idf + '": "x",', "invalid_json")
    E(op, "too_deep", "65 nested arrays exceed the depth limit of 64",
      '{"' + idf + '": ' + "[" * 65 + "]" * 65 + "}", "too_deep")

def insert_before(doc, key, value, before):
    """A copy of doc with key: value placed just before `before` (schema order)."""
    out = {}
    for k, v in doc.items():
        if k == before: out[key] = value
        out[k] = v
    return out

# created/updated ordering (all but notification and payment have updatedAt)
for op in ["validate.user", "validate.customer", "validate.order", "validate.service", "validate.employee"]:
    I(op, "updated_before_created", "updatedAt must not be before createdAt",
      edit(BASE[op], ("/updatedAt", "2020-01-01T00:00:00Z")), [("/updatedAt", "inconsistent")])

exec((pathlib.Path(__file__).parent / "validate.cases_order.py").read_text())
exec((pathlib.Path(__file__).parent / "validate.cases_others.py").read_text())
