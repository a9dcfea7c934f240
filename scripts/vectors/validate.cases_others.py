# validate.customer / employee / service / notification / payment / user cases.

# ---------------------------------------------------------------- customers
op = "validate.customer"
B, C = BASE[op], CANON[op]
cm_profile = {"unit": "cm", "chest": 91.5, "waist": 78.7, "hips": 101.6, "length": 106.7, "shoulder": 36.8,
              "sleeve": 41.9, "customMeasurements": {"blouseBackNeck": 20.3, "armRound": 28.6}}
V(op, "measurements_in_cm", "36 in chest = 91.44 cm; 91.5 cm = 36.02 in lies in 26–64 in",
  edit(B, ("/measurements", cm_profile)), edit(C, ("/measurements", cm_profile)))
V(op, "optional_parts_absent", "no emergency contact, budget, birth date, gender or custom measurements",
  edit(B, ("/emergencyContact", DELETE), ("/preferences/budgetRange", DELETE), ("/personalInfo/dateOfBirth", DELETE),
       ("/personalInfo/gender", None), ("/measurements/customMeasurements", DELETE)),
  edit(C, ("/emergencyContact", DELETE), ("/preferences/budgetRange", DELETE), ("/personalInfo/dateOfBirth", DELETE),
       ("/personalInfo/gender", DELETE), ("/measurements/customMeasurements", DELETE)))
loyal = dict(C["loyalty"])
loyal_with_currency = {"tier": loyal["tier"], "points": loyal["points"], "currency": "INR",
                       "totalSpent": loyal["totalSpent"], "joinDate": loyal["joinDate"]}
V(op, "explicit_loyalty_currency", "an explicit currency is kept, in schema order (before totalSpent)",
  edit(B, ("/loyalty/currency", "INR")), edit(C, ("/loyalty", loyal_with_currency)))
I(op, "email_and_phone_format", "phone needs '+' and country code (E.164)",
  edit(B, ("/personalInfo/email", "priya.sharma@"), ("/personalInfo/phone", "9876543210")),
  [("/personalInfo/email", "invalid_format"), ("/personalInfo/phone", "invalid_format")])
I(op, "country_not_iso", "'XX' is not assigned; 'in' must be upper case",
  edit(B, ("/addressBook/0/country", "XX"), ("/addressBook/-", {"line1": "12 MG Road", "city": "Pune",
                                                                "postalCode": "411001", "country": "in"})),
  [("/addressBook/0/country", "invalid_format"), ("/addressBook/1/country", "invalid_format")])
I(op, "postal_code_format", None, edit(B, ("/addressBook/0/postalCode", "410210#")),
  [("/addressBook/0/postalCode", "invalid_format")])
I(op, "too_many_addresses", "at most 20 addresses", edit(B, ("/addressBook", [B["addressBook"][0]] * 21)),
  [("/addressBook", "too_many")])
I(op, "measurement_cm_typed_as_inches", "chest 91.5 with unit in is above 64 in",
  edit(B, ("/measurements/chest", 91.5)), [("/measurements/chest", "implausible_measurement")])
I(op, "measurements_without_unit", None, edit(B, ("/measurements/unit", DELETE)), [("/measurements/unit", "required")])
I(op, "custom_measurement_name_too_long", "names are 1–40 characters",
  edit(B, ("/measurements/customMeasurements/" + "n" * 41, 10)),
  [("/measurements/customMeasurements/" + "n" * 41, "invalid_format")])
I(op, "custom_measurement_implausible", "400 in is above the 120 in limit for free measurements",
  edit(B, ("/measurements/customMeasurements/armRound", 400)),
  [("/measurements/customMeasurements/armRound", "implausible_measurement")])
I(op, "loyalty_points_negative", None, edit(B, ("/loyalty/points", -5)), [("/loyalty/points", "out_of_range")])
I(op, "loyalty_tier_invalid", None, edit(B, ("/loyalty/tier", "diamond")), [("/loyalty/tier", "invalid_enum")])
I(op, "budget_min_above_max", None, edit(B, ("/preferences/budgetRange/min", 7000)),
  [("/preferences/budgetRange/max", "inconsistent")])
I(op, "duplicate_preferred_service", None,
  edit(B, ("/preferences/preferredServices/1", "svc_blouse_stitching")), [("/preferences/preferredServices/1", "duplicate")])
I(op, "birth_after_creation", None, edit(B, ("/personalInfo/dateOfBirth", "2026-01-01T00:00:00Z")),
  [("/personalInfo/dateOfBirth", "inconsistent")])
I(op, "gender_and_urgency_invalid", None,
  edit(B, ("/personalInfo/gender", "f"), ("/preferences/urgencyLevel", "asap")),
  [("/personalInfo/gender", "invalid_enum"), ("/preferences/urgencyLevel", "invalid_enum")])
I(op, "emergency_phone_invalid", None, edit(B, ("/emergencyContact/phone", "+0123")),
  [("/emergencyContact/phone", "invalid_format")])

# ---------------------------------------------------------------- employees
op = "validate.employee"
B, C = BASE[op], CANON[op]
V(op, "no_location_round_the_clock", "location is optional; 00:00-24:00 is a whole day",
  edit(B, ("/location", DELETE), ("/schedule/workingHours", {"mon": "00:00-24:00"})),
  edit(C, ("/location", DELETE), ("/schedule/workingHours", {"mon": "00:00-24:00"})))
I(op, "workload_over_capacity", "9 current orders > capacity 8", edit(B, ("/workload/currentOrders", 9)),
  [("/workload/currentOrders", "inconsistent")])
I(op, "utilization_above_one", "utilization is a fraction 0–1", edit(B, ("/workload/utilization", 1.2)),
  [("/workload/utilization", "out_of_range")])
I(op, "ratings_out_of_range", "0 means unrated; otherwise 1–5",
  edit(B, ("/performance/rating", 0.5), ("/performance/customerFeedback", 5.5)),
  [("/performance/rating", "out_of_range"), ("/performance/customerFeedback", "out_of_range")])
I(op, "working_hours_format", "HH:MM with two digits; the end after the start; weekday keys mon…sun",
  edit(B, ("/schedule/workingHours/mon", "9:00-18:00"), ("/schedule/workingHours/tue", "18:00-09:00"),
       ("/schedule/workingHours/monday", "10:00-19:00")),
  [("/schedule/workingHours/mon", "invalid_format"), ("/schedule/workingHours/tue", "inconsistent"),
   ("/schedule/workingHours/monday", "unknown_field")])
I(op, "availability_duplicate_day", None, edit(B, ("/schedule/availability", ["mon", "mon"])),
  [("/schedule/availability/1", "duplicate")])
I(op, "exception_dates", "2026 is not a leap year; each date at most once",
  edit(B, ("/schedule/exceptions/0/date", "2026-02-29"), ("/schedule/exceptions/-", {"date": "2026-03-21", "kind": "leave"})),
  [("/schedule/exceptions/0/date", "invalid_format"), ("/schedule/exceptions/2/date", "duplicate")])
I(op, "exception_kind_invalid", None, edit(B, ("/schedule/exceptions/1/kind", "sick")),
  [("/schedule/exceptions/1/kind", "invalid_enum")])
I(op, "location_out_of_range", None, edit(B, ("/location/latitude", 95), ("/location/longitude", -181)),
  [("/location/latitude", "out_of_range"), ("/location/longitude", "out_of_range")])
I(op, "enums_invalid", None, edit(B, ("/professional/skillLevel", "expert"), ("/status", "fired")),
  [("/professional/skillLevel", "invalid_enum"), ("/status", "invalid_enum")])
I(op, "experience_out_of_range", "0–60 years", edit(B, ("/professional/experience", 70)),
  [("/professional/experience", "out_of_range")])
I(op, "email_invalid", "the last domain label must be letters", edit(B, ("/personalInfo/email", "ramesh@silaistudio.1n")),
  [("/personalInfo/email", "invalid_format")])

# ---------------------------------------------------------------- services
op = "validate.service"
B, C = BASE[op], CANON[op]
V(op, "default_currency_no_bounds", "no currency (INR assumed, not added) and no min/max price",
  edit(B, ("/pricing/currency", DELETE), ("/pricing/minPrice", DELETE), ("/pricing/maxPrice", DELETE)),
  edit(C, ("/pricing/currency", DELETE), ("/pricing/minPrice", DELETE), ("/pricing/maxPrice", DELETE)))
V(op, "unrated_service", "average 0 and count 0; an empty distribution adds up to 0",
  edit(B, ("/rating", {"average": 0, "count": 0, "distribution": {}})),
  edit(C, ("/rating", {"average": 0, "count": 0, "distribution": {}})))
I(op, "base_price_below_min", None, edit(B, ("/pricing/basePrice", 600), ("/pricing/tierPricing/standard", 700)),
  [("/pricing/basePrice", "inconsistent")])
I(op, "tier_price_above_max", None, edit(B, ("/pricing/tierPricing/designer", 4000)),
  [("/pricing/tierPricing/designer", "inconsistent")])
I(op, "min_above_max", None, edit(B, ("/pricing/minPrice", 4000)), [("/pricing/maxPrice", "inconsistent")])
I(op, "queue_over_limit", None, edit(B, ("/capacity/currentQueue", 41)), [("/capacity/currentQueue", "inconsistent")])
I(op, "distribution_does_not_add_up", "2 + 3 + 5 + 20 + 90 = 120 ≠ 125",
  edit(B, ("/rating/distribution/5", 90)), [("/rating/distribution", "inconsistent")])
I(op, "average_zero_with_ratings", None, edit(B, ("/rating/average", 0)), [("/rating/average", "inconsistent")])
I(op, "distribution_unknown_key", "keys are \"1\" to \"5\"", edit(B, ("/rating/distribution/6", 0)),
  [("/rating/distribution/6", "unknown_field")])
I(op, "category_and_type_invalid", None, edit(B, ("/category", "tailoring"), ("/type", "ladies")),
  [("/category", "invalid_enum"), ("/type", "invalid_enum")])
I(op, "duration_zero", "estimatedDuration is 1–43200 minutes", edit(B, ("/scheduling/estimatedDuration", 0)),
  [("/scheduling/estimatedDuration", "out_of_range")])
I(op, "duplicate_skill", None, edit(B, ("/requirements/skills", ["blouse", "blouse"])),
  [("/requirements/skills/1", "duplicate")])
I(op, "tier_pricing_not_object", None, edit(B, ("/pricing/tierPricing", [900])), [("/pricing/tierPricing", "type_mismatch")])
I(op, "price_too_many_decimals", None, edit(B, ("/pricing/basePrice", 900.505)),
  [("/pricing/basePrice", "too_many_decimals")])

# ---------------------------------------------------------------- notifications
op = "validate.notification"
B, C = BASE[op], CANON[op]
fresh = edit(C, ("/status", {"sent": False, "delivered": False, "read": False}), ("/expiry", DELETE), ("/data", {}))
V(op, "unsent_minimal", "not yet sent: no times; empty data", fresh, fresh)
V(op, "data_kept_verbatim", "data is free-form and comes back unchanged (nested values included)",
  edit(B, ("/data", {"orderId": "ord_2026_0001", "amounts": {"due": 2180.25}, "items": ["item-1", None]})),
  edit(C, ("/data", {"orderId": "ord_2026_0001", "amounts": {"due": 2180.25}, "items": ["item-1", None]})))
I(op, "read_without_delivered", None,
  edit(B, ("/status/delivered", False), ("/status/deliveredAt", DELETE), ("/status/read", True)),
  [("/status/read", "inconsistent")])
I(op, "delivered_without_sent", None, edit(B, ("/status/sent", False), ("/status/sentAt", DELETE)),
  [("/status/delivered", "inconsistent")])
I(op, "time_without_event", "readAt is recorded only once read", edit(B, ("/status/readAt", "2026-03-04T11:00:00Z")),
  [("/status/readAt", "inconsistent")])
I(op, "delivered_before_sent", None, edit(B, ("/status/deliveredAt", "2026-03-04T10:00:04Z")),
  [("/status/deliveredAt", "inconsistent")])
I(op, "sent_before_created", None, edit(B, ("/status/sentAt", "2026-03-04T09:00:00Z"),
                                        ("/status/deliveredAt", "2026-03-04T09:00:01Z")),
  [("/status/sentAt", "inconsistent")])
I(op, "expiry_not_after_creation", None, edit(B, ("/expiry", "2026-03-04T10:00:01Z")), [("/expiry", "inconsistent")])
I(op, "channels_empty", None, edit(B, ("/channels", [])), [("/channels", "too_short")])
I(op, "channels_duplicate_and_unknown", None, edit(B, ("/channels", ["sms", "sms", "whatsapp"])),
  [("/channels/1", "duplicate"), ("/channels/2", "invalid_enum")])
I(op, "channels_too_many", "at most 4 channels", edit(B, ("/channels", ["sms", "email", "push", "in_app", "sms"])),
  [("/channels", "too_many")])
I(op, "data_not_object", None, edit(B, ("/data", "ord_2026_0001")), [("/data", "type_mismatch")])
I(op, "title_empty_message_too_long", "title 1–200, message 1–2000 characters",
  edit(B, ("/title", ""), ("/message", "x" * 2001)), [("/title", "too_short"), ("/message", "too_long")])
I(op, "type_and_priority_invalid", None, edit(B, ("/type", "promo"), ("/priority", "critical")),
  [("/type", "invalid_enum"), ("/priority", "invalid_enum")])

# ---------------------------------------------------------------- payments
op = "validate.payment"
B, C = BASE[op], CANON[op]
V(op, "pending_refund_without_gateway", None,
  edit(B, ("/kind", "refund"), ("/status", "pending"), ("/gatewayId", DELETE)),
  edit(C, ("/kind", "refund"), ("/status", "pending"), ("/gatewayId", DELETE)))
V(op, "decimal_string_amount", "\"1500.50\" is read exactly and returned as the number 1500.5",
  edit(B, ("/amount", "1500.50")), edit(C, ("/amount", 1500.5)))
V(op, "three_decimal_currency", "KWD has 3 decimals: 12.345 is exact",
  edit(B, ("/amount", 12.345), ("/currency", "KWD")), edit(C, ("/amount", 12.345), ("/currency", "KWD")))
I(op, "amount_zero", "a payment moves a positive amount", edit(B, ("/amount", 0)), [("/amount", "out_of_range")])
I(op, "amount_negative", None, edit(B, ("/amount", -1500)), [("/amount", "out_of_range")])
I(op, "amount_too_many_decimals", None, edit(B, ("/amount", 10.001)), [("/amount", "too_many_decimals")])
I(op, "currency_invalid", "without a currency the amount cannot be judged; only the currency is reported",
  edit(B, ("/currency", "rupee")), [("/currency", "invalid_enum")])
I(op, "kind_and_status_invalid", None, edit(B, ("/kind", "payout"), ("/status", "settled")),
  [("/kind", "invalid_enum"), ("/status", "invalid_enum")])
I(op, "idempotency_key_empty", None, edit(B, ("/idempotencyKey", "")), [("/idempotencyKey", "too_short")])
I(op, "method_missing", None, edit(B, ("/method", DELETE)), [("/method", "required")])

# ---------------------------------------------------------------- users
op = "validate.user"
B, C = BASE[op], CANON[op]
V(op, "admin_without_metadata", "metadata and photoUrl are optional",
  edit(B, ("/role", "admin"), ("/metadata", DELETE), ("/photoUrl", DELETE)),
  edit(C, ("/role", "admin"), ("/metadata", DELETE), ("/photoUrl", DELETE)))
V(op, "ipv6_address", None, edit(B, ("/metadata/ipAddress", "2401:4900:1c2a::7")),
  edit(C, ("/metadata/ipAddress", "2401:4900:1c2a::7")))
I(op, "email_and_name", None, edit(B, ("/email", "priya@@example.in"), ("/displayName", "")),
  [("/email", "invalid_format"), ("/displayName", "too_short")])
I(op, "role_invalid", None, edit(B, ("/role", "superuser")), [("/role", "invalid_enum")])
I(op, "photo_url_not_https", None, edit(B, ("/photoUrl", "http://example.in/p.jpg")), [("/photoUrl", "invalid_format")])
I(op, "language_and_timezone_format", None,
  edit(B, ("/preferences/language", "Hindi"), ("/preferences/timezone", "Asia Kolkata")),
  [("/preferences/language", "invalid_format"), ("/preferences/timezone", "invalid_format")])
I(op, "ip_address_invalid", None, edit(B, ("/metadata/ipAddress", "300.1.1.1")), [("/metadata/ipAddress", "invalid_format")])
I(op, "last_login_before_creation", None, edit(B, ("/metadata/lastLogin", "2025-01-01T00:00:00Z")),
  [("/metadata/lastLogin", "inconsistent")])
I(op, "average_rating_out_of_range", "0 (no ratings) or 1–5", edit(B, ("/stats/averageRating", 0.5)),
  [("/stats/averageRating", "out_of_range")])
I(op, "loyalty_points_negative", None, edit(B, ("/stats/loyaltyPoints", -1)), [("/stats/loyaltyPoints", "out_of_range")])
I(op, "device_info_not_object", None, edit(B, ("/metadata/deviceInfo", "android")),
  [("/metadata/deviceInfo", "type_mismatch")])
I(op, "metadata_without_last_login", None, edit(B, ("/metadata/lastLogin", DELETE)), [("/metadata/lastLogin", "required")])

# ---------------------------------------------------------------- examples/samples/invalid (README demo)
def invalid_sample(name):
    return json.loads((samples / "invalid" / name).read_text())

I("validate.order", "sample_cm_in_inch_form_and_wrong_balance",
  "examples/samples/invalid: bust 91.5 'in' (cm typed into an inch form); delivery before the order date; "
  "current 'ready' though history ends in stitching; remaining 3680.25 ≠ 3680.25 − 1500.00 = 2180.25",
  invalid_sample("order_cm_in_inch_form_and_wrong_balance.json"),
  [("/measurements/garments/blouse/bust", "implausible_measurement"), ("/timeline/deliveryDate", "inconsistent"),
   ("/status/current", "inconsistent"), ("/pricing/remainingAmount", "inconsistent")])
I("validate.customer", "sample_contact_typos",
  "examples/samples/invalid: gmial has no TLD; phone without +91; 'express' urgency; negative points; "
  "country 'India' instead of IN; a misspelt extra field",
  invalid_sample("customer_contact_typos.json"),
  [("/personalInfo/email", "invalid_format"), ("/personalInfo/phone", "invalid_format"),
   ("/preferences/urgencyLevel", "invalid_enum"), ("/loyalty/points", "out_of_range"),
   ("/addressBook/0/country", "too_long"), ("/measurments_note", "unknown_field")])
I("validate.employee", "sample_overbooked",
  "examples/samples/invalid: '9-6' hours; 30 February; utilization 11/8 = 1.375 > 1; 11 orders > capacity 8",
  invalid_sample("employee_overbooked.json"),
  [("/schedule/workingHours/mon", "invalid_format"), ("/schedule/exceptions/2/date", "invalid_format"),
   ("/workload/utilization", "out_of_range"), ("/workload/currentOrders", "inconsistent")])

# ---------------------------------------------------------------- more rules and shapes
op = "validate.notification"
B = BASE[op]
I(op, "read_before_delivered", "readAt 10:00:08Z is before deliveredAt 10:00:09Z",
  edit(B, ("/status/read", True), ("/status/readAt", "2026-03-04T10:00:08Z")), [("/status/readAt", "inconsistent")])

op = "validate.order"
B, C = BASE[op], CANON[op]
custom_pct = edit(C, ("/pricing/discounts/1", {"kind": "loyalty", "type": "percent", "valueBps": 2000, "scope": "line",
                                               "itemId": "item-3"}),
                  ("/pricing/totalAmount", 3660.25), ("/pricing/remainingAmount", 2160.25))
V(op, "percent_discount_on_custom_item", "20 % of item-3's price 350.00 = 70.00; total 3950.00 − (395.00 + 70.00) "
  "+ 175.25 = 3660.25; remaining 3660.25 − 1500.00 = 2160.25", custom_pct, custom_pct)
suit = edit(C, ("/serviceItems/1/garment", "suit"), ("/measurements", {"unit": "in", "garments": {
    "trouser": {"waist": 34, "hip": 40, "inseam": 31.5, "outseam": 42, "length": 41},
    "suit": {"chest": 40, "shoulder": 18, "sleeve": 25, "jacketLength": 30, "trouserLength": 41, "rise": 11}}}))
V(op, "suit_and_trouser_measurements", "garment sets come back in garment order (trouser before suit) and each "
  "set's fields in schema order", suit,
  edit(C, ("/serviceItems/1/garment", "suit"), ("/measurements", {"unit": "in", "garments": {
      "trouser": {"waist": 34, "hip": 40, "inseam": 31.5, "outseam": 42, "length": 41},
      "suit": {"chest": 40, "shoulder": 18, "sleeve": 25, "jacketLength": 30, "rise": 11, "trouserLength": 41}}})))
reordered = edit(C, ("/measurements", {"unit": "in", "garments": {
    "kurti": dict(C["measurements"]["garments"]["kurti"]), "blouse": dict(C["measurements"]["garments"]["blouse"])},
    "takenAt": C["measurements"]["takenAt"]}))
V(op, "garments_in_schema_order", "kurti given before blouse comes back blouse first (Garment order)", reordered, C)
I(op, "trouser_inseam_implausible", "inseam 96 in: a cm value typed as inches (max 38 in)",
  edit(B, ("/measurements/garments/trouser", {"inseam": 96})), [("/measurements/garments/trouser/inseam", "implausible_measurement")])

op = "validate.customer"
B = BASE[op]
I(op, "measurement_too_many_decimals", None, edit(B, ("/measurements/waist", 31.0625)),
  [("/measurements/waist", "too_many_decimals")])

op = "validate.employee"
B = BASE[op]
I(op, "too_many_exceptions", "at most 366 date exceptions",
  edit(B, ("/schedule/exceptions", [{"date": "2026-03-14", "kind": "leave"}] * 367)), [("/schedule/exceptions", "too_many")])

# ---------------------------------------------------------------- payment.status against the money received
op = "validate.order"
B, C = BASE[op], CANON[op]
balance = {"transactionId": "txn_0002", "kind": "charge", "status": "succeeded", "amount": 2180.25,
           "idempotencyKey": "ord_2026_0001:balance:1", "method": "cash", "at": "2026-03-10T12:40:00Z"}
paid = edit(C, ("/payment/transactions/-", balance), ("/pricing/remainingAmount", 0), ("/payment/status", "paid"))
V(op, "fully_paid", "1500.00 + 2180.25 = 3680.25 paid; remaining 0; status paid", paid, paid)
refund = {"transactionId": "txn_0002", "kind": "refund", "status": "succeeded", "amount": 1500,
          "idempotencyKey": "ord_2026_0001:refund:1", "at": "2026-03-02T06:00:00Z"}
refunded = edit(C, ("/payment/transactions/-", refund), ("/pricing/remainingAmount", 3680.25),
                ("/payment/status", "refunded"))
V(op, "advance_refunded", "the 1500.00 advance refunded: paid 0; remaining 3680.25; status refunded", refunded, refunded)
I(op, "paid_with_balance_left", "status paid while 2180.25 remain", edit(B, ("/payment/status", "paid")),
  [("/payment/status", "inconsistent")])
I(op, "pending_with_money_received", "status pending although the 1500.00 advance succeeded",
  edit(B, ("/payment/status", "pending")), [("/payment/status", "inconsistent")])
I(op, "partially_paid_when_fully_paid", None, edit(paid, ("/payment/status", "partially_paid")),
  [("/payment/status", "inconsistent")])
I(op, "refunded_without_refund", None, edit(B, ("/payment/status", "refunded")), [("/payment/status", "inconsistent")])
