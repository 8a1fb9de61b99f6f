// One 三级指标: its text, the A/B/C choice, where a rate decides it the live rate, its points, who set it, and its note.
import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { TRate, TSavedItem } from '../../../../cloud/contract';
import { NOTE_MAX } from '../../../../cloud/contract/rules';
import type { TItem, TItemScore, TState } from '../../../../rubric';
import { displayId, formatPoints } from '../../../assessment/standard-view';
import { BigButton } from '../../../shared/components/BigButton';
import { formatPercent, formatStamp } from '../../../shared/format';
import { ASSESSMENT_TEXT } from '../../../text/assessment';

const STATES: TState[] = ['A', 'B', 'C'];

export interface RateInfo {
  name: string;
  rate: TRate | null;
}

interface Props {
  item: TItem;
  chosen: TState | null;
  note: string;
  scored: TItemScore | undefined;
  saved: TSavedItem | undefined;
  rate: RateInfo | null;
  onChoose: (state: TState | null) => void;
  onNote: (note: string) => void;
}

function RateLine({ rate, scored, overridden, onClear }: { rate: RateInfo; scored?: TItemScore; overridden: boolean; onClear: () => void }) {
  return (
    <View className='item-row__rate'>
      <Text className='item-row__rate-value'>
        {rate.rate
          ? ASSESSMENT_TEXT.rateValue(rate.name, formatPercent(rate.rate.rate), rate.rate.n)
          : ASSESSMENT_TEXT.rateNone(rate.name)}
      </Text>
      {overridden ? (
        <>
          <Text className='item-row__rate-note'>{ASSESSMENT_TEXT.overridden}</Text>
          <BigButton variant='link' onClick={onClear}>
            {ASSESSMENT_TEXT.clearOverride}
          </BigButton>
        </>
      ) : scored?.source === 'rates' && scored.state ? (
        <Text className='item-row__rate-note'>{ASSESSMENT_TEXT.fromRate(rate.name)}</Text>
      ) : null}
    </View>
  );
}

export function ItemRow({ item, chosen, note, scored, saved, rate, onChoose, onNote }: Props) {
  const [noteOpen, setNoteOpen] = useState(note !== '');
  const shown = chosen ?? scored?.state ?? null;
  // Tapping the chosen state again takes it back; a rate item has its own button to follow the rate again.
  const tap = (s: TState) => onChoose(!rate && chosen === s ? null : s);
  return (
    <View className='item-row' id={`item-${item.id}`}>
      <Text className='item-row__id'>{displayId(item.id)}</Text>
      <Text className='item-row__text'>{item.text}</Text>
      {rate ? <RateLine rate={rate} scored={scored} overridden={chosen !== null} onClear={() => onChoose(null)} /> : null}
      <View className='state-choice' ariaLabel={displayId(item.id)}>
        {STATES.map((s) => (
          <BigButton key={s} variant='option' selected={shown === s} className='state-choice__option' onClick={() => tap(s)}>
            {ASSESSMENT_TEXT.states[s]}
          </BigButton>
        ))}
      </View>
      <Text className='item-row__points'>
        {scored?.points === null || scored?.points === undefined
          ? `${ASSESSMENT_TEXT.notAssessed} · ${ASSESSMENT_TEXT.itemMax(formatPoints(scored?.max ?? 0))}`
          : ASSESSMENT_TEXT.itemPoints(formatPoints(scored.points), formatPoints(scored.max))}
      </Text>
      {saved ? <Text className='item-row__who'>{ASSESSMENT_TEXT.setBy(saved.setBy, formatStamp(saved.setAt))}</Text> : null}
      {noteOpen ? (
        <View className='item-row__note'>
          <Text className='field-label'>{ASSESSMENT_TEXT.note}</Text>
          <Textarea
            className='item-row__note-input'
            value={note}
            maxlength={NOTE_MAX}
            autoHeight
            placeholder={ASSESSMENT_TEXT.notePlaceholder}
            onInput={(e) => onNote(e.detail.value)}
          />
        </View>
      ) : (
        <BigButton variant='link' onClick={() => setNoteOpen(true)}>
          {ASSESSMENT_TEXT.addNote}
        </BigButton>
      )}
    </View>
  );
}
