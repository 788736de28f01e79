import "server-only";
import NextAuth from "next-auth";
import { appAuthConfig } from "./app-config";

// A function config so the secret is read when the server handles a request, not at build time.
export const { handlers, auth, signIn, signOut } = NextAuth(() => appAuthConfig());
