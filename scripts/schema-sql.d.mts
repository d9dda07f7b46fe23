export function schemaSql(databaseUrl?: string): Promise<string>;
export function diffSql(options: { from: string | null; to: string; databaseUrl?: string }): Promise<string>;
