"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const readDeviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** This device's IANA time zone; null during server rendering and hydration. */
export const useDeviceTimeZone = (): string | null => useSyncExternalStore(noSubscription, readDeviceZone, () => null);
