// OpenAPI plumbing: every route declares its schemas (from the contract) with @hono/zod-openapi, and
// /openapi.json is generated from those declarations.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import type { z } from 'zod';
import { ErrorBody } from '../contract/index.ts';
import { dutchValidation } from '../http/errors.ts';

/** A sub-app whose invalid input becomes the API's Dutch 400. */
export function apiApp<E extends Env = Env>(): OpenAPIHono<E> {
  return new OpenAPIHono<E>({ defaultHook: dutchValidation });
}

export const jsonContent = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: jsonContent(schema) });

const error = (description: string) => jsonResponse(ErrorBody, description);

/** Error responses by status, each with the API's error body. */
export const errorResponses = {
  400: error('Ongeldige invoer'),
  401: error('Geen geldig schooltoken'),
  404: error('Niet gevonden (ook: een document van een andere school)'),
  413: error('Bestand of tekst te groot, of te veel pagina’s'),
  415: error('Soort inhoud of bestandstype niet ondersteund'),
  422: error('Document onleesbaar: beveiligd, beschadigd, een scan zonder tekst of leeg'),
  429: error('Te veel aanvragen; zie Retry-After'),
  503: error('Database niet bereikbaar; zie Retry-After'),
} as const;

export const bearer = [{ schoolToken: [] }];

/** The OpenAPI 3.1 document of an app whose routes were declared with `openapi()`. */
// biome-ignore lint/suspicious/noExplicitAny: any app's environment
export function openapiDocument(app: OpenAPIHono<any>) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'schoolToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'A school token (`npm run school:create`)',
  });
  const doc = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Stagewijzer API',
      version: '1.1.0',
      description:
        'Vragen over stages in het vo, beantwoord met het inspectierapport, de WVO 2020, het Uitvoeringsbesluit WVO 2020 en eigen stagedocumenten. Fouten: {"error": {"code", "message"}} met een Nederlandse zin.',
    },
  });
  // Request bodies are declared optional so that one route can take JSON or multipart (each validated
  // only for its own content type); every body of this API is required.
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item as Record<string, { requestBody?: { required?: boolean } }>)) {
      if (op && typeof op === 'object' && op.requestBody) op.requestBody.required = true;
    }
  }
  return doc;
}
