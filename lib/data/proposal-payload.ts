/**
 * What a proposal carries, typed. Kept apart from lib/data/proposals.ts (server-only) because
 * db/schema.ts types its payload column with it.
 *
 * The JSON in the database keeps the shape it had before proposals were typed (the bare content,
 * with the kind in the row's entity_type and action columns), so rows written by earlier releases
 * read as they are. A new kind (narrative point, KPI definition, registry entry) adds an entity
 * type, a member of `Proposal` and a case in `proposalOf`.
 */
import type { AgencyKind } from "@/db/schema";
import type { AwardContent, AwardSnapshot } from "./award-records";
import type { KpiDefinitionContent, KpiTargetContent } from "./kpi-definition-records";
import type { KpiValueContent } from "./kpi-records";

/** A delete proposal keeps the record as it was when deletion was asked for. */
export type DeletedAward = AwardSnapshot & { deleted: true };

/**
 * A narrative point an officer proposes for an edition: top-level in an area, or under one of its
 * points (one level, as in the source). The planner may place or word it otherwise when approving.
 */
export type PolicyPointContent = { year: number; areaId: number; parentId: number | null; text: string };

/**
 * A published point reworded (its new text) or deleted (its text as it was), proposed by a planner
 * under the four-eyes rule; decided in the edition's editor like a new point.
 */
export type PolicyPointEdit = PolicyPointContent & { pointId: number };

/** An awarding body missing from the registry, named by the person entering an award it gave. */
export type ProposedAgency = { name: string; kind: AgencyKind };

/**
 * A new award from a body the registry does not have yet. The award carries the body rather than
 * pointing at it: approving creates both in one transaction, returning creates neither, so no
 * published award can ever point at a body that was never confirmed.
 */
export type AwardWithAgencyContent = Omit<AwardContent, "agencyId"> & { agencyId: null; newAgency: ProposedAgency };

/** Every JSON shape the payload column holds. */
export type StoredProposalPayload =
  | AwardContent
  | AwardWithAgencyContent
  | DeletedAward
  | KpiValueContent
  | PolicyPointContent
  | PolicyPointEdit
  | KpiDefinitionContent
  | KpiTargetContent;

/** A proposal by kind: what it asks for and what it is about. */
export type Proposal =
  | { kind: "award.create"; content: AwardContent }
  | { kind: "award.create_with_agency"; content: AwardWithAgencyContent }
  | { kind: "award.update"; awardId: number; content: AwardContent }
  | { kind: "award.delete"; awardId: number; content: DeletedAward }
  | { kind: "kpi_value.create"; content: KpiValueContent }
  | { kind: "kpi_value.update"; kpiValueId: number; content: KpiValueContent }
  | { kind: "policy_point.create"; content: PolicyPointContent }
  | { kind: "policy_point.update"; pointId: number; content: PolicyPointEdit }
  | { kind: "policy_point.delete"; pointId: number; content: PolicyPointEdit }
  | { kind: "kpi.create"; content: KpiDefinitionContent }
  | { kind: "kpi.update"; kpiId: number; content: KpiTargetContent };

export type ProposalKind = Proposal["kind"];
