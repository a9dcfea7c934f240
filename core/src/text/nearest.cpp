// "Did you mean …?" (tailor/text/nearest.hpp).
#include "tailor/text/nearest.hpp"

#include <algorithm>

namespace tailor::text {

namespace {

char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view last_segment(std::string_view s) {
    const auto slash = s.rfind('/');
    return slash == std::string_view::npos ? s : s.substr(slash + 1);
}

bool equal_folded(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return fold(x) == fold(y); });
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;
    // Three rolling rows: the transposition step looks two rows back.
    std::vector<std::size_t> two(m + 1), one(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j) one[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1;
            std::size_t d = std::min({one[j] + 1, cur[j - 1] + 1, one[j - 1] + cost});
            if (i > 1 && j > 1 && fold(a[i - 1]) == fold(b[j - 2]) && fold(a[i - 2]) == fold(b[j - 1]))
                d = std::min(d, two[j - 2] + 1);
            cur[j] = d;
            row_min = std::min(row_min, d);
        }
        if (row_min > limit) return limit + 1;
        std::swap(two, one);
        std::swap(one, cur);
    }
    return std::min(one[m], limit + 1);
}

NearestNames::NearestNames(std::string_view wanted, std::size_t max_distance, std::size_t keep)
    : wanted_(wanted), max_distance_(max_distance), keep_(keep) {}

void NearestNames::offer(std::string_view candidate) {
    std::size_t d = edit_distance(wanted_, candidate, max_distance_);
    if (d > max_distance_) {
        if (!equal_folded(last_segment(wanted_), last_segment(candidate)) || last_segment(wanted_).empty()) return;
        d = max_distance_ + 1;  // a segment match ranks after every near spelling
    }
    auto at = std::upper_bound(found_.begin(), found_.end(), d,
                               [](std::size_t value, const auto& entry) { return value < entry.first; });
    if (static_cast<std::size_t>(at - found_.begin()) >= keep_) return;
    found_.insert(at, {d, std::string(candidate)});
    if (found_.size() > keep_) found_.pop_back();
}

std::vector<std::string> NearestNames::best() const {
    std::vector<std::string> out;
    for (const auto& entry : found_) out.push_back(entry.second);
    return out;
}

std::string NearestNames::hint() const {
    if (found_.empty()) return "";
    std::string out = "; did you mean ";
    for (std::size_t i = 0; i < found_.size(); ++i) {
        if (i > 0) out += i + 1 == found_.size() ? " or " : ", ";
        out += "\"" + found_[i].second + "\"";
    }
    return out + "?";
}

}  // namespace tailor::text
