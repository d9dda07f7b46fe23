/**
 * Shared look of text-like form controls (input, textarea, select), so they
 * line up in forms and change together.
 */
export const controlStyles = [
  "w-full min-w-0 rounded-md border border-input bg-card text-foreground shadow-xs",
  // 16px on small screens stops iOS Safari from zooming into the field on focus.
  "text-base sm:text-sm",
  "placeholder:text-muted-foreground",
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
  "aria-invalid:border-danger aria-invalid:focus-visible:outline-danger",
  "disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-60",
].join(" ");
