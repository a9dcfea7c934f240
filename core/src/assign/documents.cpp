#include "tailor/assign/documents.hpp"

#include <algorithm>

namespace tailor::assign {
namespace {

using documents::employee_status_names;
using documents::item_stage_names;
using documents::ItemStage;
using documents::skill_level_names;

constexpr json::StringRule id_rule{1, 128};
constexpr json::StringRule name_rule{1, 100};

std::string index_path(const std::string& path, std::size_t i) { return path + "/" + std::to_string(i); }

/// Reads an array of strings, sorted and de-duplicated (repeats carry no meaning here).
std::vector<std::string> read_string_set(json::ObjectReader& r, std::string_view key, std::size_t max,
                                         json::StringRule rule) {
    std::vector<std::string> out;
    const auto* list = r.array(key, json::Presence::optional, max);
    if (!list) return out;
    for (std::size_t i = 0; i < list->size(); ++i)
        if (auto s = json::read_string((*list)[i], index_path(r.path_of(key), i), r.issues(), rule))
            out.push_back(std::move(*s));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

template <class T>
void sort_unique_by_id(std::vector<T>& items, std::vector<std::size_t>& positions, const std::string& path,
                       const char* id_field, json::Issues& issues) {
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return items[a].id < items[b].id; });
    std::vector<T> sorted;
    sorted.reserve(items.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (!sorted.empty() && items[order[k]].id == sorted.back().id) {
            issues.add(index_path(path, positions[order[k]]) + "/" + id_field, issue_code::duplicate,
                       "repeats the id \"" + items[order[k]].id + "\"");
            continue;
        }
        sorted.push_back(std::move(items[order[k]]));
    }
    items = std::move(sorted);
}

}  // namespace

std::optional<EmployeeProfile> read_employee(const boost::json::value& v, const std::string& path,
                                             json::Issues& issues) {
    json::ObjectReader r(v, path, issues);
    if (!r.valid()) return std::nullopt;
    const std::size_t before = issues.size();
    EmployeeProfile e;
    if (auto id = r.string("employeeId", json::Presence::required, id_rule)) e.id = *id;
    if (auto s = r.enumeration("status", json::Presence::required, employee_status_names)) e.status = *s;
    if (auto p = r.object("professional", json::Presence::optional)) {
        e.specializations = read_string_set(*p, "specializations", limits::max_skills, name_rule);
        if (auto x = p->integer("experience", json::Presence::optional, 0, 100)) e.experience_years = *x;
        if (auto l = p->enumeration("skillLevel", json::Presence::optional, skill_level_names)) e.skill_level = *l;
    }
    if (const auto* s = r.field("schedule", json::Presence::optional))
        e.schedule = read_schedule(*s, r.path_of("schedule"), issues);
    if (auto w = r.object("workload", json::Presence::required)) {
        if (auto x = w->integer("currentOrders", json::Presence::required, 0, 100000)) e.current_orders = *x;
        if (auto x = w->integer("capacity", json::Presence::required, 0, 100000)) e.capacity = *x;
    }
    if (auto p = r.object("performance", json::Presence::optional)) {
        if (const auto* x = p->field("rating", json::Presence::optional))
            e.rating_hundredths = read_fixed(*x, p->path_of("rating"), issues, 2, 0, 500);
        if (const auto* x = p->field("customerFeedback", json::Presence::optional))
            e.feedback_hundredths = read_fixed(*x, p->path_of("customerFeedback"), issues, 2, 0, 500);
        if (auto x = p->integer("averageTurnaround", json::Presence::optional, 0, 3650)) e.turnaround_days = *x;
    }
    if (const auto* l = r.field("location", json::Presence::optional))
        e.location = read_geo_point(*l, r.path_of("location"), issues);
    if (issues.size() != before) return std::nullopt;
    return e;
}

std::optional<ServiceRequirements> read_service(const boost::json::value& v, const std::string& path,
                                                json::Issues& issues) {
    json::ObjectReader r(v, path, issues);
    if (!r.valid()) return std::nullopt;
    const std::size_t before = issues.size();
    ServiceRequirements s;
    if (auto id = r.string("serviceId", json::Presence::required, id_rule)) s.id = *id;
    if (auto q = r.object("requirements", json::Presence::optional)) {
        s.skills = read_string_set(*q, "skills", limits::max_skills, name_rule);
        if (auto x = q->integer("experience", json::Presence::optional, 0, 100)) s.experience_years = *x;
    }
    if (issues.size() != before) return std::nullopt;
    return s;
}

std::optional<CustomerLocation> read_customer(const boost::json::value& v, const std::string& path,
                                              json::Issues& issues) {
    json::ObjectReader r(v, path, issues);
    if (!r.valid()) return std::nullopt;
    const std::size_t before = issues.size();
    CustomerLocation c;
    if (auto id = r.string("customerId", json::Presence::required, id_rule)) c.id = *id;
    std::optional<GeoPoint> first, preferred;
    if (const auto* book = r.array("addressBook", json::Presence::optional, limits::max_addresses)) {
        for (std::size_t i = 0; i < book->size(); ++i) {
            json::ObjectReader a((*book)[i], index_path(r.path_of("addressBook"), i), issues);
            std::optional<GeoPoint> location;
            if (const auto* l = a.field("location", json::Presence::optional))
                location = read_geo_point(*l, a.path_of("location"), issues);
            const bool is_default = a.boolean("isDefault", json::Presence::optional).value_or(false);
            if (location && !first) first = location;
            if (location && is_default && !preferred) preferred = location;
        }
    }
    c.location = preferred ? preferred : first;
    if (issues.size() != before) return std::nullopt;
    return c;
}

std::vector<EmployeeProfile> read_employees(const boost::json::array& list, const std::string& path,
                                            json::Issues& issues) {
    std::vector<EmployeeProfile> out;
    std::vector<std::size_t> positions;
    for (std::size_t i = 0; i < list.size(); ++i)
        if (auto e = read_employee(list[i], index_path(path, i), issues)) {
            out.push_back(std::move(*e));
            positions.push_back(i);
        }
    sort_unique_by_id(out, positions, path, "employeeId", issues);
    return out;
}

std::vector<ServiceRequirements> read_services(const boost::json::array& list, const std::string& path,
                                               json::Issues& issues) {
    std::vector<ServiceRequirements> out;
    std::vector<std::size_t> positions;
    for (std::size_t i = 0; i < list.size(); ++i)
        if (auto s = read_service(list[i], index_path(path, i), issues)) {
            out.push_back(std::move(*s));
            positions.push_back(i);
        }
    sort_unique_by_id(out, positions, path, "serviceId", issues);
    return out;
}

std::optional<OrderDemand> read_order(const boost::json::value& v, const std::string& path,
                                      const std::vector<ServiceRequirements>* services, json::Issues& issues,
                                      std::string* customer_id) {
    json::ObjectReader r(v, path, issues);
    if (!r.valid()) return std::nullopt;
    const std::size_t before = issues.size();
    OrderDemand d;
    if (auto id = r.string("orderId", json::Presence::required, id_rule)) d.order_id = *id;
    if (auto c = r.string("customerId", json::Presence::optional, id_rule); c && customer_id) *customer_id = *c;
    if (const auto* items = r.array("serviceItems", json::Presence::required, limits::max_service_items)) {
        for (std::size_t i = 0; i < items->size(); ++i) {
            json::ObjectReader item((*items)[i], index_path(r.path_of("serviceItems"), i), issues);
            auto service_id = item.string("serviceId", json::Presence::required, id_rule);
            auto stage = item.enumeration("stage", json::Presence::optional, item_stage_names);
            if (!service_id || !services) continue;
            auto it = std::lower_bound(services->begin(), services->end(), *service_id,
                                       [](const ServiceRequirements& s, const std::string& id) { return s.id < id; });
            if (it == services->end() || it->id != *service_id) {
                issues.add(item.path_of("serviceId"), "unknown_service",
                           "names a service that is not in services: \"" + *service_id + "\"");
                continue;
            }
            if (stage == ItemStage::cancelled) continue;  // no work left for a cancelled garment
            d.skills.insert(d.skills.end(), it->skills.begin(), it->skills.end());
            d.experience_years = std::max(d.experience_years, it->experience_years);
        }
    }
    std::sort(d.skills.begin(), d.skills.end());
    d.skills.erase(std::unique(d.skills.begin(), d.skills.end()), d.skills.end());
    if (auto t = r.object("timeline", json::Presence::optional)) {
        d.delivery = t->timestamp("deliveryDate", json::Presence::optional);
        d.urgent = t->boolean("urgent", json::Presence::optional).value_or(false);
    }
    if (const auto* l = r.field("customerLocation", json::Presence::optional))
        d.customer_location = read_geo_point(*l, r.path_of("customerLocation"), issues);
    d.previous_employee_ids = read_string_set(r, "previousEmployeeIds", limits::max_previous_employees, id_rule);
    if (issues.size() != before) return std::nullopt;
    return d;
}

}  // namespace tailor::assign
