// A react-hook-form resolver whose schema (and zod with it) loads on first
// use instead of with the page: zod is the largest library a form page would
// otherwise ship up front. The first validation is the first submit (forms
// validate on submit), by when the chunk is usually in already: call
// `preload` when the form is first focused.
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

export type LazyResolver<Input extends FieldValues, Output> = Resolver<Input, unknown, Output> & { preload: () => void };

/** The form values a schema takes: its input, which for an object schema is an object. */
type InputOf<S extends z.ZodType> = z.input<S> extends FieldValues ? z.input<S> : never;

/**
 * zod compiles object parsers with `new Function` when it can, and finds out
 * by trying: under the app's Content-Security-Policy (no 'unsafe-eval') that
 * try is a CSP violation, reported in the console and by Lighthouse. Parsing
 * without the JIT gives the same results.
 */
function jitless(): Promise<void> {
  return import("zod").then(({ config }) => void config({ jitless: true }));
}

export function lazyZodResolver<S extends z.ZodType, Input extends FieldValues = InputOf<S>, Output = z.output<S>>(
  load: () => Promise<S>,
): LazyResolver<Input, Output> {
  let loading: Promise<Resolver<Input, unknown, Output>> | null = null;
  const resolver = () => {
    // jitless first: zod decides when a schema is made, as the schema module loads.
    loading ??= jitless().then(() => Promise.all([load(), import("@hookform/resolvers/zod")])).then(
      ([schema, { zodResolver }]) => zodResolver(schema as z.ZodType<Output, Input>) as unknown as Resolver<Input, unknown, Output>,
    );
    // Retried on the next use if the chunk failed to load (a flaky network).
    loading.catch(() => (loading = null));
    return loading;
  };
  const lazy = (async (values, context, options) => (await resolver())(values, context, options)) as LazyResolver<Input, Output>;
  lazy.preload = () => void resolver().catch(() => {});
  return lazy;
}
