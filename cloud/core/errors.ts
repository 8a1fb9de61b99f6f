// Errors the use cases raise on purpose; api.ts turns them into the answer envelope.
import type { ApiIssue, ErrorCode } from '../contract';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const forbidden = (message = '您没有权限进行此操作') => new AppError('FORBIDDEN', message);
export const notFound = (message: string) => new AppError('NOT_FOUND', message);
