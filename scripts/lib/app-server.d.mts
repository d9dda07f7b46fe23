import type { ChildProcess } from "node:child_process";
export function serverNodeFlags(): string[];
export function startApp(env: NodeJS.ProcessEnv, port: number, options?: { quiet?: boolean; nodeArgs?: string[] }): Promise<ChildProcess>;
export function stopApp(child: ChildProcess): Promise<void>;
