#include "tailor/money/decimal.hpp"

#include "tailor/json/write.hpp"

namespace tailor::money {

std::optional<std::int64_t> parse_decimal(std::string_view text, int exponent, DecimalError* why) {
    auto fail = [why](DecimalError e) -> std::optional<std::int64_t> {
        if (why) *why = e;
        return std::nullopt;
    };
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative) ++i;
    const std::size_t int_start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    const std::size_t int_end = i;
    std::size_t frac_start = i, frac_end = i;
    if (i < text.size() && text[i] == '.') {
        frac_start = ++i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
        frac_end = i;
        if (frac_end == frac_start) return fail(DecimalError::not_a_number);
    }
    if (int_end == int_start || i != text.size()) return fail(DecimalError::not_a_number);

    // Significant fraction digits: trailing zeros do not count ("12.500" has 1).
    std::size_t last = frac_end;
    while (last > frac_start && text[last - 1] == '0') --last;
    if (static_cast<int>(last - frac_start) > exponent) return fail(DecimalError::too_many_decimals);

    std::int64_t value = 0;
    auto push = [&](char c) {
        if (value > (max_minor_units - (c - '0')) / 10) return false;
        value = value * 10 + (c - '0');
        return true;
    };
    for (std::size_t k = int_start; k < int_end; ++k)
        if (!push(text[k])) return fail(DecimalError::out_of_range);
    for (int d = 0; d < exponent; ++d) {
        const std::size_t k = frac_start + static_cast<std::size_t>(d);
        if (!push(k < last ? text[k] : '0')) return fail(DecimalError::out_of_range);
    }
    return negative ? -value : value;
}

std::string number_to_plain_decimal(const boost::json::value& number) {
    if (number.is_int64()) return std::to_string(number.get_int64());
    if (number.is_uint64()) return std::to_string(number.get_uint64());
    // ECMAScript form, then exponent notation expanded to plain digits.
    std::string s = json::format_double(number.get_double());
    const std::size_t e = s.find('e');
    if (e == std::string::npos) return s;
    std::string mantissa = s.substr(0, e);
    const int exp10 = std::stoi(s.substr(e + 1));
    const bool negative = mantissa[0] == '-';
    if (negative) mantissa.erase(0, 1);
    std::string digits;
    int point = 0;  // digits before the decimal point
    for (char c : mantissa) {
        if (c == '.') point = static_cast<int>(digits.size());
        else digits.push_back(c);
    }
    if (mantissa.find('.') == std::string::npos) point = static_cast<int>(digits.size());
    point += exp10;
    std::string out;
    if (point <= 0) {
        out = "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
    } else if (point >= static_cast<int>(digits.size())) {
        out = digits + std::string(static_cast<std::size_t>(point) - digits.size(), '0');
    } else {
        out = digits.substr(0, static_cast<std::size_t>(point)) + "." +
              digits.substr(static_cast<std::size_t>(point));
    }
    return negative ? "-" + out : out;
}

std::optional<Money> read_amount(const boost::json::value& v, const std::string& path,
                                 json::Issues& issues, const Currency& currency) {
    std::string text;
    if (v.is_number()) text = number_to_plain_decimal(v);
    else if (v.is_string()) text = std::string(v.get_string());
    else {
        issues.add(path, issue_code::type_mismatch,
                   "must be an amount (a number or a decimal string), not " + std::string(json::kind_name(v)));
        return std::nullopt;
    }
    DecimalError why{};
    auto minor = parse_decimal(text, currency.exponent(), &why);
    if (!minor) {
        switch (why) {
            case DecimalError::not_a_number:
                issues.add(path, issue_code::invalid_format, "must be a decimal amount such as \"19.99\"");
                break;
            case DecimalError::too_many_decimals:
                issues.add(path, "too_many_decimals",
                           std::string(currency.code()) + " amounts have at most " +
                               std::to_string(currency.exponent()) + " decimal places");
                break;
            case DecimalError::out_of_range:
                issues.add(path, issue_code::out_of_range,
                           "must be at most 9007199254740991 minor units in magnitude");
                break;
        }
        return std::nullopt;
    }
    return Money::of_minor(*minor, currency);
}

std::optional<Currency> read_currency(const boost::json::value& v, const std::string& path,
                                      json::Issues& issues) {
    auto code = json::read_string(v, path, issues);
    if (!code) return std::nullopt;
    auto c = Currency::from_code(*code);
    if (!c) issues.add(path, issue_code::invalid_enum, "must be a supported ISO 4217 currency code such as \"INR\"");
    return c;
}

}  // namespace tailor::money
