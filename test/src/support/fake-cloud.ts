// The one fake of callCloud for the UI tests: each call is answered by the test's handler for it, and every answer
// is parsed with the call's output schema from the registry, so a fake answering a shape the contract does not allow
// fails the test. A test file mocks the client with it:
//   jest.mock('<path>/src/common/api/cloud', () => require('<path>/support/fake-cloud').fakeCloudModule());
import { CALLS, type CallInput, type CallName, type CallOutput } from '../../../cloud/core/registry';

type Handler<N extends CallName> = (data: CallInput<N>) => CallOutput<N> | Promise<CallOutput<N>>;
export type Handlers = { [N in CallName]?: Handler<N> };

let handlers: Handlers = {};
/** Answers that broke the contract; each fails the test it happened in, even where the page swallowed the error. */
const broken: string[] = [];

async function answer<N extends CallName>(name: N, data: CallInput<N>): Promise<CallOutput<N>> {
  const handler = handlers[name] as Handler<N> | undefined;
  if (!handler) throw new Error(`unexpected call ${name} ${JSON.stringify(data)}`);
  const given = await handler(data);
  const parsed = CALLS[name].output.safeParse(given);
  if (!parsed.success) {
    const why = `the fake's answer to ${name} breaks the contract: ${parsed.error.message}`;
    broken.push(why);
    throw new Error(why);
  }
  return parsed.data as CallOutput<N>;
}

/** The mocked callCloud: a jest.fn, so tests can also ask what was called with what. */
export const callCloud = jest.fn(answer) as jest.MockedFunction<
  <N extends CallName>(name: N, data: CallInput<N>) => Promise<CallOutput<N>>
>;

/** The client module with callCloud replaced (ApiCallError and the rest are the real ones). */
export function fakeCloudModule() {
  return { ...jest.requireActual('../../../src/common/api/cloud'), callCloud };
}

/** Answers these calls (and no others) from now on. */
export function serve(next: Handlers): void {
  handlers = { ...next };
}

/** Answers these calls differently from now on; the others as before. */
export function answerAlso(next: Handlers): void {
  handlers = { ...handlers, ...next };
}

/** The inputs of every call made to `name`, in order. */
export function callsOf<N extends CallName>(name: N): CallInput<N>[] {
  return callCloud.mock.calls.filter(([n]) => n === name).map(([, data]) => data as CallInput<N>);
}

/** The contract breaks found so far, taken away (a test of the fake itself expects one). */
export function takeBroken(): string[] {
  return broken.splice(0);
}

beforeEach(() => {
  handlers = {};
  broken.length = 0;
  callCloud.mockClear();
});

afterEach(() => {
  const found = broken.splice(0);
  if (found.length > 0) throw new Error(found.join('\n'));
});
