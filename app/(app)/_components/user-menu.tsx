// Placeholder until the user menu lands.
export function UserMenu({ name, email }: { name: string | null; email: string }) {
  return <span className="text-sm text-muted-foreground">{name ?? email}</span>;
}
