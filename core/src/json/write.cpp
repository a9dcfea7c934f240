#include "tailor/json/write.hpp"

#include <cmath>
#include <cstdlib>

#include <boost/json/detail/ryu/ryu.hpp>

namespace tailor::json {
namespace {

namespace bj = boost::json;

void write_string(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out.push_back('"');
    // Copy runs of characters that need no escaping in one append.
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                out += "\\u00";
                out.push_back(hex[c >> 4]);
                out.push_back(hex[c & 0xF]);
        }
    }
    out.append(s.data() + run, s.size() - run);
    out.push_back('"');
}

void write_value(std::string& out, const bj::value& v, int indent, int level) {
    auto newline = [&](int lvl) {
        if (indent <= 0) return;
        out.push_back('\n');
        out.append(static_cast<std::size_t>(indent * lvl), ' ');
    };
    switch (v.kind()) {
        case bj::kind::null: out += "null"; break;
        case bj::kind::bool_: out += v.get_bool() ? "true" : "false"; break;
        case bj::kind::int64: out += std::to_string(v.get_int64()); break;
        case bj::kind::uint64: out += std::to_string(v.get_uint64()); break;
        case bj::kind::double_: out += format_double(v.get_double()); break;
        case bj::kind::string: write_string(out, std::string_view(v.get_string().data(), v.get_string().size())); break;
        case bj::kind::array: {
            const auto& a = v.get_array();
            out.push_back('[');
            bool first = true;
            for (const auto& item : a) {
                if (!first) out.push_back(',');
                first = false;
                newline(level + 1);
                write_value(out, item, indent, level + 1);
            }
            if (!a.empty()) newline(level);
            out.push_back(']');
            break;
        }
        case bj::kind::object: {
            const auto& o = v.get_object();
            out.push_back('{');
            bool first = true;
            for (const auto& kv : o) {
                if (!first) out.push_back(',');
                first = false;
                newline(level + 1);
                write_string(out, std::string_view(kv.key().data(), kv.key().size()));
                out.push_back(':');
                if (indent > 0) out.push_back(' ');
                write_value(out, kv.value(), indent, level + 1);
            }
            if (!o.empty()) newline(level);
            out.push_back('}');
            break;
        }
    }
}

}  // namespace

std::string format_double(double d) {
    if (!std::isfinite(d)) return "null";  // as JSON.stringify; parse() never yields these
    if (d == 0) return "0";                // +0 and -0 both print "0" in ECMAScript
    // Ryu gives the shortest round-trip digits as "[-]D[.DDD]E[-]X", using
    // integer arithmetic only, so native and wasm agree bit for bit.
    char buf[32];
    int len = boost::json::detail::ryu::d2s_buffered_n(d, buf);
    std::string_view r(buf, static_cast<std::size_t>(len));
    std::string out;
    if (r.front() == '-') {
        out.push_back('-');
        r.remove_prefix(1);
    }
    const std::size_t e_pos = r.find('E');
    std::string digits;
    for (char c : r.substr(0, e_pos))
        if (c != '.') digits.push_back(c);
    const int exponent = std::atoi(std::string(r.substr(e_pos + 1)).c_str());
    const int k = static_cast<int>(digits.size());
    const int n = exponent + 1;  // value = 0.digits × 10^n
    if (k <= n && n <= 21) {
        out += digits;
        out.append(static_cast<std::size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {
        out += digits.substr(0, static_cast<std::size_t>(n));
        out.push_back('.');
        out += digits.substr(static_cast<std::size_t>(n));
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-n), '0');
        out += digits;
    } else {
        out.push_back(digits[0]);
        if (k > 1) {
            out.push_back('.');
            out += digits.substr(1);
        }
        out.push_back('e');
        out.push_back(n - 1 >= 0 ? '+' : '-');
        out += std::to_string(std::abs(n - 1));
    }
    return out;
}

std::string write(const boost::json::value& value) {
    std::string out;
    write_value(out, value, 0, 0);
    return out;
}

void write_to(std::string& out, const boost::json::value& value) { write_value(out, value, 0, 0); }

void write_string_to(std::string& out, std::string_view text) { write_string(out, text); }

std::string write_pretty(const boost::json::value& value) {
    std::string out;
    write_value(out, value, 2, 0);
    return out;
}

}  // namespace tailor::json
