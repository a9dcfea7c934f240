// employees: codec and rules (docs/schema.md "employees").
#include "tailor/documents/employee.hpp"

#include <algorithm>

#include "codec.hpp"

namespace tailor::documents {
namespace {

using namespace detail;

constexpr std::size_t max_profile_entries = 50;
constexpr std::size_t max_exceptions = 366;

/// "HH:MM" → minutes after midnight (00:00–24:00), or nullopt.
std::optional<std::int64_t> clock_minutes(std::string_view s) {
    if (s.size() != 5 || s[2] != ':') return std::nullopt;
    for (std::size_t i : {0, 1, 3, 4})
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
    const int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
    if (m > 59 || h > 24 || (h == 24 && m != 0)) return std::nullopt;
    return h * 60 + m;
}

std::optional<DateException> read_exception(const bj::value& v, const std::string& path, const Ctx& c) {
    ObjectReader r(v, path, c.issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = c.issues.size();
    DateException e;
    auto date = read_text(r, "date", req, 10, 10);
    if (date && !is_iso_date(*date))
        issue(c, r.path_of("date"), issue_code::invalid_format, "must be a calendar date YYYY-MM-DD");
    auto kind = r.enumeration("kind", req, date_exception_kind_names);
    e.reason = read_text(r, "reason", opt, 1, 500);
    done(r, c);
    if (!clean_since(c, mark) || !all(date, kind)) return std::nullopt;
    e.date = *date;
    e.kind = *kind;
    return e;
}

}  // namespace

std::optional<Employee> read_employee(const bj::value& v, const std::string& path, json::Issues& issues,
                                      Strictness strictness) {
    const Ctx c{issues, strictness};
    ObjectReader r(v, path, issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = issues.size();
    Employee e;
    auto employee_id = read_id(r, "employeeId", req);
    auto user_id = read_id(r, "userId", req);
    // The document id is the owner's Firebase Auth uid (docs/schema.md, "Identity"):
    // the access rules compare it with request.auth.uid, and userId repeats it.
    if (employee_id && user_id && *employee_id != *user_id)
        issues.add(r.path_of("userId"), issue_code::inconsistent,
                   "must equal employeeId (\"" + *employee_id + "\"): an employee's document id is the owner's Firebase Auth uid");
    std::optional<std::string> name, email, phone;
    if (auto p = r.object("personalInfo", req)) {
        name = read_text(*p, "name", req, 1, 100);
        email = read_email(*p, "email", req);
        phone = read_phone(*p, "phone", req);
        done(*p, c);
    }
    std::optional<std::vector<std::string>> specializations, certifications;
    std::optional<std::int64_t> experience;
    std::optional<SkillLevel> skill;
    if (auto p = r.object("professional", req)) {
        specializations = read_string_list(*p, "specializations", req, max_profile_entries, 1, 100, true);
        experience = p->integer("experience", req, 0, 60);
        certifications = read_string_list(*p, "certifications", req, max_profile_entries, 1, 200, true);
        skill = p->enumeration("skillLevel", req, skill_level_names);
        done(*p, c);
    }
    std::optional<std::vector<Weekday>> availability;
    std::optional<std::vector<DateException>> exceptions;
    bool hours_ok = false;
    if (auto p = r.object("schedule", req)) {
        const auto hmark = issues.size();
        if (auto h = p->object("workingHours", req)) {
            for (const auto& day : weekday_names) {
                auto text = h->string(day.name, opt, json::StringRule{1, 11});
                if (!text) continue;
                DayHours dh;
                dh.day = day.value;
                if (*text == "off") {
                    e.schedule.working_hours.push_back(dh);
                    continue;
                }
                const auto start = text->size() == 11 && (*text)[5] == '-' ? clock_minutes(text->substr(0, 5))
                                                                             : std::nullopt;
                const auto end = text->size() == 11 && (*text)[5] == '-' ? clock_minutes(text->substr(6, 5))
                                                                           : std::nullopt;
                if (!start || !end) {
                    issue(c, h->path_of(day.name), issue_code::invalid_format,
                          "must be \"HH:MM-HH:MM\" (24-hour clock) or \"off\"");
                } else if (*end <= *start) {
                    issue(c, h->path_of(day.name), issue_code::inconsistent, "must end after it starts");
                } else {
                    dh.off = false;
                    dh.start_minute = *start;
                    dh.end_minute = *end;
                    e.schedule.working_hours.push_back(dh);
                }
            }
            done(*h, c);
        }
        hours_ok = clean_since(c, hmark);
        if (const bj::array* a = p->array("availability", req, 7)) {
            std::vector<Weekday> days;
            bool ok = true;
            each(a, p->path_of("availability"), [&](const bj::value& d, const std::string& dp) {
                auto day = json::read_enum(d, dp, issues, weekday_names);
                if (!day) ok = false;
                else if (std::find(days.begin(), days.end(), *day) != days.end()) {
                    issue(c, dp, issue_code::duplicate, "repeats an earlier day");
                    ok = false;
                } else days.push_back(*day);
            });
            if (ok) availability = days;
        }
        std::vector<std::string> dates;
        exceptions = read_list<DateException>(*p, "exceptions", req, max_exceptions,
            [&](const bj::value& x, const std::string& xp) {
                auto ex = read_exception(x, xp, c);
                if (!ex) return ex;
                if (std::find(dates.begin(), dates.end(), ex->date) != dates.end())
                    issue(c, xp + "/date", issue_code::duplicate, "repeats the date of an earlier exception");
                else dates.push_back(ex->date);
                return ex;
            });
        done(*p, c);
    }
    std::optional<std::int64_t> current_orders, capacity;
    std::optional<double> utilization;
    if (auto p = r.object("workload", req)) {
        current_orders = p->integer("currentOrders", req, 0, 10000);
        capacity = p->integer("capacity", req, 0, 10000);
        utilization = p->number("utilization", req, 0, 1);
        done(*p, c);
        if (current_orders && capacity && *current_orders > *capacity)
            issue(c, p->path_of("currentOrders"), issue_code::inconsistent, "must not exceed capacity");
    }
    std::optional<double> rating, feedback;
    std::optional<std::int64_t> completed, turnaround;
    if (auto p = r.object("performance", req)) {
        rating = read_rating(*p, "rating", req);
        completed = p->integer("completedOrders", req, 0, 10000000);
        turnaround = p->integer("averageTurnaround", req, 0, 365);
        feedback = read_rating(*p, "customerFeedback", req);
        done(*p, c);
    }
    auto status = r.enumeration("status", req, employee_status_names);
    if (auto p = r.object("location", opt)) {
        auto lat = p->number("latitude", req, -90, 90);
        auto lon = p->number("longitude", req, -180, 180);
        done(*p, c);
        if (lat && lon) e.location = GeoPoint{*lat, *lon};
    }
    auto created_at = r.timestamp("createdAt", req);
    auto updated_at = r.timestamp("updatedAt", req);
    done(r, c);
    check_not_before(c, updated_at, created_at, r.path_of("updatedAt"), "updatedAt", "createdAt");
    if (!clean_since(c, mark) || !hours_ok ||
        !all(employee_id, user_id, name, email, phone, specializations, experience, certifications, skill,
             availability, exceptions, current_orders, capacity, utilization, rating, completed, turnaround, feedback,
             status, created_at, updated_at))
        return std::nullopt;
    e.employee_id = *employee_id;
    e.user_id = *user_id;
    e.personal_info = EmployeeContact{*name, *email, *phone};
    e.professional = Professional{*specializations, *experience, *certifications, *skill};
    e.schedule.availability = *availability;
    e.schedule.exceptions = *exceptions;
    e.workload = Workload{*current_orders, *capacity, *utilization};
    e.performance = Performance{*rating, *completed, *turnaround, *feedback};
    e.status = *status;
    e.created_at = *created_at;
    e.updated_at = *updated_at;
    return e;
}

Result<Employee> decode_employee(const bj::value& v, Strictness strictness) {
    return decode_with<Employee>(v, strictness, read_employee, "employee");
}

namespace {
std::string clock_text(std::int64_t minutes) {
    const auto two = [](std::int64_t n) { return std::string(1, char('0' + n / 10)) + char('0' + n % 10); };
    return two(minutes / 60) + ":" + two(minutes % 60);
}
}  // namespace

bj::value encode_employee(const Employee& e) {
    bj::object o;
    o.emplace("employeeId", e.employee_id);
    o.emplace("userId", e.user_id);
    {
        bj::object x;
        x.emplace("name", e.personal_info.name);
        x.emplace("email", e.personal_info.email);
        x.emplace("phone", e.personal_info.phone);
        o.emplace("personalInfo", std::move(x));
    }
    {
        bj::object x;
        x.emplace("specializations", encode_strings(e.professional.specializations));
        x.emplace("experience", e.professional.experience);
        x.emplace("certifications", encode_strings(e.professional.certifications));
        x.emplace("skillLevel", json::enum_name(e.professional.skill_level, skill_level_names));
        o.emplace("professional", std::move(x));
    }
    {
        bj::object x;
        bj::object hours;
        for (const auto& d : e.schedule.working_hours)
            hours.emplace(json::enum_name(d.day, weekday_names),
                          d.off ? std::string("off") : clock_text(d.start_minute) + "-" + clock_text(d.end_minute));
        x.emplace("workingHours", std::move(hours));
        bj::array days;
        for (Weekday d : e.schedule.availability) days.emplace_back(json::enum_name(d, weekday_names));
        x.emplace("availability", std::move(days));
        x.emplace("exceptions", encode_list(e.schedule.exceptions, [](const DateException& ex) {
            bj::object y;
            y.emplace("date", ex.date);
            y.emplace("kind", json::enum_name(ex.kind, date_exception_kind_names));
            put_optional(y, "reason", ex.reason);
            return bj::value(std::move(y));
        }));
        o.emplace("schedule", std::move(x));
    }
    {
        bj::object x;
        x.emplace("currentOrders", e.workload.current_orders);
        x.emplace("capacity", e.workload.capacity);
        x.emplace("utilization", e.workload.utilization);
        o.emplace("workload", std::move(x));
    }
    {
        bj::object x;
        x.emplace("rating", e.performance.rating);
        x.emplace("completedOrders", e.performance.completed_orders);
        x.emplace("averageTurnaround", e.performance.average_turnaround);
        x.emplace("customerFeedback", e.performance.customer_feedback);
        o.emplace("performance", std::move(x));
    }
    o.emplace("status", json::enum_name(e.status, employee_status_names));
    if (e.location) {
        bj::object x;
        x.emplace("latitude", e.location->latitude);
        x.emplace("longitude", e.location->longitude);
        o.emplace("location", std::move(x));
    }
    o.emplace("createdAt", encode_timestamp(e.created_at));
    o.emplace("updatedAt", encode_timestamp(e.updated_at));
    return bj::value(std::move(o));
}

ValidationReport validate_employee(const bj::value& v) {
    return validate_with<Employee>(v, read_employee, encode_employee);
}

}  // namespace tailor::documents
