// tailor/rules/firestore_rules.hpp — renders the policy table as a complete
// firestore.rules file (rules_version = '2').
//
// Each table entry becomes one `allow <op>: if …;` statement (Firestore OR-s
// them) preceded by a comment with the entry id, so a denial reported by
// rules.authorize points at the exact line that would deny it in production.
// The committed examples/firestore/firestore.rules must equal this output
// (tests check); regenerate with scripts/gen-rules-matrix.py --write-rules.
#pragma once

#include <string>

namespace tailor::rules {

/// The full text of firestore.rules, ending with a newline.
std::string firestore_rules_text();

}  // namespace tailor::rules
