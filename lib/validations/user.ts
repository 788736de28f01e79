import { z } from "zod";
import { ROLES } from "@/db/schema";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { idField, optionalField, requiredText } from "./text";

export const passwordField = z
  .string({ error: "비밀번호를 입력해 주세요." })
  .min(PASSWORD_MIN_LENGTH, { error: `비밀번호는 ${PASSWORD_MIN_LENGTH}자 이상이어야 합니다.` })
  .max(PASSWORD_MAX_LENGTH, { error: `비밀번호는 ${PASSWORD_MAX_LENGTH}자 이하여야 합니다.` });

export const usernameField = z
  .string({ error: "아이디를 입력해 주세요." })
  .trim()
  .min(3, { error: "아이디는 3자 이상이어야 합니다." })
  .max(40, { error: "아이디는 40자 이하여야 합니다." })
  .regex(/^[a-z0-9._-]+$/, { error: "아이디는 영문 소문자, 숫자, 마침표, 밑줄, 하이픈만 쓸 수 있습니다." });

const optionalDepartment = optionalField(idField("부서"));

export const loginSchema = z.object({
  username: z
    .string({ error: "아이디를 입력해 주세요." })
    .trim()
    .min(1, { error: "아이디를 입력해 주세요." })
    .max(100, { error: "아이디가 너무 깁니다." }),
  password: z
    .string({ error: "비밀번호를 입력해 주세요." })
    .min(1, { error: "비밀번호를 입력해 주세요." })
    .max(200, { error: "비밀번호가 너무 깁니다." }),
  callbackUrl: z
    .string({ error: "이동할 주소가 올바르지 않습니다." })
    .max(300, { error: "이동할 주소가 너무 깁니다." })
    .optional(),
});

export const createUserSchema = z
  .object({
    username: usernameField,
    displayName: requiredText("이름", 50),
    role: z.enum(ROLES, { error: "역할을 선택해 주세요." }),
    departmentId: optionalDepartment,
    password: passwordField,
  })
  .refine((u) => u.role !== "officer" || u.departmentId !== undefined, {
    error: "부서 담당자는 부서를 선택해야 합니다.",
    path: ["departmentId"],
  });

export const userIdSchema = z.object({ userId: idField("사용자") });

export const resetPasswordSchema = z.object({ userId: idField("사용자"), password: passwordField });

export const moveDepartmentSchema = z.object({ userId: idField("사용자"), departmentId: idField("부서") });

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "현재 비밀번호를 입력해 주세요." })
      .min(1, { error: "현재 비밀번호를 입력해 주세요." })
      .max(200),
    newPassword: passwordField,
    confirmPassword: z.string({ error: "새 비밀번호를 한 번 더 입력해 주세요." }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    error: "새 비밀번호가 서로 다릅니다.",
    path: ["confirmPassword"],
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    error: "현재 비밀번호와 다른 비밀번호를 정해 주세요.",
    path: ["newPassword"],
  });

export const setUserActiveSchema = z.object({
  userId: idField("사용자"),
  active: z.enum(["true", "false"], { error: "상태 값이 올바르지 않습니다." }),
});

export const setRoleSchema = z.object({
  userId: idField("사용자"),
  role: z.enum(ROLES, { error: "역할을 선택해 주세요." }),
});
