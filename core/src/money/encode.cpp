#include "tailor/money/encode.hpp"

namespace tailor::money {

boost::json::value to_json(const Money& amount) {
    boost::json::object o;
    o.emplace("minor", amount.minor());
    o.emplace("decimal", amount.to_decimal_string());
    return boost::json::value(std::move(o));
}

}  // namespace tailor::money
