// The standard's own names that the staff pages print: its two rates and its two classes (from the standard in force).
import { STANDARD_IN_FORCE } from '../../cloud/contract/rules';

export type RateId = (typeof STANDARD_IN_FORCE.rates)[number]['id'];
export const rateName = (id: RateId): string => STANDARD_IN_FORCE.rates.find((r) => r.id === id)?.name ?? id;
export const CLASS_NAMES = { first: STANDARD_IN_FORCE.classes.first.name, second: STANDARD_IN_FORCE.classes.second.name };
