// assign.rank and assign.plan (docs/assignment.md).
import type { EmployeeStatus, GeoPointInput, ItemStage, ShopConfig, SkillLevel, Stored, TimestampInput, Weekday, WorkingHours } from './common';
import type { DateException } from './documents';

/** The fields of an order document assignment reads; a whole `/orders` document fits. */
export type AssignOrder = Stored<{
  orderId: string;
  serviceItems: Stored<{ serviceId: string; stage?: ItemStage | null }>[] | null;
  timeline?: Stored<{ deliveryDate?: TimestampInput | null; urgent?: boolean | null }> | null;
  customerId?: string | null;
  /** Overrides the customer's address book. */
  customerLocation?: GeoPointInput | null;
  /** The customer's previous tailors (affinity). */
  previousEmployeeIds?: string[] | null;
}>;
export type AssignService = Stored<{
  serviceId: string;
  requirements?: Stored<{ skills?: string[] | null; experience?: number | null }> | null;
}>;
export type AssignEmployee = Stored<{
  employeeId: string;
  status: EmployeeStatus;
  professional?: Stored<{ specializations?: string[] | null; experience?: number | null; skillLevel?: SkillLevel | null }> | null;
  schedule?: Stored<{ workingHours?: { [day in Weekday]?: WorkingHours } | null; exceptions?: DateException[] | null }> | null;
  workload: Stored<{ currentOrders: number; capacity: number }>;
  performance?: Stored<{ rating?: number | string | null; customerFeedback?: number | string | null; averageTurnaround?: number | null }> | null;
  location?: GeoPointInput | null;
}>;
export type AssignCustomer = Stored<{
  customerId: string;
  addressBook?: Stored<{ location?: GeoPointInput | null; isDefault?: boolean | null }>[] | null;
}>;

export type ExclusionCode =
  | 'inactive' | 'on_leave' | 'missing_skill' | 'insufficient_experience' | 'at_capacity'
  | 'no_working_time' | 'outside_service_radius';
export type FactorName = 'skill' | 'workload' | 'performance' | 'turnaround' | 'distance' | 'affinity';

export interface RankInput {
  order: AssignOrder;
  services: AssignService[];
  employees: AssignEmployee[];
  now: TimestampInput;
  config?: ShopConfig | null;
  /** Its customerId must be the order's. */
  customer?: AssignCustomer | null;
}
export interface RankedEmployee {
  rank: number;
  employeeId: string;
  score: number;
  utilizationBps: number;
  distanceMeters: number | null;
  nextWorkingTime: string | null;
  factors: { factor: FactorName; fit: number; weight: number; points: number }[];
}
export interface RankResult {
  orderId: string;
  requirements: {
    skills: string[];
    experienceYears: number;
    deliveryDate: string | null;
    urgent: boolean;
    customerLocationKnown: boolean;
  };
  weights: { [factor in FactorName]: number };
  ranked: RankedEmployee[];
  excluded: { employeeId: string; reasons: { code: ExclusionCode; message: string }[] }[];
}
export interface PlanInput {
  orders: AssignOrder[];
  services: AssignService[];
  employees: AssignEmployee[];
  now: TimestampInput;
  config?: ShopConfig | null;
  customers?: AssignCustomer[] | null;
}
export interface PlanResult {
  objective: number;
  assignedCount: number;
  unassignedCount: number;
  assignments: { orderId: string; employeeId: string; score: number }[];
  unassigned: {
    orderId: string;
    reason: 'no_feasible_employee' | 'capacity_exhausted';
    message: string;
    feasibleEmployees: number;
    /** Employees failing each constraint. */
    excludedBy: { [code in ExclusionCode]?: number };
  }[];
  employees: { employeeId: string; remainingCapacity: number; assigned: number; orderIds: string[] }[];
}
export interface AssignOperations {
  /** Every employee for one order: excluded with reasons, or ranked with each factor's points. */
  rank(input: RankInput): RankResult;
  /** The batch assignment with the highest total score within capacity. */
  plan(input: PlanInput): PlanResult;
}
