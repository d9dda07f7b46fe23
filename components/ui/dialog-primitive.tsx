"use client";
// Radix's dialog, loaded on demand by dialog.tsx: the first time a dialog is
// about to open (its trigger hovered, focused or pressed), not with the page.
export { Close, Content, Description, Overlay, Portal, Root, Title } from "@radix-ui/react-dialog";
