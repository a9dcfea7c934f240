// One property per domain, one method per operation: "rules.authorize" is
// core.rules.authorize(input), "time.zone_offset" is core.time.zoneOffset(input).
// Each domain's types live in ./<domain>.d.ts. tests/node/packaging.test.js checks
// that a strict TypeScript program calling every operation in core.operations
// compiles against these declarations.
import type { ValidateOperations } from './documents';
import type { LoyaltyOperations, PaymentOperations, PricingOperations } from './pricing';
import type { RulesOperations } from './rules';
import type {
  MaintenanceOperations, NotifyOperations, OrderOperations, ScheduleOperations, TimeOperations,
} from './lifecycle';
import type { AssignOperations } from './assign';
import type { SyncOperations } from './sync';
import type {
  AnalyticsOperations, ArchiveOperations, FeedbackOperations, StatsOperations,
} from './aggregates';

export interface Operations {
  readonly validate: ValidateOperations;
  readonly pricing: PricingOperations;
  readonly payment: PaymentOperations;
  readonly loyalty: LoyaltyOperations;
  readonly rules: RulesOperations;
  readonly order: OrderOperations;
  readonly schedule: ScheduleOperations;
  readonly time: TimeOperations;
  readonly notify: NotifyOperations;
  readonly maintenance: MaintenanceOperations;
  readonly assign: AssignOperations;
  readonly sync: SyncOperations;
  readonly feedback: FeedbackOperations;
  readonly stats: StatsOperations;
  readonly analytics: AnalyticsOperations;
  readonly archive: ArchiveOperations;
}
