import type { Db } from "../client";
import * as t from "../schema";

/** Jincheon's identity, as its 「주요 군정 성과」 page shows it; migration 0003 writes the same values. */
export const JINCHEON: Omit<t.Organisation, "id" | "logoKey" | "logoType" | "version" | "updatedAt"> = {
  name: "진천군",
  province: "충청북도",
  reviewOffice: "기획감사실",
  address: "충청북도 진천군 진천읍 중앙동로 11",
  phone: "043-539-3114",
  // The source page gives only the main number; an admin enters the office's own line.
  reviewOfficePhone: "",
  koglType: 4,
  sourceTitle: "진천군 「주요 군정 성과」",
  privacyOfficerName: "기획감사실장",
  privacyOfficerDepartment: "기획감사실",
  privacyOfficerContact: "043-539-3114",
  privacyEffectiveOn: "2024-01-31",
  // The demo publishes a planner's change at once; an office that wants the four-eyes rule turns it on.
  fourEyes: false,
};

/** Writes Jincheon's identity unless the database already has one. */
export async function seedOrganisation(db: Db): Promise<boolean> {
  const written = await db
    .insert(t.organisation)
    .values({ id: 1, ...JINCHEON })
    .onConflictDoNothing()
    .returning({ id: t.organisation.id });
  return written.length > 0;
}
