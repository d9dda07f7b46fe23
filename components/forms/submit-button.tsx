"use client";

import { useSyncExternalStore } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";

const noSubscription = () => () => {};

export interface SubmitButtonProps extends Omit<ButtonProps, "type" | "loading"> {
  /** The request is running (or the page is about to change): show the spinner, take no more clicks. */
  pending: boolean;
}

/**
 * A form's submit button, disabled until React has hydrated the page: before
 * that, pressing Enter would submit the server-rendered form natively, as a
 * GET that puts the typed password in the address bar and the history. (With
 * its default button disabled, a form doesn't submit implicitly either.)
 */
export function SubmitButton({ pending, disabled, ...props }: SubmitButtonProps) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  return <Button type="submit" loading={pending} disabled={!hydrated || disabled} {...props} />;
}
