import "server-only";
import type { Transporter } from "nodemailer";
import { env } from "@/lib/env";
import type { Mail } from "./notice-text";

let cached: { url: string; transporter: Transporter } | undefined;

/** Whether notices go out at all: only when an SMTP server is configured. */
export function mailEnabled(): boolean {
  return env().SMTP_URL !== undefined;
}

// Loaded on first use: a site without an SMTP server never loads nodemailer at all.
async function transporter(url: string): Promise<Transporter> {
  if (cached?.url !== url) {
    const nodemailer = (await import("nodemailer")).default;
    cached?.transporter.close();
    // Short timeouts: a notice that cannot be handed over soon is dropped, not left holding a socket.
    cached = {
      url,
      transporter: nodemailer.createTransport(url, {
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    };
  }
  return cached.transporter;
}

/**
 * Hands one notice to the SMTP server. Never throws: the write it reports on has committed, and a
 * mail server that is down must not turn a saved change into an error. The address is not logged.
 */
export async function sendMail(mail: Mail): Promise<boolean> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return false;
  try {
    await (await transporter(SMTP_URL)).sendMail({
      from: MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
    return true;
  } catch (error) {
    console.error(`notice not sent (${mail.subject}):`, error instanceof Error ? error.message : error);
    return false;
  }
}
