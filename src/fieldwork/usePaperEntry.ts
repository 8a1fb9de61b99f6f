// Drives 纸质问卷录入: the form's serial and its two answers, checked with the contract's schema, entered one form
// after another (the serial and answers clear after each; a serial entered before is shown under the serial box).
import { useState } from 'react';
import { SubmitPaperResponseInput } from '../../cloud/contract/fieldwork';
import { callCloud } from '../common/api/cloud';
import { check, type FieldErrors } from '../common/formCheck';
import { useAction } from '../common/hooks/useAction';
import type { QuestionId } from '../survey/flow';
import { FIELDWORK_TEXT } from '../text/fieldwork';

export function usePaperEntry(communityId: string) {
  const [serial, setSerial] = useState('');
  const [answers, setAnswers] = useState<Partial<Record<QuestionId, string>>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [entered, setEntered] = useState(0);
  const action = useAction();

  const submit = async () => {
    const checked = check(SubmitPaperResponseInput, { communityId, serial, answers });
    if (!checked.ok) {
      // An unanswered question reads "choose one", whatever zod says of a missing option.
      const found: FieldErrors = { ...checked.errors };
      for (const q of ['awareness', 'satisfaction'] as const) if (!answers[q]) found[q] = FIELDWORK_TEXT.chooseAnswer;
      setErrors(found);
      return;
    }
    setErrors({});
    const typed = serial.trim();
    const done = await action.run(() => callCloud('submitPaperResponse', { communityId, serial, answers: checked.data.answers }), {
      done: () => FIELDWORK_TEXT.paperEntered(typed),
      failed: (e) => {
        if (e.code === 'SERIAL_ENTERED') setErrors({ serial: e.message });
        return e.message;
      },
    });
    if (!done) return;
    setEntered((n) => n + 1);
    setSerial('');
    setAnswers({});
  };

  return {
    serial,
    setSerial: (value: string) => {
      setSerial(value);
      setErrors((e) => ({ ...e, serial: undefined }));
    },
    answers,
    choose: (question: QuestionId, option: string) => {
      setAnswers((a) => ({ ...a, [question]: option }));
      setErrors((e) => ({ ...e, [question]: undefined }));
    },
    errors,
    entered,
    busy: action.busy,
    result: action.result,
    submit,
  };
}
