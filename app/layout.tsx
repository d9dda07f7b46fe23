import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";

// Side effect only: the header's client code joins the root layout's bundle (see the file).
import "@/components/app-shell/shared-client";
import { ThemeScript } from "@/components/theme/theme-script";
import { ToastProvider } from "@/components/ui/toast";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Ledgerly", template: "%s · Ledgerly" },
  description: "Self-hosted personal finance: record income and expenses, budget per category, see where your money goes.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1120" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Set per request by the proxy alongside the Content-Security-Policy header.
  const nonce = (await headers()).get("x-nonce") ?? undefined;

  return (
    // The theme script adds the `dark` class before hydration.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript nonce={nonce} />
      </head>
      <body>
        <ToastProvider>{children}</ToastProvider>
      </body>
    </html>
  );
}
