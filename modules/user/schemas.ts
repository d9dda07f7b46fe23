// One schema per request shape: the route handler, the form resolver and the
// OpenAPI document all use these (STYLE.md §5).
import { z } from "zod";
import { isValidTimeZone } from "@/lib/clock";
import { PASSWORD_MAX, PASSWORD_MIN, passwordShapeProblem } from "./password-rules";

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

export const emailSchema = z
  .string({ error: "is required" })
  .trim()
  .max(254, "must be at most 254 characters")
  .pipe(z.email({ error: "must be a valid email address" }))
  .transform((email) => email.toLowerCase())
  .meta({ example: "ada@example.com" });

/**
 * Length rules, which forms check too. Servers also refuse commonly used
 * passwords (password-policy.ts), after parsing: the list stays off the browser.
 */
export const newPasswordSchema = z
  .string({ error: "is required" })
  .superRefine((password, ctx) => {
    const problem = passwordShapeProblem(password);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .meta({ description: `${PASSWORD_MIN}–${PASSWORD_MAX} characters, not a commonly used password` });

export const nameSchema = z
  .string()
  .trim()
  .max(100, "must be at most 100 characters")
  .transform((name) => (name === "" ? null : name));

export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => CURRENCIES.has(code), "must be an ISO 4217 currency code, like USD or EUR")
  .meta({ example: "EUR" });

export const timezoneSchema = z
  .string()
  .trim()
  .max(64)
  .refine(isValidTimeZone, "must be an IANA time zone, like Europe/Paris")
  .meta({ example: "Europe/Paris" });

export const registerBody = z
  .strictObject({
    email: emailSchema,
    password: newPasswordSchema,
    name: nameSchema.optional(),
    timezone: timezoneSchema.optional(),
    currency: currencySchema.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.password.trim().toLowerCase() === body.email) {
      ctx.addIssue({ code: "custom", path: ["password"], message: "must not be your email address" });
    }
  });
export type RegisterInput = z.output<typeof registerBody>;

export const loginBody = z.strictObject({
  email: emailSchema,
  // No strength rules at login: whatever was accepted once must keep working.
  password: z.string({ error: "is required" }).min(1, "is required").max(1024, "is too long"),
});
export type LoginInput = z.output<typeof loginBody>;

export const emailOnlyBody = z.strictObject({ email: emailSchema });

export const resetPasswordBody = z.strictObject({
  token: z.string({ error: "is required" }).min(1, "is required").max(200, "is too long"),
  password: newPasswordSchema,
});

export const verifyEmailQuery = z.object({
  token: z.string({ error: "is required" }).min(1, "is required").max(200, "is too long"),
});

export const updateMeBody = z.strictObject({
  name: nameSchema.nullable().optional(),
  currency: currencySchema.optional(),
  timezone: timezoneSchema.optional(),
});
export type UpdateMeInput = z.output<typeof updateMeBody>;

export const changePasswordBody = z.strictObject({
  currentPassword: z.string({ error: "is required" }).min(1, "is required").max(1024, "is too long"),
  newPassword: newPasswordSchema,
});

export const deleteMeBody = z.strictObject({
  password: z.string({ error: "is required" }).min(1, "is required").max(1024, "is too long"),
});

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.email(),
    name: z.string().nullable(),
    emailVerified: z.boolean(),
    createdAt: z.iso.datetime(),
    currency: z.string(),
    timezone: z.string(),
  })
  .meta({ id: "User" });
export type UserView = z.output<typeof userSchema>;

export const userResponse = z.object({ user: userSchema });
export const sessionResponse = z.object({ user: userSchema, accessExpiresAt: z.iso.datetime() });
export const statusResponse = z.union([
  z.object({ authenticated: z.literal(true), user: userSchema, accessExpiresAt: z.iso.datetime() }),
  z.object({ authenticated: z.literal(false) }),
]);

// ----------------------------------------------------------- access tokens

export const createAccessTokenBody = z
  .strictObject({
    name: z.string({ error: "is required" }).trim().min(1, "is required").max(60, "must be at most 60 characters"),
    scope: z.enum(["read", "write"], { error: 'must be "read" or "write"' }),
    expiresAt: z
      .string({ error: "must be a date written YYYY-MM-DD" })
      .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
      .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "must be a real date")
      .nullable()
      .optional()
      .meta({ description: "The last day it works (UTC); null or left out: until revoked" }),
  })
  .meta({ id: "CreateAccessToken" });
export type CreateAccessTokenInput = z.output<typeof createAccessTokenBody>;

export const accessTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    scope: z.enum(["read", "write"]),
    createdAt: z.iso.datetime(),
    expiresAt: z.string().nullable().meta({ example: "2027-06-30" }),
    lastUsedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "AccessToken" });

export const createdAccessTokenResponse = z.object({
  token: accessTokenSchema,
  secret: z.string().meta({ description: "Shown only in this answer: lgy_ and 256 random bits", example: "lgy_3q2+7w…" }),
});
export const accessTokenListResponse = z.object({ items: z.array(accessTokenSchema) });
