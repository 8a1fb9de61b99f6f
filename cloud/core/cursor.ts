// The opaque cursor of a page of needs: the last need's instant and id, base64url-encoded.
import { AppError } from './errors';

export interface Position {
  submittedAt: string;
  id: string;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function encodeCursor({ submittedAt, id }: Position): string {
  return Buffer.from(JSON.stringify([submittedAt, id]), 'utf8').toString('base64url');
}

/** The position a cursor names; a cursor this service did not make is a 400, never a 500. */
export function decodeCursor(cursor: string): Position {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  if (Array.isArray(value) && value.length === 2) {
    const [submittedAt, id] = value;
    if (typeof submittedAt === 'string' && INSTANT.test(submittedAt) && typeof id === 'string' && id.length > 0 && id.length <= 128) {
      return { submittedAt, id };
    }
  }
  const message = '分页标记无效，请从第一页重新读取';
  throw new AppError('INVALID_INPUT', '提交的内容不符合要求', [{ path: 'cursor', code: 'custom', message }]);
}
