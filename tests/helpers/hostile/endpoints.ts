// Every endpoint of API.md, with the fields and query parameters each method
// takes, for the generated-input suite. The endpoints the round adds
// (categories, history, recurring, tokens, imports, export) are listed too:
// until they exist the catch-all answers them, and that must hold as well.
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export const METHODS: readonly Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** What a field holds, so the generator can put a valid value next to hostile ones. */
export type FieldKind =
  | "email"
  | "newPassword"
  | "password"
  | "personName"
  | "timezone"
  | "currency"
  | "mailToken"
  | "amount"
  | "transactionType"
  | "date"
  | "futureDate"
  | "note"
  | "comment"
  | "category"
  | "month"
  | "boolean"
  | "keywords"
  | "frequency"
  | "interval"
  | "scope"
  | "tokenName"
  | "expiryDate"
  | "limit"
  | "cursor"
  | "filterType"
  | "search"
  | "days"
  | "format"
  | "columns"
  | "dateFormat"
  | "decimalSeparator";

export type Operation = {
  /** Needs a session (else 401); public endpoints are answered signed out too. */
  auth: boolean;
  body?: Record<string, FieldKind>;
  query?: Record<string, FieldKind>;
  /** Also takes multipart/form-data and application/x-www-form-urlencoded. */
  forms?: boolean;
  /** Takes a CSV file (multipart field `file` or a text/csv body). */
  csv?: boolean;
  /** Request headers it documents: a 400 names a bad one the way API.md spells it. */
  headers?: string[];
  /**
   * Never sent with the suite's real session: it would end or rotate it
   * (logout, refresh) and every later request would be signed out.
   */
  spendsTheSession?: boolean;
};

export type Endpoint = {
  /** The path, `{id}` standing for an id segment. */
  path: string;
  /** Which real row an `{id}` may name (the suite creates one of each). */
  idOf?: "transaction" | "budget" | "category" | "none";
  operations: Partial<Record<Method, Operation>>;
};

const transactionFields = {
  amount: "amount",
  type: "transactionType",
  date: "date",
  note: "note",
  comment: "comment",
  category: "category",
} as const satisfies Record<string, FieldKind>;

const listFilters = {
  type: "filterType",
  category: "category",
  from: "date",
  to: "date",
  q: "search",
} as const satisfies Record<string, FieldKind>;

const recurringFields = {
  type: "transactionType",
  amount: "amount",
  category: "category",
  note: "note",
  comment: "comment",
  frequency: "frequency",
  interval: "interval",
  // Future dates only: a valid schedule starting in 1900 would record
  // decades of daily transactions on the shared test database.
  startDate: "futureDate",
  endDate: "futureDate",
} as const satisfies Record<string, FieldKind>;

export const ENDPOINTS: readonly Endpoint[] = [
  {
    path: "/api/auth/register",
    operations: {
      POST: { auth: false, body: { email: "email", password: "newPassword", name: "personName", timezone: "timezone", currency: "currency" } },
    },
  },
  { path: "/api/auth/login", operations: { POST: { auth: false, body: { email: "email", password: "password" } } } },
  { path: "/api/auth/logout", operations: { POST: { auth: true, spendsTheSession: true } } },
  { path: "/api/auth/refresh", operations: { POST: { auth: false, spendsTheSession: true } } },
  { path: "/api/auth/verify-email", operations: { GET: { auth: false, query: { token: "mailToken" } } } },
  { path: "/api/auth/resend-verification", operations: { POST: { auth: false, body: { email: "email" } } } },
  { path: "/api/auth/status", operations: { GET: { auth: false } } },
  { path: "/api/auth/forgot-password", operations: { POST: { auth: false, body: { email: "email" } } } },
  { path: "/api/auth/reset-password", operations: { POST: { auth: false, body: { token: "mailToken", password: "newPassword" } } } },
  {
    path: "/api/users/me",
    operations: {
      GET: { auth: true },
      PATCH: { auth: true, body: { name: "personName", currency: "currency", timezone: "timezone" } },
      DELETE: { auth: true, body: { password: "password" } },
    },
  },
  { path: "/api/users/me/password", operations: { POST: { auth: true, body: { currentPassword: "password", newPassword: "newPassword" } } } },
  {
    path: "/api/tokens",
    operations: { GET: { auth: true }, POST: { auth: true, body: { name: "tokenName", scope: "scope", expiresAt: "expiryDate" } } },
  },
  { path: "/api/tokens/{id}", idOf: "none", operations: { DELETE: { auth: true } } },
  {
    path: "/api/transactions",
    operations: {
      GET: { auth: true, query: { ...listFilters, limit: "limit", cursor: "cursor" } },
      POST: { auth: true, body: transactionFields, forms: true, headers: ["Idempotency-Key"] },
    },
  },
  {
    path: "/api/transactions/{id}",
    idOf: "transaction",
    operations: {
      GET: { auth: true },
      PUT: { auth: true, body: transactionFields },
      PATCH: { auth: true, body: transactionFields },
      DELETE: { auth: true },
    },
  },
  { path: "/api/transactions/summary", operations: { GET: { auth: true, query: listFilters } } },
  { path: "/api/transactions/export", operations: { GET: { auth: true, query: { ...listFilters, format: "format" } } } },
  { path: "/api/categories/detect", operations: { GET: { auth: true, query: { text: "note", type: "transactionType" } } } },
  {
    path: "/api/categories",
    operations: {
      GET: { auth: true, query: { type: "transactionType" } },
      POST: { auth: true, body: { name: "category", type: "transactionType", keywords: "keywords" } },
    },
  },
  {
    path: "/api/categories/{id}",
    idOf: "category",
    operations: {
      PATCH: { auth: true, body: { name: "category", keywords: "keywords" } },
      DELETE: { auth: true, query: { moveTo: "category" } },
    },
  },
  { path: "/api/imports", operations: { POST: { auth: true, csv: true } } },
  { path: "/api/imports/{id}", idOf: "none", operations: { GET: { auth: true } } },
  {
    path: "/api/imports/{id}/commit",
    idOf: "none",
    operations: {
      POST: { auth: true, body: { columns: "columns", dateFormat: "dateFormat", decimalSeparator: "decimalSeparator", skipDuplicates: "boolean" } },
    },
  },
  {
    path: "/api/budgets",
    operations: {
      GET: { auth: true, query: { month: "month" } },
      POST: { auth: true, body: { category: "category", amount: "amount", rollover: "boolean", from: "month" } },
    },
  },
  {
    path: "/api/budgets/{id}",
    idOf: "budget",
    operations: { PUT: { auth: true, body: { amount: "amount", rollover: "boolean", from: "month" } }, DELETE: { auth: true } },
  },
  { path: "/api/budgets/{id}/history", idOf: "budget", operations: { GET: { auth: true, query: { from: "month", to: "month" } } } },
  { path: "/api/recurring", operations: { GET: { auth: true }, POST: { auth: true, body: recurringFields } } },
  { path: "/api/recurring/upcoming", operations: { GET: { auth: true, query: { days: "days" } } } },
  {
    path: "/api/recurring/{id}",
    idOf: "none",
    operations: { GET: { auth: true }, PATCH: { auth: true, body: recurringFields }, DELETE: { auth: true } },
  },
  { path: "/api/metrics", operations: { GET: { auth: false } } },
  { path: "/api/health", operations: { GET: { auth: false } } },
  { path: "/api/health/ready", operations: { GET: { auth: false } } },
  { path: "/api/openapi.json", operations: { GET: { auth: false } } },
];

/** The methods API.md gives a path. */
export const methodsOf = (endpoint: Endpoint): Method[] => METHODS.filter((method) => endpoint.operations[method]);

/** Every name an operation documents (a missing required one is reported under it). */
export function documentedNames(operation: Operation | undefined): string[] {
  if (!operation) return [];
  return [...Object.keys(operation.body ?? {}), ...Object.keys(operation.query ?? {}), ...(operation.csv ? ["file"] : []), ...(operation.headers ?? [])];
}

/** Pages, for the "never 5xx" half of the property (they answer HTML, not problem+json). */
export const PAGES = ["/", "/login", "/register", "/dashboard", "/transactions", "/budgets", "/settings", "/forgot-password", "/reset-password", "/verify-email"];
