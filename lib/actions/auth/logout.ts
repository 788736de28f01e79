"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { signOut } from "@/lib/auth/config";
import { getViewer } from "@/lib/auth/session";
import { recordLogout } from "@/lib/data/authentication";

export async function logoutAction(): Promise<void> {
  const viewer = await getViewer();
  if (viewer.kind === "staff") await recordLogout(viewer, clientAddress(await headers()));
  await signOut({ redirectTo: "/login?notice=logout" });
}
