// tailor/text/nearest.hpp — "did you mean …?" for a name that is not in a list.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tailor::text {

/// Optimal-string-alignment edit distance (insertions, deletions, substitutions
/// and adjacent transpositions, each 1), compared ASCII case-insensitively.
/// Stops early and returns `limit + 1` once the distance must exceed `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

/// Collects the candidates nearest to a misspelled name, best first.
/// A candidate qualifies within `max_distance` edits of the whole name, or when
/// the last '/'-separated segments are equal ignoring case ("kolkata" →
/// "Asia/Kolkata"). Ties keep the order the candidates were offered in.
class NearestNames {
public:
    NearestNames(std::string_view wanted, std::size_t max_distance = 2, std::size_t keep = 3);
    void offer(std::string_view candidate);
    std::vector<std::string> best() const;
    /// `; did you mean "a"?` / `; did you mean "a", "b" or "c"?`, or "" when none qualified.
    std::string hint() const;

private:
    std::string wanted_;
    std::size_t max_distance_, keep_;
    std::vector<std::pair<std::size_t, std::string>> found_;  // (distance, name), sorted, at most keep_
};

}  // namespace tailor::text
