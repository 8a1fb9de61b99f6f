// The app marks rates against TARGET_PERCENT (zod-free, for the mini-program); the server against the standard.
import { STANDARD, TARGET_PERCENT } from '../../../cloud/contract';

test("the app's 85% is the standard's rate for state A, so screen marks and scores agree", () => {
  expect(STANDARD.rateStates.A).toBe(85);
  expect(TARGET_PERCENT).toBe(STANDARD.rateStates.A);
});
