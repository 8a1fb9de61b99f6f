// One community's fields: name, district, street, kind, households, and pilot (only for whoever may designate pilots).
import { Text, View } from '@tarojs/components';
import { COMMUNITY_KINDS } from '../../../../cloud/contract/rules/registry';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { FormField } from '../../../common/components/FormField';
import type { Outcome } from '../../../common/hooks/useAction';
import type { FieldErrors } from '../../../common/formCheck';
import type { CommunityForm } from '../../../registry/useRegistry';
import { STAFFING_TEXT } from '../../../text/staffing';

interface Props {
  form: CommunityForm;
  errors: FieldErrors;
  pilots: boolean;
  /** A district official keeps a community in their district. */
  fixedDistrict: string | null;
  update: (patch: Partial<CommunityForm>) => void;
  submit: () => void;
  cancel: () => void;
  busy: boolean;
  result: Outcome | null;
}

export function CommunityEditor({ form, errors, pilots, fixedDistrict, update, submit, cancel, busy, result }: Props) {
  return (
    <View className='card community-editor' id='community-editor'>
      <Text className='section-title'>{form.id ? `${STAFFING_TEXT.edit} ${form.name}` : STAFFING_TEXT.newCommunity}</Text>
      <FormField id='c-name' label={STAFFING_TEXT.nameField} value={form.name} error={errors.name} onInput={(name) => update({ name })} />
      {fixedDistrict ? (
        <Text className='field-label'>{`${STAFFING_TEXT.districtLabel}：${fixedDistrict}`}</Text>
      ) : (
        <FormField
          id='c-district'
          label={STAFFING_TEXT.districtLabel}
          value={form.district}
          error={errors.district}
          onInput={(district) => update({ district })}
        />
      )}
      <FormField
        id='c-street'
        label={STAFFING_TEXT.streetLabel}
        value={form.street}
        error={errors.street}
        onInput={(street) => update({ street })}
      />
      <Text className='field-label'>{STAFFING_TEXT.kindLabel}</Text>
      <View className='chips'>
        {COMMUNITY_KINDS.map((k) => (
          <BigButton key={k.id} variant='option' className='chip' selected={form.kind === k.id} onClick={() => update({ kind: k.id })}>
            {k.name}
          </BigButton>
        ))}
      </View>
      <FormField
        id='c-households'
        label={STAFFING_TEXT.householdsLabel}
        type='number'
        value={form.households}
        error={errors.households}
        onInput={(households) => update({ households })}
      />
      {pilots ? (
        <>
          <Text className='field-label'>{STAFFING_TEXT.pilotLabel}</Text>
          <View className='chips'>
            <BigButton variant='option' className='chip' selected={form.pilot} onClick={() => update({ pilot: true })}>
              {STAFFING_TEXT.yes}
            </BigButton>
            <BigButton variant='option' className='chip' selected={!form.pilot} onClick={() => update({ pilot: false })}>
              {STAFFING_TEXT.no}
            </BigButton>
          </View>
        </>
      ) : null}
      <ActionResult result={result} />
      <BigButton disabled={busy} onClick={submit}>
        {busy ? STAFFING_TEXT.saving : STAFFING_TEXT.save}
      </BigButton>
      <BigButton variant='link' onClick={cancel}>
        {STAFFING_TEXT.cancel}
      </BigButton>
    </View>
  );
}
