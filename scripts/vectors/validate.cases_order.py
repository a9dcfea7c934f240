# validate.order cases. The sample order (examples/samples/orders) is worked out as:
#   lines: item-1 (1200 override + 150 add-on) × 2 = 2700, item-2 (catalogue price) 900,
#          item-3 custom 350 → subtotal 3950.00 INR
#   discounts: DIWALI10 10 % of 3950.00 = 395.00; manual fixed 50.00 on item-3 → 445.00
#   taxes: CGST 87.63 + SGST 87.62 exclusive → 175.25
#   total = 3950.00 − 445.00 + 175.25 = 3680.25; succeeded charges 1500.00
#   remaining = 3680.25 − 1500.00 = 2180.25
op = "validate.order"
B, C = BASE[op], CANON[op]

V(op, "null_optional_fields", "null optional fields mean absent and are left out of the canonical form",
  edit(B, ("/assignedEmployeeId", None), ("/specialInstructions", None), ("/timeline/deliveryDate", None)),
  edit(C, ("/assignedEmployeeId", DELETE), ("/specialInstructions", DELETE), ("/timeline/deliveryDate", DELETE)))
V(op, "decimal_string_amounts", "amounts may be decimal strings; the canonical form carries numbers",
  edit(B, ("/pricing/subtotal", "3950.00"), ("/pricing/totalAmount", "3680.25")), C)
simple = edit(C, ("/serviceItems", [{"itemId": "i1", "serviceId": "svc_shirt", "garment": "shirt", "quantity": 1,
                                     "stage": "pending"}]),
              ("/customItems", []), ("/pricing/subtotal", 1000), ("/pricing/discounts", []), ("/pricing/taxes", []),
              ("/pricing/totalAmount", 1000), ("/pricing/advanceRequired", 0), ("/pricing/remainingAmount", 1000),
              ("/payment/transactions", []), ("/payment/status", "pending"), ("/workAssignments", {}),
              ("/status/current", "pending"), ("/status/history", []),
              ("/measurements", {"unit": "in", "garments": {"shirt": {"neck": 15.5, "chest": 40, "sleeveLength": 25}}}))
V(op, "minimal_order", "one shirt, no discounts, taxes or payments: total = subtotal = remaining = 1000.00", simple,
  simple)
V(op, "inclusive_tax_not_added", "an inclusive tax is already inside the prices: total = 1000.00 − 0 + 0",
  edit(simple, ("/pricing/taxes", [{"name": "GST", "rateBps": 500, "inclusive": True, "amount": 47.62}])),
  edit(simple, ("/pricing/taxes", [{"name": "GST", "rateBps": 500, "inclusive": True, "amount": 47.62}])))
line_pct = edit(C, ("/pricing/discounts", [{"kind": "loyalty", "type": "percent", "valueBps": 500, "scope": "line",
                                           "itemId": "item-1"}]),
                ("/pricing/taxes", []), ("/pricing/totalAmount", 3815), ("/pricing/remainingAmount", 2315))
V(op, "percent_line_discount", "5 % of item-1's line (1200 + 150) × 2 = 2700.00 is 135.00; "
  "total 3950.00 − 135.00 = 3815.00; remaining 3815.00 − 1500.00 = 2315.00", line_pct, line_pct)
half = edit(simple, ("/pricing/subtotal", 1000.05), ("/pricing/discounts", [
    {"kind": "coupon", "type": "percent", "valueBps": 5000, "scope": "order", "code": "HALF"}]),
    ("/pricing/totalAmount", 500.02), ("/pricing/remainingAmount", 500.02))
V(op, "percent_rounds_half_away_from_zero", "50 % of 1000.05 = 500.025 → 500.03; total 1000.05 − 500.03 = 500.02",
  half, half)
refunds = edit(C, ("/payment/transactions/-", {"transactionId": "txn_0002", "kind": "refund", "status": "succeeded",
                                              "amount": 500, "idempotencyKey": "k2", "at": "2026-03-02T05:00:00Z"}),
               ("/payment/transactions/-", {"transactionId": "txn_0003", "kind": "charge", "status": "pending",
                                           "amount": 1000, "idempotencyKey": "k3", "at": "2026-03-03T05:00:00Z"}),
               ("/payment/transactions/-", {"transactionId": "txn_0004", "kind": "charge", "status": "failed",
                                           "amount": 1000, "idempotencyKey": "k4", "at": "2026-03-03T06:00:00Z"}),
               ("/pricing/remainingAmount", 2680.25))
V(op, "refund_pending_and_failed_transactions", "only succeeded ones count: paid = 1500.00 − 500.00 = 1000.00; "
  "remaining = 3680.25 − 1000.00 = 2680.25", refunds, refunds)
done_order = insert_before(
    edit(C, ("/qualityChecks", [{"checkId": "qc1", "itemId": "item-1", "inspectorId": "uid_meera_admin",
                                 "passed": True, "notes": "Even hem", "at": "2026-03-05T06:00:00Z"}])),
    "feedback", {"rating": 5, "comments": "Perfect fit", "submittedAt": "2026-03-11T06:00:00Z"}, "createdAt")
V(op, "quality_checks_and_feedback", None, done_order, done_order)
cm = edit(C, ("/measurements", {"unit": "cm", "garments": {
    "blouse": {"bust": 91.5, "underBust": 78.7, "bustPoint": 26.7, "shoulderToWaist": 38.1, "armhole": 40.6,
               "sleeve": 27.9, "length": 38.1, "backNeck": 20.3},
    "kurti": {"chest": 91.5, "waist": 78.7, "hip": 101.6, "topLength": 106.7, "sleeve": 41.9, "bottomLength": 96.5}}}))
V(op, "measurements_in_cm", "the same body in centimetres; bust 91.5 cm = 36.02 in lies in 26–64 in", cm, cm)
edges = edit(simple, ("/measurements", {"unit": "cm", "garments": {"shirt": {"neck": 27.94, "chest": 162.56}}}))
V(op, "measurement_range_edges_in_cm", "11 in = 27.94 cm and 64 in = 162.56 cm exactly: both bounds are inclusive",
  edges, edges)
other = edit(simple, ("/measurements", {"unit": "in", "garments": {"other": {"capLength": 22.125}},
                                        "custom": {"wristToElbow": 10.5}, "takenAt": "2026-03-01T04:45:00Z"}))
V(op, "other_garment_and_custom", "free names under 'other' and 'custom' are checked against 0.1–120 in", other, other)
V(op, "jpy_whole_amounts", "JPY has no minor unit; amounts are whole yen",
  edit(simple, ("/pricing/currency", "JPY")), edit(simple, ("/pricing/currency", "JPY")))

# ---- invalid
I(op, "service_items_not_array", None, edit(B, ("/serviceItems", {})), [("/serviceItems", "type_mismatch")])
I(op, "too_many_service_items", "at most 100 service items",
  edit(B, ("/serviceItems", [{}] * 101)), [("/serviceItems", "too_many")])
I(op, "nested_unknown_field", "a typo inside an item is caught",
  edit(B, ("/serviceItems/1/colour", "maroon")), [("/serviceItems/1/colour", "unknown_field")])
I(op, "quantity_wrong_types", "quantity is a whole number from 1 to 100",
  edit(B, ("/serviceItems/0/quantity", "2"), ("/serviceItems/1/quantity", 2.5)),
  [("/serviceItems/0/quantity", "type_mismatch"), ("/serviceItems/1/quantity", "not_integer")])
I(op, "quantity_zero", None, edit(B, ("/serviceItems/1/quantity", 0)), [("/serviceItems/1/quantity", "out_of_range")])
I(op, "invalid_stage", None, edit(B, ("/serviceItems/0/stage", "sewing")), [("/serviceItems/0/stage", "invalid_enum")])
I(op, "price_override_without_reason", "a price override must say why",
  edit(B, ("/serviceItems/0/priceOverride/reason", DELETE)), [("/serviceItems/0/priceOverride/reason", "required")])
I(op, "duplicate_item_id", "item-2 renamed item-1: item ids are unique across service and custom items",
  edit(B, ("/serviceItems/1/itemId", "item-1")), [("/serviceItems/1/itemId", "duplicate")])
I(op, "duplicate_item_id_across_lists", None, edit(B, ("/customItems/0/itemId", "item-2"), ("/pricing/discounts/1/itemId", "item-2"),
  ("/pricing/discounts/1/type", "fixed")), [("/customItems/0/itemId", "duplicate")])
I(op, "delivery_before_order_date", None, edit(B, ("/timeline/deliveryDate", "2026-02-28T10:00:00Z")),
  [("/timeline/deliveryDate", "inconsistent")])
I(op, "urgent_not_boolean", None, edit(B, ("/timeline/urgent", "no")), [("/timeline/urgent", "type_mismatch")])
I(op, "history_from_mismatch", "entry 1 must start where entry 0 ended (confirmed)",
  edit(B, ("/status/history/1/from", "pending")), [("/status/history/1/from", "inconsistent")])
I(op, "history_out_of_order", "entry 2 (2026-03-01T00:00Z) is before entry 1 (2026-03-02T05:30Z)",
  edit(B, ("/status/history/2/at", "2026-03-01T00:00:00Z")), [("/status/history/2/at", "inconsistent")])
I(op, "current_not_last_to", "the last history entry ended in stitching",
  edit(B, ("/status/current", "cutting")), [("/status/current", "inconsistent")])
I(op, "last_updated_before_last_history", None, edit(B, ("/status/lastUpdated", "2026-03-03T00:00:00Z")),
  [("/status/lastUpdated", "inconsistent")])
I(op, "history_bad_trigger_and_role", None,
  edit(B, ("/status/history/0/trigger", "webhook"), ("/status/history/0/role", "owner")),
  [("/status/history/0/role", "invalid_enum"), ("/status/history/0/trigger", "invalid_enum")])
I(op, "total_mismatch", "3950.00 − 445.00 + 175.25 = 3680.25, not 3700.00 (remaining kept consistent: 3700 − 1500)",
  edit(B, ("/pricing/totalAmount", 3700), ("/pricing/remainingAmount", 2200)), [("/pricing/totalAmount", "inconsistent")])
I(op, "remaining_mismatch", "3680.25 − 1500.00 = 2180.25, not 3680.25 (the advance was not deducted)",
  edit(B, ("/pricing/remainingAmount", 3680.25)), [("/pricing/remainingAmount", "inconsistent")])
I(op, "total_and_remaining_both_wrong", "every violated rule is listed",
  edit(B, ("/pricing/totalAmount", 3950)), [("/pricing/totalAmount", "inconsistent"),
                                            ("/pricing/remainingAmount", "inconsistent")])
I(op, "advance_exceeds_total", None, edit(B, ("/pricing/advanceRequired", 4000)),
  [("/pricing/advanceRequired", "inconsistent")])
I(op, "discounts_exceed_subtotal", "395.00 + 5000.00 > 3950.00",
  edit(B, ("/pricing/discounts/1/amount", 5000)), [("/pricing/discounts", "inconsistent")])
I(op, "percent_discount_on_unpriced_line", "item-2 has no priceOverride, so 10 % of it is unknown here",
  edit(B, ("/pricing/discounts/1", {"kind": "loyalty", "type": "percent", "valueBps": 1000, "scope": "line",
                                    "itemId": "item-2"})), [("/pricing/discounts/1", "inconsistent")])
I(op, "line_discount_unknown_item", None, edit(B, ("/pricing/discounts/1/itemId", "item-9")),
  [("/pricing/discounts/1/itemId", "inconsistent")])
I(op, "coupon_without_code", None, edit(B, ("/pricing/discounts/0/code", DELETE)),
  [("/pricing/discounts/0/code", "required")])
I(op, "manual_without_reason_and_grantor", "manual discounts must say why and who granted them",
  edit(B, ("/pricing/discounts/1/reason", DELETE), ("/pricing/discounts/1/grantedBy", DELETE)),
  [("/pricing/discounts/1/reason", "required"), ("/pricing/discounts/1/grantedBy", "required")])
I(op, "percent_with_amount_fixed_with_bps", "valueBps belongs to percent discounts, amount to fixed ones",
  edit(B, ("/pricing/discounts/0/amount", 395), ("/pricing/discounts/1/valueBps", 100)),
  [("/pricing/discounts/0/amount", "inconsistent"), ("/pricing/discounts/1/valueBps", "inconsistent")])
I(op, "order_discount_with_item", None, edit(B, ("/pricing/discounts/0/itemId", "item-1")),
  [("/pricing/discounts/0/itemId", "inconsistent")])
I(op, "discount_bps_out_of_range", "valueBps is 1–10000", edit(B, ("/pricing/discounts/0/valueBps", 10001)),
  [("/pricing/discounts/0/valueBps", "out_of_range")])
I(op, "amount_too_many_decimals", "INR has 2 decimals; 87.625 is never rounded",
  edit(B, ("/pricing/taxes/0/amount", 87.625)), [("/pricing/taxes/0/amount", "too_many_decimals")])
I(op, "unsupported_currency", "amounts cannot be read without a currency, so only the currency is reported",
  edit(B, ("/pricing/currency", "XYZ")), [("/pricing/currency", "invalid_enum")])
I(op, "negative_subtotal", None, edit(B, ("/pricing/subtotal", -1)), [("/pricing/subtotal", "out_of_range")])
I(op, "amount_wrong_type", None, edit(B, ("/customItems/0/price", True)), [("/customItems/0/price", "type_mismatch")])
I(op, "duplicate_transaction_id_and_key", "a failed retry reusing the id and key of txn_0001",
  edit(B, ("/payment/transactions/-", {"transactionId": "txn_0001", "kind": "charge", "status": "failed",
                                       "amount": 1500, "idempotencyKey": "ord_2026_0001:advance:1",
                                       "at": "2026-03-01T05:00:00Z"})),
  [("/payment/transactions/1/transactionId", "duplicate"), ("/payment/transactions/1/idempotencyKey", "duplicate")])
I(op, "refunds_exceed_charges", "refunded 2000.00 > charged 1500.00; remaining would be 3680.25 + 500.00 = 4180.25",
  edit(B, ("/payment/transactions/-", {"transactionId": "txn_0002", "kind": "refund", "status": "succeeded",
                                       "amount": 2000, "idempotencyKey": "k2", "at": "2026-03-02T05:00:00Z"})),
  [("/payment/transactions", "inconsistent"), ("/pricing/remainingAmount", "inconsistent")])
I(op, "transaction_amount_zero", None, edit(B, ("/payment/transactions/0/amount", 0)),
  [("/payment/transactions/0/amount", "out_of_range")])
I(op, "payment_status_invalid", None, edit(B, ("/payment/status", "overpaid")), [("/payment/status", "invalid_enum")])
I(op, "work_assignment_unknown_item", None,
  edit(B, ("/workAssignments/item-9", {"employeeId": "emp_x", "assignedAt": "2026-03-01T05:00:00Z"})),
  [("/workAssignments/item-9", "inconsistent")])
I(op, "quality_check_duplicate_and_unknown_item", None,
  edit(B, ("/qualityChecks", [
      {"checkId": "qc1", "itemId": "item-1", "inspectorId": "u1", "passed": False, "at": "2026-03-05T06:00:00Z"},
      {"checkId": "qc1", "itemId": "item-7", "inspectorId": "u1", "passed": True, "at": "2026-03-06T06:00:00Z"}])),
  [("/qualityChecks/1/checkId", "duplicate"), ("/qualityChecks/1/itemId", "inconsistent")])
I(op, "feedback_rating_out_of_range", "ratings are 1–5", edit(B, ("/feedback", {"rating": 6})),
  [("/feedback/rating", "out_of_range")])
I(op, "feedback_rating_zero", None, edit(B, ("/feedback", {"rating": 0, "comments": "n/a"})),
  [("/feedback/rating", "out_of_range")])
I(op, "measurement_cm_typed_as_inches", "bust 91.5 with unit in: above the 64 in maximum",
  edit(B, ("/measurements/garments/blouse/bust", 91.5)), [("/measurements/garments/blouse/bust", "implausible_measurement")])
I(op, "measurement_inches_typed_as_cm", "bust 36 cm = 14.17 in: below the 26 in minimum",
  edit(B, ("/measurements", {"unit": "cm", "garments": {"blouse": {"bust": 36}}})),
  [("/measurements/garments/blouse/bust", "implausible_measurement")])
I(op, "measurement_just_outside_in_cm", "27.93 cm < 27.94 cm = 11 in (the shirt neck minimum)",
  edit(simple, ("/measurements", {"unit": "cm", "garments": {"shirt": {"neck": 27.93}}})),
  [("/measurements/garments/shirt/neck", "implausible_measurement")])
I(op, "measurement_too_many_decimals", "at most 3 decimal places", edit(B, ("/measurements/garments/kurti/sleeve", 16.5001)),
  [("/measurements/garments/kurti/sleeve", "too_many_decimals")])
I(op, "measurement_not_positive", None, edit(B, ("/measurements/garments/kurti/sleeve", 0), ("/measurements/garments/kurti/hip", -40)),
  [("/measurements/garments/kurti/hip", "out_of_range"), ("/measurements/garments/kurti/sleeve", "out_of_range")])
I(op, "measurement_as_string", None, edit(B, ("/measurements/garments/kurti/chest", "36")),
  [("/measurements/garments/kurti/chest", "type_mismatch")])
I(op, "measurement_field_of_other_garment", "neck is a shirt field, not a blouse field",
  edit(B, ("/measurements/garments/blouse/neck", 14)), [("/measurements/garments/blouse/neck", "unknown_field")])
I(op, "measurement_unknown_garment", None, edit(B, ("/measurements/garments/saree", {"length": 216})),
  [("/measurements/garments/saree", "unknown_field")])
I(op, "measurement_without_unit", "without a unit plausibility cannot be judged; only the unit is reported",
  edit(B, ("/measurements/unit", DELETE)), [("/measurements/unit", "required")])
I(op, "measurement_unit_mm", None, edit(B, ("/measurements/unit", "mm")), [("/measurements/unit", "invalid_enum")])
I(op, "image_not_image_and_empty", None,
  edit(B, ("/attachments/images/0/contentType", "application/pdf"), ("/attachments/images/0/sizeBytes", 0)),
  [("/attachments/images/0/contentType", "invalid_format"), ("/attachments/images/0/sizeBytes", "out_of_range")])
I(op, "timestamp_nanoseconds_out_of_range", None,
  edit(B, ("/createdAt", {"seconds": CREATED, "nanoseconds": 1000000000})), [("/createdAt/nanoseconds", "out_of_range")])
I(op, "many_problems_at_once", "all five problems are listed, in document order",
  edit(B, ("/customerId", 42), ("/serviceItems/0/garment", "saree"), ("/timeline/deliveryDate", "2026-02-01T00:00:00Z"),
       ("/status/current", "ready"), ("/updatedAt", "2026-01-01T00:00:00Z")),
  [("/customerId", "type_mismatch"), ("/serviceItems/0/garment", "invalid_enum"),
   ("/timeline/deliveryDate", "inconsistent"), ("/status/current", "inconsistent"), ("/updatedAt", "inconsistent")])
