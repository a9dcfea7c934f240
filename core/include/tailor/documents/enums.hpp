// tailor/documents/enums.hpp — the enumerations shared by several domains,
// with their JSON names. One list per concept: the validators, the status
// machine, pricing, rules and notifications all read these tables, so a name
// can never be accepted by one operation and rejected by another.
#pragma once

#include "tailor/json/reader.hpp"

namespace tailor::documents {

/// users.role — who a signed-in user is.
enum class Role { customer, employee, admin };
inline constexpr json::EnumName<Role> role_names[] = {
    {"customer", Role::customer}, {"employee", Role::employee}, {"admin", Role::admin}};

/// Actor.role in requests ({uid, role}): a signed-in user's role, or `system`
/// for scheduled jobs and payment webhooks acting without a person.
enum class ActorRole { customer, employee, admin, system };
inline constexpr json::EnumName<ActorRole> actor_role_names[] = {
    {"customer", ActorRole::customer}, {"employee", ActorRole::employee},
    {"admin", ActorRole::admin}, {"system", ActorRole::system}};

/// orders.status.current. Production states follow the garment through the
/// workshop; on_hold pauses (and resumes to the state it left); delivered and
/// cancelled are terminal. The transitions are in docs/lifecycle.md.
enum class OrderStatus {
    pending, confirmed, cutting, stitching, trial, alteration, finishing,
    quality_check, ready, delivered, cancelled, on_hold
};
inline constexpr json::EnumName<OrderStatus> order_status_names[] = {
    {"pending", OrderStatus::pending},         {"confirmed", OrderStatus::confirmed},
    {"cutting", OrderStatus::cutting},         {"stitching", OrderStatus::stitching},
    {"trial", OrderStatus::trial},             {"alteration", OrderStatus::alteration},
    {"finishing", OrderStatus::finishing},     {"quality_check", OrderStatus::quality_check},
    {"ready", OrderStatus::ready},             {"delivered", OrderStatus::delivered},
    {"cancelled", OrderStatus::cancelled},     {"on_hold", OrderStatus::on_hold}};

/// orders.serviceItems[].stage — each garment's own production stage, in order
/// of progress (cancelled is terminal and outside the order of progress).
enum class ItemStage {
    pending, cutting, stitching, trial, alteration, finishing, quality_check, ready, delivered, cancelled
};
inline constexpr json::EnumName<ItemStage> item_stage_names[] = {
    {"pending", ItemStage::pending},     {"cutting", ItemStage::cutting},
    {"stitching", ItemStage::stitching}, {"trial", ItemStage::trial},
    {"alteration", ItemStage::alteration}, {"finishing", ItemStage::finishing},
    {"quality_check", ItemStage::quality_check}, {"ready", ItemStage::ready},
    {"delivered", ItemStage::delivered}, {"cancelled", ItemStage::cancelled}};

/// orders.payment.status (the seed's list). Overpayment is reported as a flag
/// by payment.summarize, not as a status.
enum class PaymentStatus { pending, partially_paid, paid, refunded, failed };
inline constexpr json::EnumName<PaymentStatus> payment_status_names[] = {
    {"pending", PaymentStatus::pending}, {"partially_paid", PaymentStatus::partially_paid},
    {"paid", PaymentStatus::paid}, {"refunded", PaymentStatus::refunded}, {"failed", PaymentStatus::failed}};

/// PaymentTransaction.kind and .status.
enum class TransactionKind { charge, refund };
inline constexpr json::EnumName<TransactionKind> transaction_kind_names[] = {
    {"charge", TransactionKind::charge}, {"refund", TransactionKind::refund}};
enum class TransactionStatus { pending, succeeded, failed };
inline constexpr json::EnumName<TransactionStatus> transaction_status_names[] = {
    {"pending", TransactionStatus::pending}, {"succeeded", TransactionStatus::succeeded},
    {"failed", TransactionStatus::failed}};

/// customers.loyalty.tier, lowest first.
enum class LoyaltyTier { bronze, silver, gold, platinum };
inline constexpr json::EnumName<LoyaltyTier> loyalty_tier_names[] = {
    {"bronze", LoyaltyTier::bronze}, {"silver", LoyaltyTier::silver},
    {"gold", LoyaltyTier::gold}, {"platinum", LoyaltyTier::platinum}};

/// Order urgency (orders.timeline.urgent true ⇒ urgent) and customers.preferences.urgencyLevel.
enum class Urgency { standard, urgent };
inline constexpr json::EnumName<Urgency> urgency_names[] = {
    {"standard", Urgency::standard}, {"urgent", Urgency::urgent}};

/// employees.status.
enum class EmployeeStatus { active, on_leave, inactive };
inline constexpr json::EnumName<EmployeeStatus> employee_status_names[] = {
    {"active", EmployeeStatus::active}, {"on_leave", EmployeeStatus::on_leave},
    {"inactive", EmployeeStatus::inactive}};

/// employees.professional.skillLevel, lowest first.
enum class SkillLevel { apprentice, junior, senior, master };
inline constexpr json::EnumName<SkillLevel> skill_level_names[] = {
    {"apprentice", SkillLevel::apprentice}, {"junior", SkillLevel::junior},
    {"senior", SkillLevel::senior}, {"master", SkillLevel::master}};

/// notifications.priority and .channels[].
enum class Priority { low, medium, high, urgent };
inline constexpr json::EnumName<Priority> priority_names[] = {
    {"low", Priority::low}, {"medium", Priority::medium}, {"high", Priority::high}, {"urgent", Priority::urgent}};
enum class Channel { in_app, sms, email, push };
inline constexpr json::EnumName<Channel> channel_names[] = {
    {"in_app", Channel::in_app}, {"sms", Channel::sms}, {"email", Channel::email}, {"push", Channel::push}};

/// notifications.type — one per domain event a person is told about.
enum class NotificationType {
    order_created, order_confirmed, order_assigned, production_started, stage_changed,
    trial_scheduled, order_ready, order_delivered, order_cancelled, order_on_hold, order_resumed,
    payment_received, payment_failed, refund_issued, delivery_reminder, balance_reminder,
    trial_reminder, feedback_request, general
};
inline constexpr json::EnumName<NotificationType> notification_type_names[] = {
    {"order_created", NotificationType::order_created},
    {"order_confirmed", NotificationType::order_confirmed},
    {"order_assigned", NotificationType::order_assigned},
    {"production_started", NotificationType::production_started},
    {"stage_changed", NotificationType::stage_changed},
    {"trial_scheduled", NotificationType::trial_scheduled},
    {"order_ready", NotificationType::order_ready},
    {"order_delivered", NotificationType::order_delivered},
    {"order_cancelled", NotificationType::order_cancelled},
    {"order_on_hold", NotificationType::order_on_hold},
    {"order_resumed", NotificationType::order_resumed},
    {"payment_received", NotificationType::payment_received},
    {"payment_failed", NotificationType::payment_failed},
    {"refund_issued", NotificationType::refund_issued},
    {"delivery_reminder", NotificationType::delivery_reminder},
    {"balance_reminder", NotificationType::balance_reminder},
    {"trial_reminder", NotificationType::trial_reminder},
    {"feedback_request", NotificationType::feedback_request},
    {"general", NotificationType::general}};

/// Measurement units; values are read as fixed-point decimals (at most 3 places) and
/// compared in tenths of a micrometre, where both units are exact integers (docs/schema.md).
enum class LengthUnit { cm, in };
inline constexpr json::EnumName<LengthUnit> length_unit_names[] = {{"cm", LengthUnit::cm}, {"in", LengthUnit::in}};

/// Garment types with their own measurement sets (docs/schema.md).
enum class Garment { shirt, trouser, blazer, suit, blouse, kurti, other };
inline constexpr json::EnumName<Garment> garment_names[] = {
    {"shirt", Garment::shirt}, {"trouser", Garment::trouser}, {"blazer", Garment::blazer},
    {"suit", Garment::suit}, {"blouse", Garment::blouse}, {"kurti", Garment::kurti}, {"other", Garment::other}};

/// orders.status.history[].trigger — what caused a status change.
enum class TransitionTrigger { customer, employee, admin, system, payment };
inline constexpr json::EnumName<TransitionTrigger> transition_trigger_names[] = {
    {"customer", TransitionTrigger::customer}, {"employee", TransitionTrigger::employee},
    {"admin", TransitionTrigger::admin}, {"system", TransitionTrigger::system},
    {"payment", TransitionTrigger::payment}};

/// orders.pricing.discounts[]: where a discount came from, how it is expressed
/// (percent = valueBps, fixed = amount) and what it applies to (the whole order or one line).
enum class DiscountKind { coupon, manual, loyalty };
inline constexpr json::EnumName<DiscountKind> discount_kind_names[] = {
    {"coupon", DiscountKind::coupon}, {"manual", DiscountKind::manual}, {"loyalty", DiscountKind::loyalty}};
enum class DiscountType { percent, fixed };
inline constexpr json::EnumName<DiscountType> discount_type_names[] = {
    {"percent", DiscountType::percent}, {"fixed", DiscountType::fixed}};
enum class DiscountScope { order, line };
inline constexpr json::EnumName<DiscountScope> discount_scope_names[] = {
    {"order", DiscountScope::order}, {"line", DiscountScope::line}};

/// employees.schedule.exceptions[].kind — a day off, a shop holiday, or a half day.
enum class DateExceptionKind { leave, holiday, half_day };
inline constexpr json::EnumName<DateExceptionKind> date_exception_kind_names[] = {
    {"leave", DateExceptionKind::leave}, {"holiday", DateExceptionKind::holiday},
    {"half_day", DateExceptionKind::half_day}};

/// Weekday keys of employees.schedule.workingHours and .availability, Monday first.
enum class Weekday { mon, tue, wed, thu, fri, sat, sun };
inline constexpr json::EnumName<Weekday> weekday_names[] = {
    {"mon", Weekday::mon}, {"tue", Weekday::tue}, {"wed", Weekday::wed}, {"thu", Weekday::thu},
    {"fri", Weekday::fri}, {"sat", Weekday::sat}, {"sun", Weekday::sun}};

/// services.category — the kind of work a service is.
enum class ServiceCategory { stitching, alteration, repair, embroidery, finishing, consultation };
inline constexpr json::EnumName<ServiceCategory> service_category_names[] = {
    {"stitching", ServiceCategory::stitching}, {"alteration", ServiceCategory::alteration},
    {"repair", ServiceCategory::repair}, {"embroidery", ServiceCategory::embroidery},
    {"finishing", ServiceCategory::finishing}, {"consultation", ServiceCategory::consultation}};

/// services.type — whose garments the service is for.
enum class ServiceType { menswear, womenswear, kidswear, unisex };
inline constexpr json::EnumName<ServiceType> service_type_names[] = {
    {"menswear", ServiceType::menswear}, {"womenswear", ServiceType::womenswear},
    {"kidswear", ServiceType::kidswear}, {"unisex", ServiceType::unisex}};

/// customers.personalInfo.gender (optional; "undisclosed" when the customer prefers not to say).
enum class Gender { female, male, non_binary, undisclosed };
inline constexpr json::EnumName<Gender> gender_names[] = {
    {"female", Gender::female}, {"male", Gender::male}, {"non_binary", Gender::non_binary},
    {"undisclosed", Gender::undisclosed}};

}  // namespace tailor::documents
