// An app instance whose log the test reads: scripts/server.mjs as a child
// with its stdout and stderr kept line by line (startApp in
// scripts/lib/app-server.mjs inherits or drops them).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { stopApp } from "../../../scripts/lib/app-server.mjs";
import { pollUntil } from "./services";

const root = path.resolve(import.meta.dirname, "../../..");

export type LoggingApp = { url: string; lines: string[]; child: ChildProcess; stop: () => Promise<void> };

export async function startLoggingApp(env: NodeJS.ProcessEnv, port: number): Promise<LoggingApp> {
  const child = spawn(process.execPath, [path.join(root, "scripts/server.mjs")], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let partial = "";
    stream.on("data", (chunk: Buffer) => {
      const text = partial + chunk.toString("utf8");
      const complete = text.split("\n");
      partial = complete.pop()!;
      lines.push(...complete);
    });
  }
  const url = `http://localhost:${port}`;
  const ready = await pollUntil(
    async () => {
      if (child.exitCode !== null) throw new Error(`the app exited during start-up:\n${lines.join("\n")}`);
      return fetch(`${url}/api/health/ready`).then((r) => r.ok, () => false);
    },
    { timeoutMs: 60_000, everyMs: 250 },
  );
  if (!ready.value) {
    child.kill("SIGKILL");
    throw new Error(`the app did not become ready within 60 s:\n${lines.join("\n")}`);
  }
  return { url, lines, child, stop: () => stopApp(child) };
}
