import { parseArgs } from "node:util";
import { and, count, eq } from "drizzle-orm";
import type { z } from "zod";
import { databaseReady, db, transaction } from "@/db";
import { organisation, users } from "@/db/schema";
import { recordAudit } from "@/lib/data/audit-writer";
import { createUser } from "@/lib/data/users";
import { FieldError } from "@/lib/errors";
import { siteTitle } from "@/lib/organisation";
import { fieldErrors } from "@/lib/validations/issues";
import { organisationSchema } from "@/lib/validations/organisation";
import { createUserSchema } from "@/lib/validations/user";

export type SetupIo = {
  /** SEONGGWA_ADMIN_PASSWORD, or asked for on the terminal. */
  password: () => Promise<string>;
  out: (line: string) => void;
  err: (line: string) => void;
};

const OPTION_LABELS: Record<string, string> = {
  name: "--org-name",
  province: "--province",
  reviewOffice: "--review-office",
  address: "--address",
  phone: "--phone",
  koglType: "--kogl-type",
  username: "--admin",
  displayName: "--admin-name",
  password: "비밀번호(SEONGGWA_ADMIN_PASSWORD)",
};

function describeErrors(error: z.ZodError): string {
  return Object.entries(fieldErrors(error))
    .map(([field, messages]) => `${OPTION_LABELS[field] ?? field}: ${messages.join(" ")}`)
    .join("\n");
}

/** Today in Korea, YYYY-MM-DD: the privacy policy's first effective date. */
function todayInKorea(): string {
  return new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
}

/**
 * `npm run setup`: a new organisation's identity and its first admin on an empty (migrated) database.
 * Returns the exit code. A database that already has an admin is refused, so the command can never
 * add a second way in to a running site or overwrite its identity.
 */
export async function runSetup(argv: string[], io: SetupIo): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        "org-name": { type: "string" },
        province: { type: "string" },
        "review-office": { type: "string" },
        address: { type: "string" },
        phone: { type: "string" },
        "kogl-type": { type: "string" },
        admin: { type: "string" },
        "admin-name": { type: "string" },
      },
    }));
  } catch (error) {
    io.err(`알 수 없는 옵션입니다: ${(error as Error).message}`);
    return 2;
  }

  await databaseReady();
  const admins = (
    await db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.active, true)))
  )[0]!.n;
  if (admins > 0) {
    io.err("이 데이터베이스에는 이미 관리자 계정이 있어 설정을 다시 하지 않습니다.");
    io.err("기관 정보는 관리자로 로그인해 /admin/organisation에서 바꾸고, 계정은 npm run user:create로 만드세요.");
    return 1;
  }

  const name = values["org-name"];
  const org = organisationSchema.omit({ logo: true, removeLogo: true, version: true }).safeParse({
    name,
    province: values.province,
    reviewOffice: values["review-office"],
    address: values.address,
    phone: values.phone,
    koglType: values["kogl-type"] ?? "4",
    sourceTitle: name ? `${name.trim()} 「${siteTitle({ name: name.trim() }).slice(name.trim().length + 1)}」` : "",
    privacyOfficerDepartment: values["review-office"],
    privacyEffectiveOn: todayInKorea(),
  });
  if (!org.success) {
    io.err(describeErrors(org.error));
    return 1;
  }
  const admin = createUserSchema.safeParse({
    username: values.admin,
    displayName: values["admin-name"] ?? "시스템 관리자",
    role: "admin",
    password: await io.password(),
  });
  if (!admin.success) {
    io.err(describeErrors(admin.error));
    return 1;
  }

  try {
    await createUser(null, admin.data, { ip: "command-line" });
  } catch (error) {
    if (error instanceof FieldError) {
      io.err(Object.values(error.fieldErrors).flat().join("\n"));
      return 1;
    }
    throw error;
  }
  const identity = {
    ...org.data,
    address: org.data.address ?? "",
    phone: org.data.phone ?? "",
    reviewOfficePhone: org.data.reviewOfficePhone ?? "",
    privacyOfficerName: org.data.privacyOfficerName ?? "",
    privacyOfficerDepartment: org.data.privacyOfficerDepartment ?? "",
    privacyOfficerContact: org.data.privacyOfficerContact ?? "",
  };
  await transaction(async (tx) => {
    await tx
      .insert(organisation)
      .values({ id: 1, ...identity })
      .onConflictDoUpdate({ target: organisation.id, set: { ...identity, updatedAt: new Date() } });
    await recordAudit(tx, {
      actor: null,
      action: "organisation.setup",
      entityType: "organisation",
      entityId: 1,
      after: identity,
      ip: "command-line",
    });
  });
  io.out(`${identity.name}(${identity.reviewOffice}) 설정을 마쳤습니다. 관리자 아이디: ${admin.data.username}`);
  io.out("이제 npm run build && npm start로 누리집을 여세요.");
  return 0;
}
