/** Auth.js's session cookie name: the __Secure- prefix (and the Secure flag) only over HTTPS. */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}authjs.session-token`;
}
