import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const MODULES = ["user", "transaction", "budget"];

// Module boundaries (ARCHITECTURE.md, Layout): imports flow lib/components →
// modules → app, and a module is entered only through its index.ts.
const deepImportOf = (name) => [`@/modules/${name}/*`, `**/modules/${name}/*`, `../${name}/*`, `../${name}`];
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
            "Enter another module through its index.ts only (import from \"@/modules/<name>\").",
            MODULES.filter((other) => other !== name).flatMap(deepImportOf),
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
    ignores: [".next/**", "node_modules/**", "generated/**", ".data*/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
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
        { patterns: [boundary("Use the module's public surface: import from \"@/modules/<name>\".", MODULES.flatMap(deepImportOf).filter((p) => p.startsWith("@")))] },
      ],
    },
  },
];

export default config;
