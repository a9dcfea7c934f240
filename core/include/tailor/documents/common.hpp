// tailor/documents/common.hpp — pieces shared by several stored documents:
// addresses, file references, identifier and format rules, and the decoding
// strictness switch.
//
// Why: every collection repeats ids, e-mails, phone numbers, countries and
// timestamps; checking them in one place means one operation can never accept
// what another rejects. The rules and limits are listed in docs/schema.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tailor/money/money.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::documents {

/// How a decoder treats fields the schema does not define.
///  strict  — every unknown field is an `unknown_field` issue (validate.* uses this).
///  lenient — unknown fields are ignored: for other domains that embed a stored
///            Firestore document in their input and read only what they use.
enum class Strictness { strict, lenient };

/// The shop's default currency (INR), used where a stored document carries an
/// amount but no currency field (customers.loyalty, services.pricing).
money::Currency default_currency();
/// 0 in the default currency: the initial value of amount members, so document
/// structs are default-constructible. Decoders always overwrite it.
money::Money zero_amount();

/// Longest accepted document id (Firestore allows 1500 bytes; ours are generated ids).
inline constexpr std::size_t max_id_length = 128;

/// A postal address (customers.addressBook[]).
struct Address {
    std::optional<std::string> label;  ///< "Home", "Office" (≤ 50).
    std::string line1;                 ///< 1–200.
    std::optional<std::string> line2;  ///< ≤ 200.
    std::string city;                  ///< 1–100.
    std::optional<std::string> state;  ///< ≤ 100.
    std::string postal_code;           ///< 1–20 letters, digits, spaces, hyphens.
    std::string country;               ///< ISO 3166-1 alpha-2, upper case ("IN").
};

/// A file in Cloud Storage attached to an order (ImageReference / DocumentReference).
struct FileReference {
    std::string storage_path;  ///< Path inside the bucket, 1–1024, no leading '/'.
    std::string content_type;  ///< MIME type; images must be image/*.
    std::int64_t size_bytes = 0;  ///< 1 … 50 MiB (images 20 MiB).
    Timestamp uploaded_at;
};
using ImageReference = FileReference;
using DocumentReference = FileReference;

// ---- Formats (pure predicates; the codecs turn a false into an invalid_format issue) ----

/// Pragmatic RFC 5321 mailbox: local@domain, ≤ 254 chars, local part ≤ 64 chars of
/// letters, digits and !#$%&'*+/=?^_`{|}~.- without leading, trailing or double dots;
/// domain of ≥ 2 dot-separated labels of letters, digits and inner hyphens (≤ 63 each),
/// the last label alphabetic and ≥ 2 letters. No quoted local parts, no IP literals.
bool is_email(std::string_view text);

/// E.164: '+', then 8–15 digits, the first not 0.
bool is_e164_phone(std::string_view text);

/// An officially assigned ISO 3166-1 alpha-2 code (upper case), from a fixed table.
bool is_country_code(std::string_view text);

/// A calendar date "YYYY-MM-DD" (years 0001–9999, real month lengths, leap years).
bool is_iso_date(std::string_view text);

/// A document id: 1–128 characters, no '/', not "." or ".." (Firestore path rules).
bool is_document_id(std::string_view text);

}  // namespace tailor::documents
