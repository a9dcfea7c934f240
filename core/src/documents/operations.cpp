// validate.* operations: the input is the stored document itself; the result
// is a ValidationReport ({"valid","issues","document"?}). An invalid document
// is a successful validation (ok:true, valid:false); only unparseable input or
// exceeded limits are error envelopes, and api::call produces those.
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
