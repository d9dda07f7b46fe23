export const CLIENT_IP_HEADER: "x-ledgerly-client-ip";
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string;
export function isDecodablePath(target: string): boolean;
export const HTTP_METHODS: ReadonlySet<string>;
export const REFUSED_METHOD_HEADER: "x-ledgerly-refused-method";
