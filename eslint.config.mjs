import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const MODULES = ["user", "transaction", "budget"];

// Module boundaries (ARCHITECTURE.md, Layout): imports flow lib/components →
// modules → app, and a module is entered only through its index.ts.
const deepImportOf = (name) => [`@/modules/${name}/*`, `**/modules/${name}/*`, `../${name}/*`, `../${name}`];
// A module's second entry: client.ts re-exports the browser-safe part of its
// surface (schemas, constants), for client components that can't load index.ts.
const clientEntryOf = (name) => [`!@/modules/${name}/client`];
const boundary = (message, group) => ({ group, message });

const moduleBoundaries = MODULES.map((name) => ({
  files: [`modules/${name}/**/*.{ts,tsx}`],
  ignores: [`modules/${name}/**/*.test.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          boundary("A module may not import the app layer.", ["@/app/*", "**/app/*"]),
          boundary(
            "Enter another module through its index.ts only (import from \"@/modules/<name>\", or its client.ts from browser-safe code).",
            MODULES.filter((other) => other !== name).flatMap((other) => [...deepImportOf(other), ...clientEntryOf(other)]),
          ),
        ],
      },
    ],
  },
}));

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "generated/**", ".data*/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The generated Prisma client is for its row types only: loaded at run
    // time, its runtime and query compiler cost a server ~60 MiB (lib/db/client.ts).
    files: ["app/**/*.{ts,tsx}", "modules/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/generated/prisma/*", "**/generated/prisma/*"],
              allowTypeImports: true,
              message: "Import only types from the generated client; SQL fragments come from \"@/lib/db/sql-fragments\".",
            },
          ],
        },
      ],
    },
  },
  {
    // Black-box tests read JSON bodies whose shape is what they assert on.
    files: ["tests/**/*.ts", "e2e/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            boundary("Shared code (lib, components) may not depend on modules or the app.", [
              "@/modules/*",
              "@/modules",
              "**/modules/*",
              "@/app/*",
              "**/app/*",
            ]),
          ],
        },
      ],
    },
  },
  ...moduleBoundaries,
  {
    files: ["app/**/*.{ts,tsx}", "tests/**/*.ts", "e2e/**/*.ts", "bench/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            boundary(
              "Use the module's public surface: import from \"@/modules/<name>\" (or \"@/modules/<name>/client\" in client components).",
              MODULES.flatMap((name) => [...deepImportOf(name).filter((p) => p.startsWith("@")), ...clientEntryOf(name)]),
            ),
          ],
        },
      ],
    },
  },
];

export default config;
