/** @module The HTTP adapter: Fastify server, problem+json errors, OpenAPI from the zod schemas. */
export { buildHttpServer, type HttpOptions, type HttpServer } from './server.js';
export type { RouteSpec } from './route.js';
export type { FhirHttpDeps } from './routes/fhir.js';
export { PROBLEM_TYPE } from './errors.js';
