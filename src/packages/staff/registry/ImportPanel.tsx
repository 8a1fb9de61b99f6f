// 批量导入: paste the sheet (or choose a .csv), import all or nothing, and read every bad row the server named.
import { Text, View } from '@tarojs/components';
import type { TCommunity } from '../../../../cloud/contract';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { FormField } from '../../../common/components/FormField';
import { chooseSheetText, giveTemplate } from '../../../registry/sheetFile';
import { useImport } from '../../../registry/useRegistry';
import { STAFFING_TEXT } from '../../../text/staffing';

export function ImportPanel({ onDone }: { onDone: (saved: TCommunity[]) => void }) {
  const sheet = useImport(onDone);
  const pick = async () => {
    const text = await chooseSheetText().catch(() => null);
    if (text !== null) sheet.setText(text);
  };
  return (
    <View className='card import-panel' id='import-panel'>
      <Text className='section-title'>{STAFFING_TEXT.importTitle}</Text>
      <Text className='subtitle'>{STAFFING_TEXT.importHint}</Text>
      <View className='row-buttons'>
        <BigButton variant='link' onClick={() => void giveTemplate()}>
          {STAFFING_TEXT.template}
        </BigButton>
        <BigButton variant='link' onClick={() => void pick()}>
          {STAFFING_TEXT.chooseFile}
        </BigButton>
      </View>
      <FormField id='import-sheet' label='CSV' multiline maxlength={-1} value={sheet.text} onInput={sheet.setText} />
      <ActionResult result={sheet.result} />
      {sheet.rowErrors.length ? (
        <View className='row-errors' ariaRole='alert'>
          {sheet.rowErrors.map((line) => (
            <Text key={line} className='row-errors__line'>
              {line}
            </Text>
          ))}
        </View>
      ) : null}
      <BigButton disabled={sheet.busy} onClick={sheet.run}>
        {sheet.busy ? STAFFING_TEXT.importing : STAFFING_TEXT.importButton}
      </BigButton>
    </View>
  );
}
