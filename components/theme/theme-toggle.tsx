"use client";

import { useSyncExternalStore } from "react";
import { Monitor, Moon, Sun, type LucideIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { readThemePreference, subscribeToThemePreference, writeThemePreference, type ThemePreference } from "./theme";

const options: Record<ThemePreference, { label: string; icon: LucideIcon; next: ThemePreference }> = {
  light: { label: "Light", icon: Sun, next: "dark" },
  dark: { label: "Dark", icon: Moon, next: "system" },
  system: { label: "System", icon: Monitor, next: "light" },
};

/**
 * Cycles light → dark → system. Requires <ThemeScript> in the root layout,
 * which applies the class this button only records.
 */
export function ThemeToggle({ className }: { className?: string }) {
  // null on the server and during hydration: the stored choice is only known in the browser.
  const preference = useSyncExternalStore(subscribeToThemePreference, readThemePreference, () => null);

  if (preference === null) {
    return (
      <Button variant="ghost" size="icon" className={className} aria-label="Theme" disabled>
        <span className="size-4" />
      </Button>
    );
  }

  const { label, icon: Icon, next } = options[preference];
  const description = `Theme: ${label}. Switch to ${options[next].label.toLowerCase()}.`;

  return (
    <Button
      variant="ghost"
      size="icon"
      className={className}
      aria-label={description}
      title={description}
      onClick={() => writeThemePreference(next)}
    >
      <Icon aria-hidden="true" />
    </Button>
  );
}
