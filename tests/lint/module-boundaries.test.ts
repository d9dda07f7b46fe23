// The module-boundary rule must be able to fail: lint sample imports as if
// they were files in each layer.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });

async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

// The first lint loads the TypeScript parser and the whole config: slow once.
describe("module boundaries", { timeout: 60_000 }, () => {
  it.each([
    ["modules/budget/x.ts", 'import { x } from "@/modules/transaction/transaction-repository";'],
    ["modules/budget/x.ts", 'import { x } from "../transaction/transaction-repository";'],
    ["modules/user/x.ts", 'import { x } from "@/app/openapi-document";'],
    ["lib/x.ts", 'import { x } from "@/modules/user";'],
    ["components/ui/x.tsx", 'import { x } from "@/modules/budget";'],
    ["app/x.ts", 'import { x } from "@/modules/user/password-hash";'],
  ])("refuses %s importing past a module's surface: %s", async (file, source) => {
    expect(await boundaryErrors(file, source)).toHaveLength(1);
  });

  it.each([
    ["modules/budget/x.ts", 'import { x } from "@/modules/transaction";'],
    ["modules/budget/x.ts", 'import { x } from "@/modules/transaction/client";'],
    ["modules/budget/x.ts", 'import { x } from "./budget-repository";'],
    ["app/x.ts", 'import { x } from "@/modules/user";'],
    ["app/x.ts", 'import { x } from "@/modules/user/client";'],
    ["lib/x.ts", 'import { x } from "./env";'],
  ])("allows %s: %s", async (file, source) => {
    expect(await boundaryErrors(file, source)).toEqual([]);
  });
});
