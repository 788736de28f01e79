/**
 * Next.js gives every `"use cache"` function a server reference id, like a server action's, and answers
 * a POST naming it in `Next-Action` by running it with the posted arguments. The app never hands a cached
 * function to the browser, so such a call is never the app's own. The first byte of the hex id says what
 * it names: its top bit is set for `"use cache"` (next/dist/shared/lib/server-reference-info).
 */
export function namesCachedFunction(actionId: string | null): boolean {
  if (!actionId || !/^[0-9a-f]{2}/i.test(actionId)) return false;
  return (Number.parseInt(actionId.slice(0, 2), 16) & 0x80) !== 0;
}
