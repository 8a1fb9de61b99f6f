// A labelled text box on a staff form, one line or several, with its count and its error under it.
import { Input, Text, Textarea } from '@tarojs/components';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'number' | 'digit';
  maxlength?: number;
  placeholder?: string;
  /** What is used of the limit, e.g. "12/60 字". */
  count?: string;
  error?: string;
}

export function FormField({ label, onInput, multiline, type, count, error, ...box }: Props) {
  const className = `${multiline ? 'field-textarea' : 'field-input'}${error ? ' field-input--error' : ''}`;
  const input = (e: { detail: { value: string } }) => onInput(e.detail.value);
  return (
    <>
      <Text className='field-label'>{label}</Text>
      {multiline ? (
        <Textarea {...box} className={className} onInput={input} />
      ) : (
        <Input {...box} type={type} className={className} onInput={input} />
      )}
      {count ? <Text className='field-count'>{count}</Text> : null}
      {error ? <Text className='field-error'>{error}</Text> : null}
    </>
  );
}
