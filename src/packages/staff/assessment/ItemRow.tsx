// One 三级指标: its text, the A/B/C choice, where a rate decides it the live rate, its points, who set it, and its note.
import { Text, Textarea, View } from '@tarojs/components';
import { memo, useState } from 'react';
import type { TRate, TSavedItem } from '../../../../cloud/contract';
import { NOTE_MAX, SHOWN_FROM } from '../../../../cloud/contract/rules';
import type { TItem, TItemScore, TState } from '../../../../rubric';
import { displayId, formatPoints } from '../../../assessment/standard-view';
import { staffName } from '../../../assessment/staffName';
import { BigButton } from '../../../common/components/BigButton';
import { formatPercent, formatStamp } from '../../../common/format';
import { ASSESSMENT_TEXT } from '../../../text/assessment';
import { STAGES_TEXT } from '../../../text/stages';
import { ReasonField } from './ReasonField';
import { ItemEvidence } from './EvidencePanel';

const STATES: TState[] = ['A', 'B', 'C'];

interface Props {
  item: TItem;
  chosen: TState | null;
  note: string;
  scored: TItemScore | undefined;
  saved: TSavedItem | undefined;
  /** For an item the rates decide (Ⅱ-10.2/10.3): the rate's name and its live value. */
  rateName?: string;
  rate?: TRate | null;
  /** The round's answers, and whether its rates are withheld (fewer than 10). */
  responses?: number;
  suppressed?: boolean;
  /** The override's reason as typed (rate items only). */
  reason?: string;
  /** Shown, not judged: for those who may read the assessment but not score it (a community's workers). */
  readOnly?: boolean;
  onChoose: (itemId: string, state: TState | null) => void;
  onNote: (itemId: string, note: string) => void;
  onReason?: (itemId: string, reason: string) => void;
}

interface RateProps {
  name: string;
  rate: TRate | null;
  scored?: TItemScore;
  overridden: boolean;
  responses: number;
  suppressed: boolean;
  onClear?: () => void;
}

function RateLine({ name, rate, scored, overridden, responses, suppressed, onClear }: RateProps) {
  // The shortfall is told in answers (the exact count, which may be shown); the rate's n is its snapshot.
  const short = scored?.sampleShort;
  return (
    <View className='item-row__rate'>
      <Text className='item-row__rate-value'>
        {rate
          ? ASSESSMENT_TEXT.rateValue(name, formatPercent(rate.rate), rate.n)
          : suppressed && responses > 0
            ? STAGES_TEXT.suppressed(responses, SHOWN_FROM)
            : ASSESSMENT_TEXT.rateNone(name)}
      </Text>
      {short ? <Text className='item-row__rate-short'>{STAGES_TEXT.sampleShort(responses, short.min)}</Text> : null}
      {overridden ? (
        <>
          <Text className='item-row__rate-note'>{ASSESSMENT_TEXT.overridden}</Text>
          {onClear ? (
            <BigButton variant='link' onClick={onClear}>
              {ASSESSMENT_TEXT.clearOverride}
            </BigButton>
          ) : null}
        </>
      ) : scored?.source === 'rates' && scored.state ? (
        <Text className='item-row__rate-note'>{ASSESSMENT_TEXT.fromRate(name)}</Text>
      ) : null}
    </View>
  );
}

function StateChoice({ item, shown, onTap }: { item: TItem; shown: TState | null; onTap: (s: TState) => void }) {
  return (
    <View className='state-choice' ariaLabel={displayId(item.id)}>
      {STATES.map((s) => (
        <BigButton key={s} variant='option' selected={shown === s} className='state-choice__option' onClick={() => onTap(s)}>
          {ASSESSMENT_TEXT.states[s]}
        </BigButton>
      ))}
    </View>
  );
}

/** Memoized: choosing one state must not re-render the standard's other items (45 of them). */
export const ItemRow = memo(function ItemRow(props: Props) {
  const { item, chosen, note, scored, saved, rateName, rate = null, readOnly = false, onChoose, onNote } = props;
  const { responses = 0, suppressed = false, reason = '', onReason } = props;
  const [noteOpen, setNoteOpen] = useState(note !== '');
  const shown = chosen ?? scored?.state ?? null;
  // Tapping the chosen state again takes it back; a rate item has its own button to follow the rate again.
  const tap = (s: TState) => onChoose(item.id, !rateName && chosen === s ? null : s);
  return (
    <View className='item-row' id={`item-${item.id}`}>
      <Text className='item-row__id'>{displayId(item.id)}</Text>
      <Text className='item-row__text'>{item.text}</Text>
      {rateName ? (
        <RateLine
          name={rateName}
          rate={rate}
          scored={scored}
          overridden={chosen !== null}
          responses={responses}
          suppressed={suppressed}
          onClear={readOnly ? undefined : () => onChoose(item.id, null)}
        />
      ) : null}
      {rateName && chosen !== null && !readOnly && onReason ? (
        <ReasonField itemId={item.id} reason={reason} onReason={onReason} />
      ) : saved?.reason ? (
        <Text className='item-row__reason'>{STAGES_TEXT.reasonSaved(saved.reason)}</Text>
      ) : null}
      {readOnly ? (
        <Text className='item-row__state'>
          {shown ? ASSESSMENT_TEXT.stateShown(ASSESSMENT_TEXT.states[shown]) : ASSESSMENT_TEXT.notAssessed}
        </Text>
      ) : (
        <StateChoice item={item} shown={shown} onTap={tap} />
      )}
      <Text className='item-row__points'>
        {scored?.points === null || scored?.points === undefined
          ? `${ASSESSMENT_TEXT.notAssessed} · ${ASSESSMENT_TEXT.itemMax(formatPoints(scored?.max ?? 0))}`
          : ASSESSMENT_TEXT.itemPoints(formatPoints(scored.points), formatPoints(scored.max))}
      </Text>
      {saved ? <Text className='item-row__who'>{ASSESSMENT_TEXT.setBy(staffName(saved.setBy), formatStamp(saved.setAt))}</Text> : null}
      <ItemEvidence itemId={item.id} />
      {readOnly ? (
        note ? (
          <Text className='item-row__note-text'>{`${ASSESSMENT_TEXT.note}：${note}`}</Text>
        ) : null
      ) : noteOpen ? (
        <View className='item-row__note'>
          <Text className='field-label'>{ASSESSMENT_TEXT.note}</Text>
          <Textarea
            className='item-row__note-input'
            value={note}
            maxlength={NOTE_MAX}
            autoHeight
            placeholder={ASSESSMENT_TEXT.notePlaceholder}
            onInput={(e) => onNote(item.id, e.detail.value)}
          />
        </View>
      ) : (
        <BigButton variant='link' onClick={() => setNoteOpen(true)}>
          {ASSESSMENT_TEXT.addNote}
        </BigButton>
      )}
    </View>
  );
});
