import "server-only";
import type { StaffViewer } from "@/lib/auth/viewer";
import type { FileStorage } from "@/lib/storage";
import { type AwardWrite, saveAward } from "./award-edits";
import { attachCheckedEvidence, checkEvidenceUpload, type EvidenceUpload } from "./evidence";
import type { WriteContext } from "./write-context";

/**
 * Saves an award with the 공문 or 상장 scan sent in the same form: onto the proposal when the save is
 * one (the reviewer sees it, and approval hands it to the award), onto the award when a planner
 * publishes. The file is checked first, so a refused file keeps nothing and says so beside its field.
 */
export async function saveAwardWithEvidence(
  viewer: StaffViewer,
  input: Parameters<typeof saveAward>[1],
  evidence: EvidenceUpload | undefined,
  ctx: WriteContext,
  storage?: FileStorage,
): Promise<AwardWrite> {
  const checked = evidence ? await checkEvidenceUpload(evidence, "evidence") : null;
  const write = await saveAward(viewer, input, ctx);
  if (!checked || write.change === "delete" || write.change === "restore") return write;
  const target = write.kind === "proposed" ? { submissionId: write.proposalId } : { awardId: write.awardId };
  const attached = await attachCheckedEvidence(viewer, target, checked, ctx, storage);
  return { ...write, tags: [...new Set([...write.tags, ...attached.tags])] };
}
