// The mails the user module sends. Links are built from APP_URL, never from
// the request's Host header (SECURITY.md).
import { appOrigin } from "@/lib/env";
import type { Mail } from "@/lib/mail";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function mailWithLink(to: string, subject: string, intro: string, action: string, url: string, outro: string): Mail {
  return {
    to,
    subject,
    text: `${intro}\n\n${action}: ${url}\n\n${outro}\n\n— Ledgerly`,
    html: `<p>${escapeHtml(intro)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(action)}</a></p><p>${escapeHtml(outro)}</p><p>— Ledgerly</p>`,
  };
}

export const verificationMail = (to: string, token: string): Mail =>
  mailWithLink(
    to,
    "Confirm your email for Ledgerly",
    "Welcome to Ledgerly! Confirm this address to finish creating your account.",
    "Confirm your email",
    `${appOrigin()}/verify-email?token=${token}`,
    "The link works once and expires in 24 hours. If you didn't sign up, ignore this mail.",
  );

export const passwordResetMail = (to: string, token: string): Mail =>
  mailWithLink(
    to,
    "Reset your Ledgerly password",
    "Someone (hopefully you) asked to reset the password of your Ledgerly account.",
    "Choose a new password",
    `${appOrigin()}/reset-password?token=${token}`,
    "The link works once and expires in 30 minutes. If you didn't ask, ignore this mail: your password stays as it is.",
  );

export const passwordChangedMail = (to: string): Mail => ({
  to,
  subject: "Your Ledgerly password was changed",
  text: `The password of your Ledgerly account was just changed and every session was signed out.\n\nIf this wasn't you, reset your password now: ${appOrigin()}/forgot-password\n\n— Ledgerly`,
  html: `<p>The password of your Ledgerly account was just changed and every session was signed out.</p><p>If this wasn't you, <a href="${appOrigin()}/forgot-password">reset your password now</a>.</p><p>— Ledgerly</p>`,
});
