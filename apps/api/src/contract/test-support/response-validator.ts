import { parsePartialDate } from '@sco/core';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  isJson,
  mediaType,
  openApiDocumentSchema,
  operationsOf,
  type OpenApiDocument,
  type Operation,
} from './openapi-document.js';

/** A response as the contract sees it: its status, its Content-Type and its raw body. */
export interface RawResponse {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly body: Buffer;
}

/** What one response was checked against: the operation, the status and the media type. */
export interface CheckedResponse {
  readonly operationId: string;
  readonly status: number;
  readonly mediaType: string | null;
}

const DOCUMENT_ID = 'openapi';

/** A JSON pointer segment, escaped for a URI fragment. */
function segment(text: string): string {
  return encodeURIComponent(text.replace(/~/g, '~0').replace(/\//g, '~1'));
}

/** The text of a body: UTF-8 for text and JSON, one character per byte for binary media types. */
function bodyText(type: string, body: Buffer): string {
  const textual = type.startsWith('text/') || isJson(type) || type.endsWith('xml');
  return body.toString(textual ? 'utf8' : 'latin1');
}

/**
 * Checks real responses against the OpenAPI document: the status must be declared for the operation, the
 * media type declared for the status, and the body valid against the declared schema (JSON Schema 2020-12,
 * with Ajv; `$ref`s resolve inside the document). A 304 and a 204 must have no body.
 */
export class ResponseValidator {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  readonly document: OpenApiDocument;
  readonly operations: ReadonlyMap<string, Operation>;

  /** `raw`: the document as the app serves it (GET /openapi.json). */
  constructor(raw: unknown) {
    this.document = openApiDocumentSchema.parse(raw);
    addFormats.default(this.ajv);
    this.ajv.addFormat('partial-date', (value: string) => parsePartialDate(value) !== null);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema(raw as object, DOCUMENT_ID);
    this.operations = new Map(
      operationsOf(this.document).map((operation) => [operation.operationId, operation]),
    );
  }

  /** The problems of a response of an operation; none when it is what the document declares. */
  check(operationId: string, response: RawResponse): { problems: string[]; checked: CheckedResponse } {
    const { status } = response;
    const type = mediaType(response.contentType);
    const checked = { operationId, status, mediaType: response.body.length > 0 ? type : null };
    const operation = this.operations.get(operationId);
    if (!operation) return { problems: [`the document has no operation ${operationId}`], checked };
    const where = `${operationId} → ${status}`;
    if (status === 304) {
      return { problems: response.body.length > 0 ? [`${where}: a 304 has a body`] : [], checked };
    }
    const declared = operation.responses[String(status)];
    if (!declared) {
      const statuses = Object.keys(operation.responses).join(', ');
      return { problems: [`${where}: status not declared (declared: ${statuses})`], checked };
    }
    if (!declared.content) {
      const problems = response.body.length > 0 ? [`${where}: a body where the document declares none`] : [];
      return { problems, checked };
    }
    if (!(type in declared.content)) {
      const types = Object.keys(declared.content).join(', ');
      return {
        problems: [`${where}: media type ${type || '(none)'} not declared (declared: ${types})`],
        checked,
      };
    }
    const text = bodyText(type, response.body);
    let value: unknown = text;
    if (isJson(type)) {
      try {
        value = JSON.parse(text);
      } catch {
        return { problems: [`${where}: the ${type} body is not JSON`], checked };
      }
    }
    return { problems: this.validate(operation, String(status), type, value, where), checked };
  }

  /** The problems of a value against the schema declared for an operation's status and media type. */
  validate(operation: Operation, status: string, type: string, value: unknown, where: string): string[] {
    const pointer = [
      'paths',
      operation.path,
      operation.method,
      'responses',
      status,
      'content',
      type,
      'schema',
    ]
      .map(segment)
      .join('/');
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}#/${pointer}` });
      this.validators.set(pointer, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).slice(0, 10).map((error) => {
      const extra = error.keyword === 'additionalProperties' ? ` (${JSON.stringify(error.params)})` : '';
      return `${where} ${type}: ${error.instancePath || '(root)'} ${error.message ?? error.keyword}${extra}`;
    });
  }
}
