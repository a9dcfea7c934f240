// notifications: codec and rules (docs/schema.md "notifications").
#include "tailor/documents/notification.hpp"

#include <algorithm>

#include "codec.hpp"

namespace tailor::documents {
namespace {
using namespace detail;
constexpr std::size_t max_data_keys = 50;
}  // namespace

std::optional<Notification> read_notification(const bj::value& v, const std::string& path, json::Issues& issues,
                                              Strictness strictness) {
    const Ctx c{issues, strictness};
    ObjectReader r(v, path, issues);
    if (!r.valid()) return std::nullopt;
    const auto mark = issues.size();
    Notification n;
    auto id = read_id(r, "notificationId", req);
    auto recipient = read_id(r, "recipientId", req);
    auto type = r.enumeration("type", req, notification_type_names);
    auto priority = r.enumeration("priority", req, priority_names);
    auto title = read_text(r, "title", req, 1, 200);
    auto message = read_text(r, "message", req, 1, 2000);
    const bj::object* data = read_map(r, "data", req, max_data_keys, "fields");
    const bool data_ok = data != nullptr;
    if (data) n.data = bj::value(*data);
    std::optional<std::vector<Channel>> channels;
    if (const bj::array* a = r.array("channels", req, 4)) {
        std::vector<Channel> list;
        bool ok = true;
        if (a->empty()) {
            issue(c, r.path_of("channels"), issue_code::too_short, "must name at least one channel");
            ok = false;
        }
        each(a, r.path_of("channels"), [&](const bj::value& e, const std::string& p) {
            auto ch = json::read_enum(e, p, issues, channel_names);
            if (!ch) ok = false;
            else if (std::find(list.begin(), list.end(), *ch) != list.end()) {
                issue(c, p, issue_code::duplicate, "repeats an earlier channel");
                ok = false;
            } else list.push_back(*ch);
        });
        if (ok) channels = list;
    }
    std::optional<bool> sent, delivered, read;
    if (auto s = r.object("status", req)) {
        sent = s->boolean("sent", req);
        delivered = s->boolean("delivered", req);
        read = s->boolean("read", req);
        n.status.sent_at = s->timestamp("sentAt", opt);
        n.status.delivered_at = s->timestamp("deliveredAt", opt);
        n.status.read_at = s->timestamp("readAt", opt);
        done(*s, c);
        // read ⇒ delivered ⇒ sent; a time is recorded only for what happened, in that order.
        if (delivered && sent && *delivered && !*sent)
            issue(c, s->path_of("delivered"), issue_code::inconsistent, "cannot be true while sent is false");
        if (read && delivered && *read && !*delivered)
            issue(c, s->path_of("read"), issue_code::inconsistent, "cannot be true while delivered is false");
        if (sent && !*sent && n.status.sent_at)
            issue(c, s->path_of("sentAt"), issue_code::inconsistent, "must be absent while sent is false");
        if (delivered && !*delivered && n.status.delivered_at)
            issue(c, s->path_of("deliveredAt"), issue_code::inconsistent, "must be absent while delivered is false");
        if (read && !*read && n.status.read_at)
            issue(c, s->path_of("readAt"), issue_code::inconsistent, "must be absent while read is false");
        check_not_before(c, n.status.delivered_at, n.status.sent_at, s->path_of("deliveredAt"), "deliveredAt", "sentAt");
        check_not_before(c, n.status.read_at, n.status.delivered_at, s->path_of("readAt"), "readAt", "deliveredAt");
    }
    n.expiry = r.timestamp("expiry", opt);
    auto created_at = r.timestamp("createdAt", req);
    done(r, c);
    if (n.expiry && created_at && !(*created_at < *n.expiry))
        issue(c, r.path_of("expiry"), issue_code::inconsistent, "must be after createdAt");
    check_not_before(c, n.status.sent_at, created_at, r.path_of("status") + "/sentAt", "sentAt", "createdAt");
    if (!clean_since(c, mark) || !data_ok ||
        !all(id, recipient, type, priority, title, message, channels, sent, delivered, read, created_at))
        return std::nullopt;
    n.notification_id = *id;
    n.recipient_id = *recipient;
    n.type = *type;
    n.priority = *priority;
    n.title = *title;
    n.message = *message;
    n.channels = *channels;
    n.status.sent = *sent;
    n.status.delivered = *delivered;
    n.status.read = *read;
    n.created_at = *created_at;
    return n;
}

Result<Notification> decode_notification(const bj::value& v, Strictness strictness) {
    return decode_with<Notification>(v, strictness, read_notification, "notification");
}

bj::value encode_notification(const Notification& n) {
    bj::object o;
    o.emplace("notificationId", n.notification_id);
    o.emplace("recipientId", n.recipient_id);
    o.emplace("type", json::enum_name(n.type, notification_type_names));
    o.emplace("priority", json::enum_name(n.priority, priority_names));
    o.emplace("title", n.title);
    o.emplace("message", n.message);
    o.emplace("data", n.data);
    bj::array channels;
    for (Channel ch : n.channels) channels.emplace_back(json::enum_name(ch, channel_names));
    o.emplace("channels", std::move(channels));
    bj::object s;
    s.emplace("sent", n.status.sent);
    s.emplace("delivered", n.status.delivered);
    s.emplace("read", n.status.read);
    put_optional_ts(s, "sentAt", n.status.sent_at);
    put_optional_ts(s, "deliveredAt", n.status.delivered_at);
    put_optional_ts(s, "readAt", n.status.read_at);
    o.emplace("status", std::move(s));
    put_optional_ts(o, "expiry", n.expiry);
    o.emplace("createdAt", encode_timestamp(n.created_at));
    return bj::value(std::move(o));
}

ValidationReport validate_notification(const bj::value& v) {
    return validate_with<Notification>(v, read_notification, encode_notification);
}

}  // namespace tailor::documents
