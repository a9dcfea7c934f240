// validate.* operations: the input is the stored document itself; the result
// is a ValidationReport ({"valid","issues","document"?}). An invalid document
// is a successful validation (ok:true, valid:false). Error envelopes are for
// input that is not a document at all: unparseable or over a limit (api::call
// produces those) or not a JSON object (invalid_input, below).
#include "tailor/api/domains.hpp"
#include "tailor/documents/customer.hpp"
#include "tailor/documents/employee.hpp"
#include "tailor/documents/notification.hpp"
#include "tailor/documents/order.hpp"
#include "tailor/documents/payment.hpp"
#include "tailor/documents/service.hpp"
#include "tailor/documents/user.hpp"

namespace tailor::documents {
namespace {

template <ValidationReport (*Validate)(const boost::json::value&)>
api::Outcome run(const boost::json::value& input) {
    // A value that is not an object is not a document at all: that is a wrong
    // input (error envelope invalid_input), not an invalid document.
    if (!input.is_object()) {
        json::Issues issues;
        issues.add("", issue_code::type_mismatch,
                   "must be an object (the document), not " + std::string(json::kind_name(input)));
        return issues.to_error("the input must be the document itself, a JSON object");
    }
    return Validate(input).to_json();
}

}  // namespace

std::vector<api::Operation> operations() {
    return {
        {"validate.customer", "Checks a /customers document; lists every issue; returns its canonical form.",
         &run<validate_customer>},
        {"validate.employee", "Checks an /employees document; lists every issue; returns its canonical form.",
         &run<validate_employee>},
        {"validate.notification",
         "Checks a /notifications document; lists every issue; returns its canonical form.",
         &run<validate_notification>},
        {"validate.order", "Checks an /orders document; lists every issue; returns its canonical form.",
         &run<validate_order>},
        {"validate.payment", "Checks a /payments document; lists every issue; returns its canonical form.",
         &run<validate_payment>},
        {"validate.service", "Checks a /services document; lists every issue; returns its canonical form.",
         &run<validate_service>},
        {"validate.user", "Checks a /users document; lists every issue; returns its canonical form.",
         &run<validate_user>},
    };
}

}  // namespace tailor::documents
