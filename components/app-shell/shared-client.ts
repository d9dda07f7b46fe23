"use client";
// The header's client components, imported (not rendered) by the root layout
// so they load once, with the root layout's code. Every page has the header,
// but root-level boundaries (error, loading, not-found) and the (app) and
// (auth) layouts each render it through their own bundles, and without this
// each bundle carried its own copy: two or three per page.
export { MobileNav } from "./mobile-nav";
export { NavLink } from "./nav-link";
export { ThemeToggle } from "@/components/theme/theme-toggle";
