"use server";

import { isAdmin } from "@/lib/auth/permissions";
import { createUser } from "@/lib/data/users";
import { createUserSchema } from "@/lib/validations/user";
import { formAction } from "../form-action";

export const createUserAction = formAction({ schema: createUserSchema, allow: isAdmin, run: createUser });
