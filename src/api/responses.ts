import type { z } from '@hono/zod-openapi';
import * as S from './schemas.ts';

/** The OpenAPI declaration of a JSON response: its schema and what it means. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });

export const errors = {
  400: json(S.ErrorBody, 'a parameter or the body is not valid'),
};
export const notFound = { 404: json(S.ErrorBody, 'no such article') };
export const noItem = { 404: json(S.ErrorBody, 'no such article or item') };
export const writeErrors = {
  401: json(S.ErrorBody, 'no token, or the wrong one, or the server takes no writes'),
  413: json(S.ErrorBody, 'the body is over the limit'),
};

/** A JSON request body validated with `schema`. */
export const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
