export function schemaSql(databaseUrl?: string): Promise<string>;
