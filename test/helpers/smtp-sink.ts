import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A message as it reached the SMTP server: its envelope recipients and its decoded subject and text. */
export type ReceivedMail = { to: string[]; subject: string; text: string };

const hexBytes = (s: string) =>
  Buffer.from(
    s.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");

/** The subject and text of a single-part message as nodemailer writes it (quoted-printable or base64). */
export function decodeMail(raw: string): { subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  const headers = head.replace(/\r?\n[ \t]+/g, " ");
  const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(headers)?.[1].toLowerCase();
  const text =
    encoding === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? hexBytes(body.replace(/=\r?\n/g, ""))
        : body;
  const subject = (/^subject:\s*(.*)$/im.exec(headers)?.[1] ?? "").replace(
    /=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi,
    (_, kind: string, data: string) =>
      kind.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : hexBytes(data.replace(/_/g, " ")),
  );
  return { subject, text: text.replace(/\r\n/g, "\n") };
}

/**
 * An SMTP server in this process, on 127.0.0.1 (port 0: any free one), that keeps every message it
 * is given. No TLS and no login, as a test's own server needs neither.
 */
export async function startSmtpSink(
  port = 0,
): Promise<{ port: number; received: ReceivedMail[]; close(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        received.push({ to, ...decodeMail(Buffer.concat(chunks).toString("utf8")) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
