import "server-only";
import { and, eq } from "drizzle-orm";
import { db, transaction } from "@/db";
import { organisation } from "@/db/schema";
import { authorize } from "@/lib/auth/can";
import type { Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { ConflictError, FieldError } from "@/lib/errors";
import { type FileStorage, uploadStorage } from "@/lib/storage";
import { type OrganisationInput, sniffLogo } from "@/lib/validations/organisation";
import { recordAudit } from "./audit-writer";
import type { WriteContext, Written } from "./write-context";

export type LogoFile = { type: string; bytes: Uint8Array };

/** The logo's bytes and type for the route that serves it, or null when there is none. */
export async function readLogo(storage: FileStorage = uploadStorage()): Promise<LogoFile | null> {
  const [row] = await db
    .select({ key: organisation.logoKey, type: organisation.logoType })
    .from(organisation)
    .where(eq(organisation.id, 1))
    .limit(1);
  if (!row?.key || !row.type) return null;
  const bytes = await storage.get(row.key);
  return bytes ? { type: row.type, bytes } : null;
}

/**
 * An admin changes the organisation's identity. The logo is checked by its first bytes and stored
 * before the transaction; the row, guarded by its version, and the audit row are written together.
 */
export async function updateOrganisation(
  viewer: Viewer,
  input: OrganisationInput,
  ctx: WriteContext,
  storage: FileStorage = uploadStorage(),
): Promise<Written & { kind: "saved" }> {
  authorize(viewer, "organisation.edit");
  const { logo, removeLogo, version, ...given } = input;
  // Optional fields left empty are stored as "" (the columns hold text, never null).
  const fields = {
    ...given,
    address: given.address ?? "",
    phone: given.phone ?? "",
    reviewOfficePhone: given.reviewOfficePhone ?? "",
    privacyOfficerName: given.privacyOfficerName ?? "",
    privacyOfficerDepartment: given.privacyOfficerDepartment ?? "",
    privacyOfficerContact: given.privacyOfficerContact ?? "",
  };

  let upload: { key: string; type: string } | null = null;
  if (logo) {
    const bytes = new Uint8Array(await logo.arrayBuffer());
    const kind = sniffLogo(bytes.subarray(0, 12));
    if (!kind) throw new FieldError({ logo: ["로고는 PNG, JPEG, WebP 그림 파일만 올릴 수 있습니다."] });
    upload = { key: await storage.put(bytes, kind.extension), type: kind.type };
  }

  let replacedKey: string | null = null;
  try {
    await transaction(async (tx) => {
      const [current] = await tx.select().from(organisation).where(eq(organisation.id, 1)).limit(1);
      if (!current) throw new FieldError({}, "기관 정보가 아직 없습니다. npm run setup으로 먼저 만들어 주세요.");
      const { updatedAt: _u, logoKey, logoType, version: currentVersion, id: _id, ...before } = current;
      if (currentVersion !== version) throw new ConflictError(before);
      const logoChange = upload
        ? { logoKey: upload.key, logoType: upload.type }
        : removeLogo
          ? { logoKey: null, logoType: null }
          : { logoKey, logoType };
      if (logoChange.logoKey !== logoKey) replacedKey = logoKey;
      const updated = await tx
        .update(organisation)
        .set({ ...fields, ...logoChange, version: currentVersion + 1, updatedAt: new Date() })
        .where(and(eq(organisation.id, 1), eq(organisation.version, currentVersion)))
        .returning({ id: organisation.id });
      if (updated.length !== 1) throw new ConflictError(before);
      await recordAudit(tx, {
        actor: viewer,
        action: "organisation.update",
        entityType: "organisation",
        entityId: 1,
        before: { ...before, logo: logoKey !== null },
        after: { ...fields, logo: logoChange.logoKey !== null },
        ip: ctx.ip,
      });
    });
  } catch (error) {
    if (upload) await storage.remove(upload.key);
    throw error;
  }
  if (replacedKey) await storage.remove(replacedKey);
  return { kind: "saved", tags: [CACHE_TAGS.identity] };
}
