// The OpenAPI document, assembled from each module's descriptions; served as
// JSON by /api/openapi.json and rendered for people at /docs/api.
import { accountFileOpenApi } from "@/app/account-file";
import { appOrigin } from "@/lib/env";
import { buildOpenApiDocument } from "@/lib/openapi";
import { operationsOpenApi } from "@/lib/operations-openapi";
import { budgetOpenApi } from "@/modules/budget";
import { importsOpenApi, recurringOpenApi, transactionOpenApi } from "@/modules/transaction";
import { userOpenApi } from "@/modules/user";

export const openApiDocument = () =>
  buildOpenApiDocument([userOpenApi, transactionOpenApi, recurringOpenApi, importsOpenApi, budgetOpenApi, accountFileOpenApi, operationsOpenApi], appOrigin());
