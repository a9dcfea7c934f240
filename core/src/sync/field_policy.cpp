// The per-collection merge policy tables (see field_policy.hpp) and their
// Markdown rendering for docs/sync.md.
#include "tailor/sync/field_policy.hpp"

namespace tailor::sync {
namespace {

using K = FieldKind;

// Rows are in document order; every `map` row's unlisted children are scalar.
const std::vector<FieldPolicy> orders_table = {
    {"", K::map, "", "the document merges field by field"},
    {"/orderId", K::immutable, "", "identity of the document"},
    {"/customerId", K::immutable, "", "an order never changes hands"},
    {"/assignedEmployeeId", K::manual, "", "conflicting assignments are resolved by a person (seed)"},
    {"/serviceItems", K::scalar, "", "the item list as a whole (indexes are not stable ids offline)"},
    {"/customItems", K::scalar, "", "the item list as a whole"},
    {"/measurements", K::map, "", "each measurement is its own field"},
    {"/pricing", K::map, "", "each pricing field on its own"},
    {"/pricing/discounts", K::scalar, "", "the discount list as a whole (totals depend on all of it)"},
    {"/pricing/taxes", K::scalar, "", "the tax list as a whole"},
    {"/timeline", K::map, "", "order date, delivery date and urgency independently"},
    {"/status", K::map, "", "current status, history and lastUpdated independently"},
    {"/status/current", K::status, "", "last write wins when the status machine accepts the moves"},
    {"/status/history", K::append_only, "at+from+to+actor", "every recorded move is kept"},
    {"/payment", K::map, "", "payment fields independently"},
    {"/payment/transactions", K::append_only, "transactionId", "a payment is never lost"},
    {"/attachments", K::map, "", "images and documents independently"},
    {"/workAssignments", K::map, "", "each assignment key on its own"},
    {"/qualityChecks", K::append_only, "checkId", "every inspection is kept"},
    {"/feedback", K::map, "", "rating and comments independently"},
    {"/createdAt", K::immutable, "", "creation time never changes"},
};

const std::vector<FieldPolicy> customers_table = {
    {"", K::map, "", "the document merges field by field"},
    {"/customerId", K::immutable, "", "identity of the document"},
    {"/userId", K::immutable, "", "the login a profile belongs to"},
    {"/personalInfo", K::map, "", "name, email, phone… independently"},
    {"/measurements", K::map, "", "each measurement is its own field"},
    {"/measurements/customMeasurements", K::map, "", "each custom measurement on its own"},
    {"/preferences", K::map, "", "each preference on its own"},
    {"/preferences/budgetRange", K::map, "", "minimum and maximum independently"},
    {"/loyalty", K::map, "", "tier, points, totals independently (the server recomputes them)"},
    {"/addressBook", K::scalar, "", "the address list as a whole"},
    {"/emergencyContact", K::map, "", "contact fields independently"},
    {"/createdAt", K::immutable, "", "creation time never changes"},
};

const std::vector<FieldPolicy> employees_table = {
    {"", K::map, "", "the document merges field by field"},
    {"/employeeId", K::immutable, "", "identity of the document"},
    {"/userId", K::immutable, "", "the login a profile belongs to"},
    {"/personalInfo", K::map, "", "name, email, phone independently"},
    {"/professional", K::map, "", "skills, experience, level independently"},
    {"/schedule", K::map, "", "working hours, availability, exceptions independently"},
    {"/schedule/workingHours", K::map, "", "each weekday on its own"},
    {"/workload", K::map, "", "workload figures independently"},
    {"/performance", K::map, "", "performance figures independently"},
    {"/location", K::scalar, "", "latitude and longitude move together"},
    {"/createdAt", K::immutable, "", "creation time never changes"},
};

std::string code(std::string_view s) {
    return "`" + std::string(s) + "`";
}

}  // namespace

const std::vector<FieldPolicy>& policy_table(Collection collection) {
    switch (collection) {
        case Collection::orders: return orders_table;
        case Collection::customers: return customers_table;
        case Collection::employees: return employees_table;
    }
    return orders_table;
}

const FieldPolicy* find_policy(Collection collection, std::string_view pointer) {
    for (const FieldPolicy& row : policy_table(collection))
        if (row.pointer == pointer) return &row;
    return nullptr;
}

std::string render_policy_markdown() {
    std::string out;
    bool first = true;
    for (const auto& c : collection_names) {
        if (!first) out += "\n";
        first = false;
        out += "### " + std::string(c.name) + "\n\n";
        out += "| Field | Rule | Entry id | Why |\n";
        out += "|---|---|---|---|\n";
        for (const FieldPolicy& row : policy_table(c.value)) {
            out += "| " + (row.pointer.empty() ? std::string("(document)") : code(row.pointer));
            out += " | " + std::string(json::enum_name(row.kind, field_kind_names));
            out += " | " + (row.id_fields.empty() ? std::string("") : code(row.id_fields));
            out += " | " + std::string(row.why) + " |\n";
        }
        out += "\nAny field not listed merges as `scalar`.\n";
    }
    return out;
}

}  // namespace tailor::sync
