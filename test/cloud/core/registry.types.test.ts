// The registry's rows are typed from their schemas: a handler wired to another call fails `tsc` (npm test runs it).
import { z } from 'zod';
import * as identity from '../../../cloud/contract/identity';
import * as survey from '../../../cloud/contract/survey';
import { CALL_NAMES, CALLS, type CallRow } from '../../../cloud/core/registry';
import { getSurvey, submitResponse } from '../../../cloud/core/handlers';

// Each line below must stay a type error; if one stops being an error, tsc fails on the unused directive.
const miswired: CallRow[] = [
  // @ts-expect-error getSurvey answers GetSurveyOutput, not SubmitResponseOutput
  { input: survey.SubmitResponseInput, output: survey.SubmitResponseOutput, caller: 'identity', who: null, run: getSurvey, cloud: {} },
  // @ts-expect-error submitResponse needs answers that GetSurveyInput does not carry
  { input: survey.GetSurveyInput, output: survey.SubmitResponseOutput, caller: 'identity', who: null, run: submitResponse, cloud: {} },
];

test('every row names its own schemas and a handler; the door reads roles only where a row asks', () => {
  expect(miswired).toHaveLength(2);
  for (const name of CALL_NAMES) {
    const row = CALLS[name];
    expect(row.input).toBeInstanceOf(z.ZodType);
    expect(row.output).toBeInstanceOf(z.ZodType);
    expect(typeof row.run).toBe('function');
    if (row.who) expect(row.caller).toBe('roles');
  }
  expect(CALLS.getSurvey.caller).toBe('identity');
  expect(CALLS.submitResponse.caller).toBe('roles'); // a community's own workers may not answer it
  expect(CALLS.whoami.input).toBe(identity.WhoamiInput);
});
