import { Hono } from 'hono';

const error = { $ref: '#/components/schemas/Error' };
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: error } } });
const json = (schema: object) => ({ 'application/json': { schema } });
const bearer = [{ schoolToken: [] }];

const citation = {
  type: 'object',
  required: ['id', 'source', 'quote', 'score'],
  properties: {
    id: { type: 'string' },
    source: { enum: ['report', 'law', 'plan'] },
    section: { type: 'string' },
    title: { type: 'string' },
    page: { type: 'integer' },
    law: { enum: ['WVO 2020', 'UB WVO 2020'] },
    article: { type: 'string' },
    lid: { type: 'string' },
    url: { type: 'string', format: 'uri' },
    planId: { type: 'string' },
    footnote: { type: 'integer', description: 'report: the quote is this footnote of the section (served after the body)' },
    quote: { type: 'string', maxLength: 400 },
    score: { type: 'number' },
  },
};

const checkResult = {
  type: 'object',
  required: ['kind', 'kindConfidence', 'summary', 'requirements', 'recommendations', 'text'],
  properties: {
    kind: { enum: ['stageplan', 'stageovereenkomst', 'leerwerkovereenkomst', 'mas-overeenkomst', 'unknown'] },
    kindConfidence: { type: 'number' },
    summary: { type: 'object', properties: { present: { type: 'integer' }, missing: { type: 'integer' }, unclear: { type: 'integer' }, violated: { type: 'integer' } } },
    requirements: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'label', 'law', 'article', 'status', 'evidence', 'hint'],
        properties: {
          id: { type: 'string' }, label: { type: 'string' }, law: { type: 'string' }, article: { type: 'string' }, lid: { type: 'string' },
          status: { enum: ['present', 'missing', 'unclear', 'violated'] },
          evidence: { type: 'array', items: { type: 'object', properties: { quote: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } } } },
          hint: { type: 'string' },
        },
      },
    },
    recommendations: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, text: { type: 'string' }, section: { type: 'string' } } } },
    message: { type: 'string' },
    text: { type: 'string', description: 'The extracted text the evidence offsets point into.' },
  },
};

const documentBody = {
  content: {
    'application/json': { schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, title: { type: 'string' }, kind: { type: 'string' } } } },
    'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, kind: { type: 'string' }, title: { type: 'string' } } } },
  },
};

const documentErrors = {
  '400': errorResponse('Ongeldige invoer'),
  '413': errorResponse('Bestand of tekst te groot, of te veel pagina’s'),
  '415': errorResponse('Bestandstype niet ondersteund'),
  '422': errorResponse('Document onleesbaar: beveiligd, beschadigd, scan zonder tekst of leeg'),
};

export const openapiDocument = {
  openapi: '3.1.0',
  info: { title: 'Stagewijzer API', version: '1.0.0', description: 'Vragen over stages in het vo, beantwoord met het inspectierapport, de WVO 2020, het Uitvoeringsbesluit WVO 2020 en eigen stagedocumenten.' },
  components: {
    securitySchemes: { schoolToken: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
      Citation: citation,
      CheckResult: checkResult,
    },
  },
  paths: {
    '/healthz': { get: { summary: 'Status, corpus and models', responses: { '200': { description: 'OK', content: json({ type: 'object' }) } } } },
    '/api/ask': {
      post: {
        summary: 'Ask a question; JSON, or with Accept: text/event-stream server-sent events with JSON data: citations (array), delta ({text}), done (the answer object)',
        security: [{}, ...bearer],
        requestBody: { required: true, content: json({ type: 'object', required: ['question'], properties: { question: { type: 'string', minLength: 1, maxLength: 2000 }, persona: { enum: ['student', 'coordinator', 'inspector'] }, planId: { type: 'string' } } }) },
        responses: {
          '200': { description: 'Answer', content: { ...json({ type: 'object', required: ['answer', 'grounded', 'mode', 'citations'], properties: { answer: { type: 'string' }, grounded: { type: 'boolean' }, mode: { enum: ['extractive', 'llm'] }, citations: { type: 'array', items: { $ref: '#/components/schemas/Citation' } } } }), 'text/event-stream': { schema: { type: 'string' } } } },
          '400': errorResponse('Ongeldige vraag'),
          '401': errorResponse('Schooltoken nodig bij planId'),
          '404': errorResponse('Plan niet gevonden'),
        },
      },
    },
    '/api/check': { post: { summary: 'Check a document against the legal checklist (stores nothing)', requestBody: documentBody, responses: { '200': { description: 'Checklist', content: json({ $ref: '#/components/schemas/CheckResult' }) }, ...documentErrors } } },
    '/api/plans': {
      post: { summary: 'Store and index a plan of the school', security: bearer, requestBody: documentBody, responses: { '201': { description: 'Stored', content: json({ type: 'object', properties: { planId: { type: 'string' }, title: { type: 'string' }, kind: { type: 'string' }, chunks: { type: 'integer' }, check: { $ref: '#/components/schemas/CheckResult' }, masked: { type: 'array' } } }) }, '401': errorResponse('Geen geldig schooltoken'), ...documentErrors } },
      get: { summary: 'List the school’s plans', security: bearer, responses: { '200': { description: 'Plans', content: json({ type: 'object', properties: { plans: { type: 'array' } } }) }, '401': errorResponse('Geen geldig schooltoken') } },
    },
    '/api/plans/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: { summary: 'A plan with its check result and text', security: bearer, responses: { '200': { description: 'Plan' }, '401': errorResponse('Geen geldig schooltoken'), '404': errorResponse('Niet gevonden (ook: plan van een andere school)') } },
      delete: { summary: 'Delete a plan and its passages', security: bearer, responses: { '204': { description: 'Deleted' }, '401': errorResponse('Geen geldig schooltoken'), '404': errorResponse('Niet gevonden') } },
    },
    '/api/claims': { post: { summary: 'Check a claim against the report', requestBody: { required: true, content: json({ type: 'object', required: ['claim'], properties: { claim: { type: 'string', minLength: 1, maxLength: 1000 } } }) }, responses: { '200': { description: 'Verdict', content: json({ type: 'object', properties: { verdict: { enum: ['supported', 'contradicted', 'not_in_sources'] }, confidence: { type: 'number' }, explanation: { type: 'string' }, evidence: { type: 'array', items: { $ref: '#/components/schemas/Citation' } } } }) }, '400': errorResponse('Ongeldige bewering') } } },
    '/api/sources/report/{section}': { get: { summary: 'A report section', parameters: [{ name: 'section', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'Section', content: json({ type: 'object', properties: { section: { type: 'string' }, title: { type: 'string' }, pages: { type: 'array', items: { type: 'integer' } }, text: { type: 'string' } } }) }, '404': errorResponse('Onbekende paragraaf') } } },
    '/api/sources/law/{law}/{article}': { get: { summary: 'A law article', parameters: [{ name: 'law', in: 'path', required: true, schema: { enum: ['wvo-2020', 'ub-wvo-2020'] } }, { name: 'article', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'Article', content: json({ type: 'object', properties: { law: { type: 'string' }, article: { type: 'string' }, url: { type: 'string' }, text: { type: 'string' }, validFrom: { type: 'string' } } }) }, '404': errorResponse('Onbekend artikel') } } },
    '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
  },
} as const;

export function openapiRoutes() {
  const app = new Hono();
  app.get('/openapi.json', (c) => c.json(openapiDocument));
  return app;
}
