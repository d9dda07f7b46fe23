import type { ChildProcess } from "node:child_process";
export function startCommand(projectRoot?: string): { flags: string[]; script: string };
export function serverNodeFlags(): string[];
export function startApp(env: NodeJS.ProcessEnv, port: number, options?: { quiet?: boolean; nodeArgs?: string[] }): Promise<ChildProcess>;
export function stopApp(child: ChildProcess): Promise<void>;
