import type { Test } from 'supertest';
import { rawResponse, type SentResponse } from '../../test-support/raw-response.js';
import type { CheckedResponse, ResponseValidator } from './response-validator.js';

/**
 * Sends the requests of the contract test and checks each response against the document, keeping every
 * problem (a status other than the one the request was made to get counts as one) and what was checked.
 */
export class ContractSession {
  readonly problems: string[] = [];
  readonly checked: CheckedResponse[] = [];

  constructor(private readonly validator: ResponseValidator) {}

  async send(operationId: string, test: Test, expected: number): Promise<SentResponse> {
    const response = await rawResponse(test);
    const { problems, checked } = this.validator.check(operationId, response);
    this.checked.push(checked);
    this.problems.push(...problems);
    if (response.status !== expected) {
      const excerpt = response.body.toString('utf8').slice(0, 300);
      this.problems.push(`${operationId}: expected ${expected}, got ${response.status}: ${excerpt}`);
    }
    return response;
  }

  /** Sends a request expected to answer JSON and returns the parsed body. */
  async json(operationId: string, test: Test, expected: number): Promise<unknown> {
    const response = await this.send(operationId, test, expected);
    return JSON.parse(response.body.toString('utf8')) as unknown;
  }
}
