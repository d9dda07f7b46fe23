/** A page's `searchParams` prop (a promise since Next 15). */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One query parameter's value; a repeated parameter counts by its first value. */
export const firstParam = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;
