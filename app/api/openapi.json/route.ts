import { appOrigin } from "@/lib/env";
import { endpoint, handler, json } from "@/lib/http";
import { buildOpenApiDocument } from "@/lib/openapi";
import { operationsOpenApi } from "@/lib/operations-openapi";
import { budgetOpenApi } from "@/modules/budget";
import { transactionOpenApi } from "@/modules/transaction";
import { userOpenApi } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = endpoint("/api/openapi.json", {
  GET: handler({}, async () =>
    json(buildOpenApiDocument([userOpenApi, transactionOpenApi, budgetOpenApi, operationsOpenApi], appOrigin())),
  ),
});
