import { readiness } from "@/lib/health";
import { endpoint, handler, json, unavailable } from "@/lib/http";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/health/ready", {
  GET: handler({}, async () => {
    const { ready, checks } = await readiness();
    if (!ready) {
      const down = Object.keys(checks).filter((name) => checks[name] === "down");
      throw unavailable(down.join(" and "), { checks });
    }
    return json({ status: "ready", checks });
  }),
});
