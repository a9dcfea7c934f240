#include "tailor/assign/geo.hpp"

#include <array>
#include <cmath>

#include "tailor/money/decimal.hpp"

namespace tailor::assign {
namespace {

/// round(cos(k · 0.5°) · 2^30) for k = 0 … 180, generated once with Python's
/// math.cos (the table is data; nothing is computed with libm at run time).
constexpr std::array<std::int64_t, 181> cos_table = {{
    1073741824, 1073700939, 1073578288, 1073373879, 1073087729, 1072719860,
    1072270298, 1071739079, 1071126243, 1070431836, 1069655912, 1068798530,
    1067859754, 1066839657, 1065738315, 1064555814, 1063292242, 1061947697,
    1060522280, 1059016101, 1057429273, 1055761918, 1054014162, 1052186140,
    1050277989, 1048289855, 1046221891, 1044074252, 1041847103, 1039540613,
    1037154959, 1034690320, 1032146887, 1029524851, 1026824413, 1024045778,
    1021189159, 1018254771, 1015242840, 1012153594, 1008987269, 1005744105,
    1002424350, 999028257, 995556083, 992008094, 988384560, 984685757,
    980911966, 977063475, 973140576, 969143570, 965072759, 960928454,
    956710970, 952420630, 948057759, 943622690, 939115760, 934537312,
    929887697, 925167266, 920376381, 915515405, 910584710, 905584669,
    900515665, 895378084, 890172315, 884898757, 879557810, 874149882,
    868675383, 863134732, 857528349, 851856663, 846120104, 840319110,
    834454122, 828525588, 822533958, 816479688, 810363241, 804185082,
    797945680, 791645512, 785285058, 778864800, 772385229, 765846838,
    759250125, 752595592, 745883746, 739115098, 732290163, 725409462,
    718473518, 711482859, 704438018, 697339532, 690187940, 682983788,
    675727625, 668420001, 661061475, 653652607, 646193961, 638686104,
    631129609, 623525051, 615873009, 608174066, 600428808, 592637825,
    584801711, 576921062, 568996477, 561028562, 553017922, 544965168,
    536870912, 528735772, 520560366, 512345318, 504091252, 495798798,
    487468587, 479101254, 470697435, 462257770, 453782903, 445273479,
    436730145, 428153553, 419544355, 410903207, 402230767, 393527696,
    384794656, 376032312, 367241333, 358422386, 349576144, 340703281,
    331804471, 322880394, 313931728, 304959154, 295963357, 286945021,
    277904834, 268843482, 259761657, 250660051, 241539355, 232400266,
    223243478, 214069690, 204879599, 195673906, 186453311, 177218517,
    167970228, 158709147, 149435979, 140151432, 130856211, 121551025,
    112236583, 102913593, 93582766, 84244813, 74900443, 65550370,
    56195305, 46835961, 37473049, 28107284, 18739379, 9370046,
    0,
}};

constexpr std::int64_t micro_per_step = 500000;  // 0.5°

/// Metres per micro-degree of arc, scaled by 1e9: 2π · 6 371 008.8 m / 360e6.
constexpr std::int64_t nano_meters_per_micro_degree = 111194927;

/// value / 10^decimals as plain decimal text without trailing zeros ("-90", "4.5").
std::string format_scaled(std::int64_t value, int decimals) {
    const bool negative = value < 0;
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    std::uint64_t scale = 1;
    for (int d = 0; d < decimals; ++d) scale *= 10;
    std::string out = std::to_string(magnitude / scale);
    std::string frac = std::to_string(magnitude % scale);
    frac.insert(0, static_cast<std::size_t>(decimals) - frac.size(), '0');
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
    if (!frac.empty()) out += "." + frac;
    return negative ? "-" + out : out;
}

}  // namespace

std::optional<std::int64_t> read_fixed(const boost::json::value& v, const std::string& path,
                                       json::Issues& issues, int decimals, std::int64_t min,
                                       std::int64_t max) {
    std::string text;
    if (v.is_number()) text = money::number_to_plain_decimal(v);
    else if (v.is_string()) text = std::string(v.get_string());
    else {
        issues.add(path, issue_code::type_mismatch,
                   "must be a number, not " + std::string(json::kind_name(v)));
        return std::nullopt;
    }
    auto range_issue = [&] {
        issues.add(path, issue_code::out_of_range,
                   "must be between " + format_scaled(min, decimals) + " and " +
                       format_scaled(max, decimals));
        return std::nullopt;
    };
    // Round half away from zero at `decimals`: cut the text there, read the cut
    // text exactly (money::parse_decimal), then look at the first digit cut off.
    const std::size_t point = text.find('.');
    char first_cut = '0';
    if (point != std::string::npos && text.size() > point + 1 + static_cast<std::size_t>(decimals)) {
        const std::size_t keep = point + 1 + static_cast<std::size_t>(decimals);
        const std::string rest = text.substr(keep);
        if (rest.find_first_not_of("0123456789") != std::string::npos) {
            issues.add(path, issue_code::invalid_format, "must be a decimal number such as \"12.9716\"");
            return std::nullopt;
        }
        first_cut = rest[0];
        text.erase(decimals == 0 ? point : keep);
    }
    money::DecimalError why{};
    auto value = money::parse_decimal(text, decimals, &why);
    if (!value) {
        if (why == money::DecimalError::out_of_range) return range_issue();
        issues.add(path, issue_code::invalid_format, "must be a decimal number such as \"12.9716\"");
        return std::nullopt;
    }
    if (first_cut >= '5') *value += text[0] == '-' ? -1 : 1;
    if (*value < min || *value > max) return range_issue();
    return value;
}

std::optional<GeoPoint> read_geo_point(const boost::json::value& v, const std::string& path,
                                       json::Issues& issues) {
    json::ObjectReader r(v, path, issues);
    if (!r.valid()) return std::nullopt;
    const bool admin = !r.has("latitude") && r.has("_latitude");
    const char* lat_key = admin ? "_latitude" : "latitude";
    const char* lon_key = admin ? "_longitude" : "longitude";
    const auto* lat = r.field(lat_key, json::Presence::required);
    const auto* lon = r.field(lon_key, json::Presence::required);
    std::optional<std::int64_t> la, lo;
    if (lat) la = read_fixed(*lat, r.path_of(lat_key), issues, 6, -90000000, 90000000);
    if (lon) lo = read_fixed(*lon, r.path_of(lon_key), issues, 6, -180000000, 180000000);
    if (!la || !lo) return std::nullopt;
    return GeoPoint{*la, *lo};
}

std::int64_t cos_q30(std::int64_t abs_lat_micro) {
    if (abs_lat_micro < 0) abs_lat_micro = -abs_lat_micro;
    if (abs_lat_micro >= 90000000) return 0;
    const auto k = static_cast<std::size_t>(abs_lat_micro / micro_per_step);
    const std::int64_t frac = abs_lat_micro % micro_per_step;
    const std::int64_t lo = cos_table[k], hi = cos_table[k + 1];
    // hi ≤ lo; (lo − hi) · frac < 2^23 · 5e5 fits easily.
    return lo - ((lo - hi) * frac) / micro_per_step;
}

std::uint64_t isqrt(std::uint64_t x) {
    // A correctly rounded IEEE square root (identical on every platform) gives a
    // guess within one or two units; integer steps then make it exact, so the
    // result never depends on floating point.
    constexpr std::uint64_t max_root = 0xFFFFFFFFu;
    std::uint64_t r = static_cast<std::uint64_t>(std::sqrt(static_cast<double>(x)));
    if (r > max_root) r = max_root;
    while (r * r > x) --r;
    while (r < max_root && (r + 1) * (r + 1) <= x) ++r;
    return r;
}

Meters distance(const GeoPoint& a, const GeoPoint& b) {
    std::int64_t dlat = b.lat_micro - a.lat_micro;
    std::int64_t dlon = b.lon_micro - a.lon_micro;
    if (dlon > 180000000) dlon -= 360000000;
    if (dlon < -180000000) dlon += 360000000;
    if (dlat < 0) dlat = -dlat;
    if (dlon < 0) dlon = -dlon;
    const std::int64_t mean_lat = (a.lat_micro + b.lat_micro) / 2;
    // |dlon| ≤ 1.8e8 and cos ≤ 2^30: the product < 2^58.
    const std::int64_t x = (dlon * cos_q30(mean_lat)) >> 30;
    const auto sum = static_cast<std::uint64_t>(x * x) + static_cast<std::uint64_t>(dlat * dlat);
    const auto root = static_cast<std::int64_t>(isqrt(sum));  // micro-degrees of arc, < 2.1e8
    return Meters{(root * nano_meters_per_micro_degree + 500000000) / 1000000000};
}

}  // namespace tailor::assign
